/**
 * @module index/descend
 * Following subterms the way a coder does: from a matched term, the indented subterms whose
 * words the sentence supplies, as deep as they go (ICD-10-CM Guidelines I.A and the Index
 * introduction: "subterms ... describe essential differences in site, etiology or type").
 * Every matched subterm uses tokens no other term on the path used. A subterm under a
 * connecting word ("with", "in", "due to") may be supplied by another affirmed sentence of
 * the note: the classification presumes the link (Guidelines I.A.15) between conditions
 * documented together (`together`: see coder/mentions.ts).
 */
import { phraseKeys } from '../lexicon/normalize.ts';
import type { PatientSex } from '../text/patient-sex.ts';
import { ageFits } from './age.ts';
import type { Term } from './compile.ts';
import type { SentenceKeys } from './sentence-keys.ts';

/** Where the words of a subterm were found. */
export interface Supply {
  /** Index of the sentence in the note. */
  sentence: number;
  tokens: number[];
  /** Supplied by the patient's age given with the request, not by words (`Term.age`). */
  age?: number;
  /** Supplied by the patient's sex, given or stated elsewhere in the note (`Term.sex`). */
  sex?: PatientSex;
}

export interface Step {
  term: Term;
  supply: Supply | undefined;
}

export interface DescentContext {
  /** The sentence being read, and its index in the note. */
  here: SentenceKeys;
  hereIndex: number;
  /** Every sentence of the note, by index (for linked subterms). */
  sentences: readonly SentenceKeys[];
  /** Key → the indexes of the sentences that may supply linked subterms and hold the key. */
  docAt: ReadonlyMap<string, readonly number[]>;
  /** How far (tokens) from the main term a subterm's words may lie in the same sentence. */
  reach: number;
  /** Whether words supplying a linked subterm are affirmed (not negated, not the family's). */
  accept?: ((s: Supply) => boolean) | undefined;
  /**
   * Whether the words are said of the past (a history trigger governs them): the condition a
   * "following" subterm links must be, when the sentence does not say it came after
   * (`FOLLOWING_WORDS`): "aphasia ... concerning for a stroke" is no sequela of one (I69).
   */
  past?: ((s: Supply) => boolean) | undefined;
  /** Whether another sentence (by index) is documented together with this one (I.A.15). */
  together?: ((sentence: number) => boolean) | undefined;
  /** The term a "see" reference leads to, so a path through it is scored by what follows it. */
  seeTarget?: ((t: Term) => Term | undefined) | undefined;
  /** Keys of words naming a body site (the Table of Neoplasms' site rows), for `Term.bySite`. */
  siteKeys?: ReadonlySet<string> | undefined;
  /** By term: its subterms that name a site divided into parts ("Pain" → "joint": knee, hip...). */
  siteGroups?: ReadonlyMap<Term, readonly Term[]> | undefined;
  /** Keys that begin a main term's title (a word that starts a condition of its own). */
  termHeads?: ReadonlySet<string> | undefined;
  /** The patient's age in completed years, when the request gives it (index/age.ts). */
  patientAge?: number | undefined;
  /** The patient's sex, when the request gives it or the note states it: read only when asked. */
  patientSex?: (() => PatientSex | undefined) | undefined;
  /**
   * Read the condition by its own words: no linked subterm ("with ...", "in ...", "due to ..."),
   * whose words name another condition (the mentions profile lists each by its own reading too).
   */
  ownWordsOnly?: boolean | undefined;
}

/** Positions for every key within [lo, hi] of the sentence, none of them in `used`: the first place of each. */
export function place(
  keys: readonly string[],
  sk: SentenceKeys,
  used: ReadonlySet<number>,
  lo: number,
  hi: number,
): number[] | undefined {
  return placeFrom(keys, sk, used, lo, hi, undefined);
}

/**
 * `place`, but where a word is said more than once, the words that go together nearest `center`:
 * each next word nearest the one placed before it, from whichever place of the first word gives
 * the tightest group ("chronic renal insufficiency, stage IV chronic kidney disease, diabetic
 * nephropathy, hypertension, hyperlipidemia, COPD": the kidney disease is the one said together,
 * not "kidney" and the "disease" of COPD), and of groups as tight, the one nearest `center`.
 */
export function placeNear(
  keys: readonly string[],
  sk: SentenceKeys,
  used: ReadonlySet<number>,
  lo: number,
  hi: number,
  center: number,
): number[] | undefined {
  if (keys.length === 1) return placeFrom(keys, sk, used, lo, hi, center);
  let best: number[] | undefined;
  let bestSpread = 0;
  let bestDistance = 0;
  for (const first of sk.at.get(keys[0]!) ?? []) {
    const pos = placeFrom(keys, sk, used, lo, hi, center, first);
    if (!pos) continue;
    const spread = Math.max(...pos) - Math.min(...pos);
    const distance = Math.abs(pos[0]! - center);
    if (!best || spread < bestSpread || (spread === bestSpread && distance < bestDistance)) {
      best = pos;
      bestSpread = spread;
      bestDistance = distance;
    }
  }
  return best;
}

function placeFrom(
  keys: readonly string[],
  sk: SentenceKeys,
  used: ReadonlySet<number>,
  lo: number,
  hi: number,
  /** When given: of a word's places, the one nearest the word placed before it (the first: `center`). */
  center: number | undefined,
  /** When given: the first word's place. */
  first?: number,
): number[] | undefined {
  const out: number[] = [];
  for (const k of keys) {
    const at = sk.at.get(k);
    if (!at) return undefined;
    let found = -1;
    for (const p of at) {
      if (first !== undefined && out.length === 0 && p !== first) continue;
      // An expanded abbreviation supplies all its words from one token ("COPD"), and so does a
      // hyphenated word ("Guillain-Barré", "Wolff-Parkinson-White", "low-back pain"), to the
      // main term and its subterms alike ("sick-sinus syndrome": Syndrome, sick, sinus).
      if (
        p < lo ||
        p > hi ||
        !(sk.expanded.has(p) || (!used.has(p) && !out.includes(p)) || sk.tokens[p]!.text.includes('-'))
      )
        continue;
      if (center === undefined) {
        found = p;
        break;
      }
      const ref = out.length > 0 ? out[out.length - 1]! : center;
      if (found < 0 || Math.abs(p - ref) < Math.abs(found - ref)) found = p;
    }
    if (found < 0) return undefined;
    out.push(found);
  }
  return out;
}

/** All keys found close together (span ≤ keys + 3 tokens) anywhere in a sentence. */
export function placeCompact(keys: readonly string[], sk: SentenceKeys): number[] | undefined {
  const first = sk.at.get(keys[0]!);
  if (!first) return undefined;
  for (const anchor of first) {
    const pos = place(keys, sk, new Set(), anchor - keys.length - 3, anchor + keys.length + 3);
    if (pos) return pos;
  }
  return undefined;
}

const optScore = (t: Term, sk: SentenceKeys): number => {
  let n = 0;
  for (const k of t.opt) if (sk.at.has(k)) n++;
  return n * 0.1;
};

/** Keys too general to link a condition from elsewhere in the note ("due to ... disease"). */
const GENERIC: ReadonlySet<string> = new Set(
  [
    'disease',
    'disorder',
    'condition',
    'chronic',
    'acute',
    'infection',
    'syndrome',
    'complication',
    'specified',
    'drug',
    'organ',
    'system',
    'lesion',
    'state',
    'failure',
    'pain',
    'use',
    'unspecified',
  ].map((w) => phraseKeys(w)[0] ?? w),
);

/**
 * Keys that alone do not name a residual subterm: "specified disease NEC" is not the word
 * "disease". The course is a kind of its own ("Syndrome, coronary, acute NEC I24.9").
 */
const NOT_RESIDUAL_NAME: ReadonlySet<string> = new Set(
  [...GENERIC].filter((k) => !phraseKeys('acute chronic').includes(k)),
);

/** Words that say a condition came after another ("aphasia following a stroke", "residual"). */
const FOLLOWING_WORDS: ReadonlySet<string> = new Set([
  'following',
  'after',
  'since',
  'post',
  'residual',
  'residuals',
  'sequela',
  'sequelae',
  'late',
]);

/** A site's sides: the tabular reads them (laterality); they name no condition. */
export const SIDE_KEYS: ReadonlySet<string> = new Set(phraseKeys('left right'));
/** The halves of a site ("limb, lower", "limb, upper"; index/finder.ts `siteGroups`). */
export const HALF_KEYS: ReadonlySet<string> = new Set(phraseKeys('lower upper'));

/** Whether every wording of the term is made of these keys only ("left", "lower"). */
export const wordedOnlyBy = (t: Term, keys: ReadonlySet<string>): boolean =>
  t.req.length > 0 && t.req.every((alt) => alt.length > 0 && alt.every((k) => keys.has(k)));

/**
 * A subterm that is only a side, with no code of its own, none of whose subterms the words name:
 * "Wound, open, left" holds only "lower quadrant" and "upper quadrant". The side is the tabular's
 * to read (laterality); taken alone it would stop the reading at the term above it and hide the
 * site ("open wound of the left thigh": thigh S71.10-).
 */
const sideOnlyDeadEnd = (child: Term, sub: Best): boolean =>
  sub.steps.length === 0 && !child.code && !child.see && wordedOnlyBy(child, SIDE_KEYS);

/** A "following" subterm's condition: said to come before, or said of the past. */
const before = (ctx: DescentContext, supply: Supply): boolean =>
  !ctx.past || ctx.here.tokens.some((t) => FOLLOWING_WORDS.has(t.lower)) || ctx.past(supply);

/** Where a linked subterm's words are said: this sentence, else a sentence that goes with it. */
function linkedSupply(
  req: readonly string[],
  ctx: DescentContext,
  used: ReadonlySet<number>,
): Supply | undefined {
  const anywhere = place(req, ctx.here, used, 0, ctx.here.tokens.length);
  if (anywhere) {
    const here: Supply = { sentence: ctx.hereIndex, tokens: anywhere };
    return ctx.accept && !ctx.accept(here) ? undefined : here;
  }
  for (const si of req.every((k) => ctx.docAt.has(k)) ? (ctx.docAt.get(req[0]!) ?? []) : []) {
    if (si === ctx.hereIndex || (ctx.together && !ctx.together(si))) continue;
    const pos = placeCompact(req, ctx.sentences[si]!);
    if (pos && (!ctx.accept || ctx.accept({ sentence: si, tokens: pos })))
      return { sentence: si, tokens: pos };
  }
  return undefined;
}

const SEPARATORS = new Set(['and', 'or', ',', ';', 'but', 'nor', 'plus']);
/** Verbs that make the words after a comma a clause of their own (`namesTerm`). */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'been', 'be']);
/**
 * Prepositions that end the phrase of the words before them (`separated`): "for" introduces a
 * purpose or a reason ("primary care for evaluation of lesions", "valve replacement for
 * endocarditis"). Measured on CodiEsp: adding "to", "from", "by", "after" raised train F1
 * (0.529 → 0.531) but lowered dev precision; "of", "in", "on" lost on both ("lack of appetite",
 * "history of allergy" are one phrase).
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['for']);

/**
 * Whether the words from position i to the next separator name a condition of their own: one of
 * them begins a main term ("atrial fibrillation"; "stage 3" and "left femur" do not).
 */
function namesTerm(sk: SentenceKeys, i: number, heads: ReadonlySet<string>): boolean {
  let end = i;
  while (end < sk.tokens.length && !SEPARATORS.has(sk.tokens[end]!.lower)) end++;
  // A clause of its own ("under general anesthesia, skin was prepped") names no site of the term.
  for (let p = i; p < end; p++) if (CLAUSE_VERBS.has(sk.tokens[p]!.lower)) return true;
  for (const [k, at] of sk.at) if (heads.has(k) && at.some((p) => p >= i && p < end)) return true;
  return false;
}

/**
 * Whether a list separator stands between the main term and any of the subterm's tokens. One
 * comma after the main term does not separate words that name no condition of their own: the
 * note qualifies the term as the index's own commas do ("chronic kidney disease, stage 3"),
 * where "cough, fever" or "tachycardia, atrial fibrillation" lists two conditions.
 */
function separated(
  sk: SentenceKeys,
  center: number,
  tokens: readonly number[],
  heads?: ReadonlySet<string>,
  /** The subterm joins its words to the main term's (compile.ts, `joins`): one "and" links them. */
  joins = false,
): boolean {
  for (const t of tokens) {
    const lo = Math.min(t, center);
    const hi = Math.max(t, center);
    let commas = 0;
    let ands = 0;
    for (let i = lo + 1; i < hi; i++) {
      const w = sk.tokens[i]!.lower;
      if (joins && w === 'and' && ++ands === 1) continue;
      // Words before "for" that precedes the main term belong to another phrase: in "her
      // primary care doctor for evaluation of a lesion" the "primary" is the care's, not the
      // lesion's ("Lesion, primary A51.0"). After the main term a preposition introduces its own
      // qualifiers ("infection of the urinary tract").
      if (t < center && PREPOSITIONS.has(w)) return true;
      if (!SEPARATORS.has(w)) continue;
      if (w !== ',' || t < center || heads === undefined || ++commas > 1 || namesTerm(sk, i + 1, heads))
        return true;
    }
  }
  return false;
}

const SECONDARY = phraseKeys('secondary')[0] ?? 'secondary';

/**
 * Whether the subterm's "secondary" is the note's "secondary to" before the main term: there
 * the condition is the cause ("anemia secondary to hypertension", "neuropathy secondary to
 * chemotherapy for breast cancer"), not a secondary kind of it ("Hypertension, secondary"
 * I15.9; "Carcinoma, secondary" C79.9). After the main term it is ("hypertension secondary to
 * renal artery stenosis" is secondary hypertension; "anemia secondary to blood loss").
 */
function causeNotKind(sk: SentenceKeys, near: readonly number[], center: number): boolean {
  return near.some(
    (p) => p < center && sk.tokens[p + 1]?.lower === 'to' && (sk.at.get(SECONDARY)?.includes(p) ?? false),
  );
}

/**
 * A subterm that names what is absent ("Spondylosis, without myelopathy or radiculopathy
 * M47.81-"; "Diabetes, type 2, without complications E11.9") is read from its words only when
 * the note denies them ("spondylosis without myelopathy"): "spondylosis with myelopathy" names
 * the myelopathy present, the "with" subterm. Otherwise it is reached as the index's default.
 */
const ABSENT = /^without\s+\S/i;
const DENIAL: ReadonlySet<string> = new Set(['without', 'no', 'not', 'nor', 'non']);

function saidAbsent(sk: SentenceKeys, near: readonly number[]): boolean {
  const first = Math.min(...near);
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) if (DENIAL.has(sk.tokens[j]!.lower)) return true;
  return false;
}

/** A small penalty for words found far apart or far from the main term: "stage 3" beats "stage ... 2". */
function spread(s: Supply, here: number, center: number): number {
  if (s.sentence !== here || s.tokens.length === 0) return 0.02;
  const lo = Math.min(...s.tokens);
  const hi = Math.max(...s.tokens);
  return 0.01 * (hi - lo + 1 - s.tokens.length) + 0.001 * Math.min(30, Math.abs(lo - center));
}

/**
 * The children worth trying: all of them for a narrow term; for a wide one ("Disease" has
 * hundreds), those filed under a key the sentence (or, for linked subterms, the note) holds.
 */
function candidates(node: Term, ctx: DescentContext): readonly Term[] {
  const idx = node.childIndex;
  if (!idx) return node.children;
  const seen = new Set<Term>(idx.always);
  const add = (key: string): void => {
    for (const t of idx.byKey.get(key) ?? []) seen.add(t);
  };
  if (ctx.here.at.size <= idx.byKey.size) for (const k of ctx.here.at.keys()) add(k);
  else for (const k of idx.byKey.keys()) if (ctx.here.at.has(k)) add(k);
  if (idx.linked) for (const k of idx.byKey.keys()) if (ctx.docAt.has(k)) add(k);
  for (const t of ctx.siteGroups?.get(node) ?? []) seen.add(t);
  // Keep the printed order, ties going to the first subterm: ids are given in printed order
  // (compile.ts), and sorting the few found is cheaper than filtering hundreds of children.
  return [...seen].sort((a, b) => a.id - b.id);
}

/** A word naming a body site right beside the main term ("inguinal lymphadenopathy", "edema of the legs"). */
function siteNear(ctx: DescentContext, used: ReadonlySet<number>, center: number): number[] | undefined {
  const sites = ctx.siteKeys;
  if (!sites) return undefined;
  for (const [key, at] of ctx.here.at) {
    if (!sites.has(key)) continue;
    for (const p of at) if (!used.has(p) && p !== center && Math.abs(p - center) <= 3) return [p];
  }
  return undefined;
}

/**
 * What reading a part through its unnamed site costs ("knee pain" as "Pain, joint, knee"): a
 * sibling the words name directly ("foot pain" is "Pain, foot — see Pain, limb, lower") wins.
 */
const THROUGH_SITE = 0.1;

/** Whether the deepest subterm the words supplied is more than a half ("lower", "upper"), said together. */
function partNamed(sub: Best): boolean {
  const last = sub.steps.findLast((s) => s.supply !== undefined);
  if (!last) return true;
  const t = last.supply!.tokens;
  const together = t.length === 0 || Math.max(...t) - Math.min(...t) < t.length + 1;
  return together && !wordedOnlyBy(last.term, HALF_KEYS);
}

/**
 * A subterm the patient's age or sex chooses, not words (`Term.age`, `Term.sex`): the supply
 * that chose it, false when the patient's is another, undefined when neither the request nor
 * the note says.
 */
function chosenByPatient(child: Term, ctx: DescentContext): Supply | false | undefined {
  const here = { sentence: ctx.hereIndex, tokens: [] };
  if (child.sex) {
    const sex = ctx.patientSex?.();
    if (sex !== undefined) return sex === child.sex && { ...here, sex };
  }
  if (child.age && ctx.patientAge !== undefined)
    return ageFits(child.age, ctx.patientAge) && { ...here, age: ctx.patientAge };
  return undefined;
}

/** Less than any one word of a sibling subterm, more than nothing: the entry of last resort. */
const AGENT_NEC_WEIGHT = 0.5;

interface Best {
  score: number;
  steps: Step[];
}

/**
 * The best path of subterms below `node`: the one supplying the most keys. `used` holds the
 * tokens already spoken for; `center` is where the main term sits.
 */
export function descend(
  node: Term,
  ctx: DescentContext,
  used: ReadonlySet<number>,
  center: number,
  depth = 0,
): Best {
  let best: Best = { score: 0, steps: [] };
  if (depth > 8) return best;
  const groups = ctx.siteGroups?.get(node);
  // Readings through an unnamed site, weighed after the subterms the words name directly (only
  // a term with site groups has any: most descents allocate nothing for them).
  const through: { best: Best; tokens: readonly number[] }[] | undefined = groups ? [] : undefined;
  const named: number[] | undefined = groups ? [] : undefined;
  for (const child of candidates(node, ctx)) {
    if (child.reach === 'never') continue;
    if (child.connector || child.transparent) {
      const sub = descend(child, ctx, used, center, depth + 1);
      if (sub.steps.length > 0 && sub.score > best.score)
        best = { score: sub.score, steps: [{ term: child, supply: undefined }, ...sub.steps] };
      continue;
    }
    if (ctx.ownWordsOnly && child.link !== undefined && child.link !== 'without') continue;
    // A subterm naming a site whose subterms are its parts ("Pain, joint": ankle, hip, knee...):
    // a note naming the part names the site too ("pain in the knee" is "Pain, joint, knee";
    // the index lists no "Pain, knee"). Read like a connector, for a little less.
    if (groups?.includes(child)) {
      // A site that refers to its parts' term ("Swelling, joint — see Effusion, joint") is read
      // by them there; the finder follows the reference and reads the part again.
      const referred = child.children.length === 0 ? ctx.seeTarget?.(child) : undefined;
      const sub = descend(referred ?? child, ctx, used, center, depth + 1);
      // Read through a site the note did not name, the words must name a part of it, together:
      // "upper" of "the upper portion of the incision" is no "Pain, limb, upper", nor "lower ...
      // leg" of "lower back pain ... radiates down her right leg" a lower leg.
      const score = sub.score - THROUGH_SITE;
      if (sub.steps.length > 0 && partNamed(sub))
        through!.push({
          best: { score, steps: [{ term: child, supply: undefined }, ...(referred ? [] : sub.steps)] },
          tokens: sub.steps.find((x) => x.supply !== undefined)?.supply?.tokens ?? [],
        });
    }
    const byPatient = chosenByPatient(child, ctx);
    if (byPatient === false) continue;
    if (byPatient) {
      const sub = follow(child, ctx, used, center, depth);
      // Weighs as one word of the note: a subterm the words name as well ("acute") ties with it.
      const score = 1 + sub.score - (child.residual ? 0.05 : 0);
      if (score > best.score) best = { score, steps: [{ term: child, supply: byPatient }, ...sub.steps] };
      continue;
    }
    let req: readonly string[] = [];
    let near: number[] | undefined;
    for (const alt of child.req) {
      if (alt.length === 0) continue;
      req = alt;
      near = placeNear(alt, ctx.here, used, center - ctx.reach, center + ctx.reach, center);
      if (near) break;
    }
    if (req.length === 0) continue;
    if (!near && child.bySite) near = siteNear(ctx, used, center);
    // "specified disease NEC" is not named by the word "disease" alone.
    if (child.residual && req.every((k) => NOT_RESIDUAL_NAME.has(k))) continue;
    let supply: Supply | undefined;
    // A subterm does not reach across "and", "or" or a comma to the main term ("sore throat
    // and fever" is not "Fever, sore"); linked subterms ("with ...") may.
    // A subterm that begins with a connecting word ("Nausea, with vomiting") is read across one
    // "and" ("nausea and vomiting") when the reading asks for it (SentenceKeys.andAsWith), never
    // across a comma or "or" ("intrauterine or ectopic").
    if (
      near &&
      child.link === undefined &&
      separated(ctx.here, center, near, ctx.termHeads, child.joins === true && ctx.here.andAsWith === true)
    )
      near = undefined;
    if (near && causeNotKind(ctx.here, near, center)) near = undefined;
    if (near && ABSENT.test(child.title) && !saidAbsent(ctx.here, near)) near = undefined;
    if (near) {
      if (named) named.push(...near);
      supply = { sentence: ctx.hereIndex, tokens: near };
      // A linked condition must be affirmed even when it is close by ("nausea without vomiting").
      if ((child.link !== undefined || child.joins) && ctx.accept && !ctx.accept(supply)) supply = undefined;
      if (!supply) continue;
    } else if (child.link !== undefined && child.link !== 'without' && !child.residual) {
      // Any of the subterm's wordings may be the linked condition ("kidney involvement" is
      // read from "chronic kidney disease" or "end stage renal disease", index/compile.ts).
      for (const alt of child.req) {
        if (alt.length === 0 || alt.every((k) => GENERIC.has(k))) continue;
        supply = linkedSupply(alt, ctx, used);
        if (supply) {
          req = alt;
          break;
        }
      }
    }
    if (!supply || (child.link === 'following' && !before(ctx, supply))) continue;
    let nextUsed = used;
    if (supply.sentence === ctx.hereIndex) {
      const u = new Set(used);
      for (const t of supply.tokens) u.add(t);
      nextUsed = u;
    }
    const sub = follow(child, ctx, nextUsed, center, depth);
    if (sideOnlyDeadEnd(child, sub)) continue;
    // An organism's NEC entry yields to any sibling the words also name (a site, a type): the
    // organism's words are then left to its own entry, the agent code (compile.ts, agentNec).
    const score =
      (child.agentNec ? AGENT_NEC_WEIGHT : req.length + optScore(child, ctx.here)) +
      sub.score -
      (child.residual ? 0.05 : 0) -
      spread(supply, ctx.hereIndex, center);
    if (score > best.score) best = { score, steps: [{ term: child, supply }, ...sub.steps] };
  }
  // A part read through its site yields to a subterm that names the same words itself, whatever
  // the part's cross-reference reads after it: "renal insufficiency" is "Insufficiency, renal",
  // not "Insufficiency, vascular, renal — see Hypertension, kidney" for the "end-stage renal
  // disease" said beside it.
  for (const t of through ?? [])
    if (t.best.score > best.score && !t.tokens.some((x) => named!.includes(x))) best = t.best;
  return best;
}

/** The best path below a matched subterm, or through the term its "see" names. */
function follow(
  child: Term,
  ctx: DescentContext,
  used: ReadonlySet<number>,
  center: number,
  depth: number,
): Best {
  const sub = descend(child, ctx, used, center, depth + 1);
  if (sub.steps.length === 0 && child.see && !child.code && ctx.seeTarget) {
    // "with kidney disease — see Hypertension, cardiorenal": the words the target then
    // matches count for this path too (the finder follows the reference itself).
    const target = ctx.seeTarget(child);
    if (target && depth < 6) return { score: descend(target, ctx, used, center, depth + 2).score, steps: [] };
  }
  return sub;
}
