/**
 * @module index/finder
 * Concept finding through the Alphabetic Index: in each sentence, the main terms whose words
 * are there (close together), then their subterms (index/descend.ts), then "see" and "see
 * also" (index/see.ts) into other terms or into the Table of Neoplasms and the Table of Drugs
 * and Chemicals. The result is the index's code, possibly incomplete ("S72.0-"): the tabular
 * list always decides (Guidelines I.A: "use both the Alphabetic Index and the Tabular List").
 */
import { headOfTitle, IMPLIED_SUBTERM, SAME_CONDITION_SEE_ALSO } from '../lexicon/main-terms.ts';
import {
  groupOf,
  inflections,
  phraseKeys,
  plainLetters,
  STOP_WORDS,
  tokenKeys,
} from '../lexicon/normalize.ts';
import { type CompiledIndex, mainTermOf, type Term } from './compile.ts';
import {
  type DescentContext,
  descend,
  HALF_KEYS,
  place,
  SIDE_KEYS,
  type Step,
  type Supply,
  wordedOnlyBy,
} from './descend.ts';
import { DRUG_COLUMNS, NEOPLASM_COLUMNS } from './model.ts';
import { headMap, type Reference, resolveReference } from './see.ts';
import type { SentenceKeys } from './sentence-keys.ts';

const NO_TOKENS: ReadonlySet<number> = new Set();

/** The subterms titled so, one under the other, below `site`; undefined when one is missing. */
function subtermsUnder(site: Term, titles: readonly string[]): Term[] | undefined {
  const out: Term[] = [];
  let t = site;
  for (const title of titles) {
    const child = t.children.find((c) => c.title.toLowerCase() === title.toLowerCase());
    if (!child) return undefined;
    out.push(child);
    t = child;
  }
  return out;
}

/** Each term's default subterm, found once (the index does not change under a finder). */
const defaults = new WeakMap<Term, Term | null>();

/**
 * When no subterm matched and the term has no code of its own: the subterm for the
 * unspecified case ("unspecified site", "NOS"), the one that only says how the code is used
 * ("Staphylococcus, as cause of disease classified elsewhere B95.8"), or for a site the note
 * names ("to specified site — see Neoplasm, secondary, by site"), whose words are all stop words.
 */
function defaultChild(t: Term): Term | null {
  let found = defaults.get(t);
  if (found === undefined) {
    const bare = t.children.filter((c) => (c.req[0]?.length ?? 0) === 0 && !c.connector);
    found =
      bare.find((c) => c.code && (c.transparent || /\b(?:unspecified|NOS)\b/.test(c.title))) ??
      bare.find((c) => c.see && /\bspecified site\b/.test(c.title) && !/\bunspecified\b/.test(c.title)) ??
      null;
    defaults.set(t, found);
  }
  return found;
}

/** "..., no diagnosis of hypertension": the words of the diagnosis a subterm says is absent. */
const NO_DIAGNOSIS = /\b(?:no|without) diagnosis of (.+)$/i;
const absentDiagnosis = new WeakMap<Term, readonly string[] | null>();

/**
 * "Elevated, blood pressure — see also Hypertension; reading (incidental) (isolated)
 * (nonspecific), no diagnosis of hypertension R03.0": a raised value the sentence does not call
 * the disease is the finding's code, not the disease's (Guidelines I.C.9.a.7: R03.0 "unless
 * patient has an established diagnosis of hypertension"). A sentence that names it goes on to
 * the reference.
 */
function withoutDiagnosis(t: Term, sk: SentenceKeys): Term | undefined {
  for (const c of t.children) {
    let keys = absentDiagnosis.get(c);
    if (keys === undefined) {
      const m = c.code ? NO_DIAGNOSIS.exec(c.title) : null;
      keys = m ? phraseKeys(m[1]!) : null;
      absentDiagnosis.set(c, keys);
    }
    if (keys && keys.length > 0 && !keys.some((k) => sk.at.has(k))) return c;
  }
  return undefined;
}

const TUBERCULOSIS_KEYS: readonly string[] = phraseKeys('tuberculous tubercular tuberculosis TB');

/**
 * "Abscess, sacrum (tuberculous) A18.01 — nontuberculous M46.28"; "Abscess, lumbar (tuberculous)
 * A18.01 — nontuberculous L02.212": the term's own code is the tuberculous one, a nonessential
 * word of its title. A sentence that does not say tuberculosis has the other: an infection is
 * coded as documented (Guidelines I.C.1), and a "sacral abscess" is no tuberculosis of the spine.
 */
function nonTuberculous(t: Term, sk: SentenceKeys): Term | undefined {
  let other = nonTuberculousChild.get(t);
  if (other === undefined) {
    other = t.children.find((c) => /^non-?tubercul/i.test(c.title)) ?? null;
    nonTuberculousChild.set(t, other);
  }
  return other && !TUBERCULOSIS_KEYS.some((k) => sk.at.has(k)) ? other : undefined;
}
const nonTuberculousChild = new WeakMap<Term, Term | null>();

const NEGATING_PREFIX: ReadonlySet<string> = new Set(['non', 'anti', 'un', 'a']);

/**
 * A one-word main term is read from one of its own forms, a synonym or an abbreviation. An
 * inflected word that is the title of another main term of its own (not a cross-reference) reads
 * that term only: "burning" is "Burning (sensation R20.8, feet syndrome, tongue)", not a form of
 * "Burn T30.0".
 */
function writtenAsForm(
  main: Term,
  sk: SentenceKeys,
  at: number,
  titled: ReadonlyMap<string, readonly Term[]>,
): boolean {
  // An expanded word reads the main terms of its expansion; its own word, only as one of the
  // term's written forms: "hypochondrium" (the upper abdominal quadrant) is no "hypochondric",
  // a derived form of "Hypochondria" that stems alike.
  if (sk.expanded.has(at) && !ownKeyReads(main, sk.tokens[at]?.lower)) return true;
  if (main.acronym) {
    const text = sk.tokens[at]?.text ?? '';
    if (text !== text.toUpperCase()) return false;
  }
  if (!main.forms) return true;
  const t = sk.tokens[at];
  if (!t) return false;
  if (!t.lower.includes('-')) return formOf(main, t.lower, titled);
  const parts = t.lower.split('-');
  // "non-painful" is not pain, "anti-hypertensive" not hypertension: a word after a negating
  // prefix does not name the condition.
  if (NEGATING_PREFIX.has(parts[0]!)) return false;
  return parts.some((p) => formOf(main, p, titled));
}

/** Whether `word` is a form of the main term's title or a synonym of one; remembered per term. */
function formOf(main: Term, word: string, titled: ReadonlyMap<string, readonly Term[]>): boolean {
  let known = formsRead.get(main);
  if (known === undefined) {
    known = new Map();
    formsRead.set(main, known);
  }
  let is = known.get(word);
  if (is === undefined) {
    is = readsForm(main, word, titled);
    known.set(word, is);
  }
  return is;
}
const formsRead = new WeakMap<Term, Map<string, boolean>>();

function readsForm(main: Term, word: string, titled: ReadonlyMap<string, readonly Term[]>): boolean {
  if (main.forms!.has(word)) return true;
  const own = titled.get(word);
  const another = own !== undefined && !own.includes(main) && own.some((o) => !o.see);
  if (!another && inflections(word).some((f) => main.forms!.has(f))) return true;
  // A synonym counts when a form of the title is in the same group ("febrile" for "Fever").
  const g = groupOf(word);
  return g !== undefined && main.groups?.has(g) === true;
}

/**
 * Whether the tokens between the first and last of `pos`, apart from `pos` themselves, are all
 * words that `fits` takes, but for at most `spare` others.
 */
function onlyBetween(
  pos: readonly number[],
  sk: SentenceKeys,
  fits: (word: string) => boolean,
  spare: number,
): boolean {
  const at = new Set(pos);
  let other = 0;
  for (let i = Math.min(...pos) + 1; i < Math.max(...pos); i++)
    if (!at.has(i) && !fits(sk.tokens[i]!.lower) && ++other > spare) return false;
  return true;
}

/**
 * Token positions that are one word or words next to each other, in any order, or with only
 * the name's own words without keys between them ("carcinomas in situ" for "Carcinoma-in-situ").
 */
function sideBySide(pos: readonly number[], sk: SentenceKeys, title: string): boolean {
  if (pos.length === 0) return true;
  const own = title.toLowerCase().split(/[\s,-]+/);
  return onlyBetween(pos, sk, (word) => STOP_WORDS.has(word) && own.includes(word), 0);
}

/**
 * A main term of several words is a name said as one: its words together, with at most one
 * other word between them besides an article, a preposition, a possessive, a side or the
 * title's own words ("unsteady on her feet", "multicystic dysplastic kidney", "pins and
 * needles"). Words further apart name other things: "regular rhythm without murmur or gallop"
 * is no "Gallop rhythm", "approximately 600 feet while wearing" no "Approximal wear", "the age
 * of 14 years old" no "Old age".
 */
function saidAsPhrase(pos: readonly number[], sk: SentenceKeys, title: string): boolean {
  // An abbreviation's expansion is its own phrase ("on prednisone": Long-term drug therapy).
  if (pos.some((p) => sk.expanded.has(p))) return true;
  const own = wordsOfTitle(title);
  return onlyBetween(pos, sk, (word) => WITHIN_PHRASE.has(word) || own.has(word), 1);
}
const WITHIN_PHRASE: ReadonlySet<string> = new Set(
  "the a an of in on at to his her their its my your right left bilateral both ' ’ &".split(' '),
);
const wordsOfTitles = new Map<string, ReadonlySet<string>>();
function wordsOfTitle(title: string): ReadonlySet<string> {
  let words = wordsOfTitles.get(title);
  if (!words) {
    words = new Set(title.toLowerCase().split(/[^a-z0-9]+/));
    wordsOfTitles.set(title, words);
  }
  return words;
}

/** Where the words `keys` of `req` were placed (`pos` is in the order of `req`). */
const partsOf = (keys: readonly string[], req: readonly string[], pos: readonly number[]): number[] =>
  keys.map((k) => pos[req.indexOf(k)]).filter((p): p is number => p !== undefined);

/** The person's name of an eponym (`Term.eponym`) is written as a name: that word, capitalized. */
function writtenAsName(
  eponym: { key: string; name: string },
  req: readonly string[],
  pos: readonly number[],
  sk: SentenceKeys,
): boolean {
  const at = pos[req.indexOf(eponym.key)];
  if (at === undefined) return true;
  const t = sk.tokens[at]!;
  const first = t.text.codePointAt(0) ?? 0;
  const capital = String.fromCodePoint(first) !== String.fromCodePoint(first).toLowerCase();
  const word = plainLetters(t.lower.replace(/(?:['\u2019]s|s['\u2019]|['\u2019])$/, ''));
  // One name of several joined ("Graves-Basedow disease").
  return capital && word.split('-').some((w) => w === eponym.name || w === `${eponym.name}s`);
}

function ownKeyReads(main: Term, lower: string | undefined): boolean {
  if (lower === undefined || !main.forms) return false;
  const own = tokenKeys(lower);
  return main.req.some((alt) => alt.length === 1 && own.includes(alt[0]!));
}

export interface IndexHit {
  sentence: number;
  /** Tokens of this sentence that name the condition (main term and near subterms). */
  core: number[];
  /** Tokens of the main term itself: the condition's head, whose context decides. */
  head: number[];
  /** Words supplied by linked subterms ("with ..."), possibly from other sentences. */
  linked: Supply[];
  /** The path as read: "Diabetes, diabetic > type 2 > with > chronic kidney disease". */
  path: string[];
  code: string;
  manif?: string;
  /** Which book: the index, a table, or the index to external causes (coder/external-cause.ts). */
  source: 'index' | 'neoplasm' | 'drug' | 'external';
  /** For table rows: the column used. */
  column?: string;
  score: number;
  /**
   * Read through "Status (post)" from a procedure's name alone ("hysterectomy"): the status
   * is the patient's only when the note places the procedure in the past (coder/mentions.ts).
   */
  status?: true;
}

export interface IndexSet {
  index: CompiledIndex;
  neoplasm: CompiledIndex | undefined;
  drug: CompiledIndex | undefined;
  heads: Map<string, Term>;
}

export function indexSet(index: CompiledIndex, neoplasm?: CompiledIndex, drug?: CompiledIndex): IndexSet {
  return { index, neoplasm, drug, heads: headMap(index) };
}

interface Walk {
  path: string[];
  head: number[];
  core: Set<number>;
  linked: Supply[];
  score: number;
}

function applySteps(w: Walk, steps: readonly Step[], here: number): Term | undefined {
  let last: Term | undefined;
  for (const s of steps) {
    last = s.term;
    // Chosen by the patient's age or sex, no words of the note: the evidence trail says what chose it.
    const byPatient =
      s.supply?.age !== undefined ? `patient's age: ${s.supply.age}` : s.supply?.sex && "patient's sex";
    if (byPatient) {
      w.path.push(`${s.term.title} (${byPatient})`);
      continue;
    }
    w.path.push(s.term.title);
    if (!s.supply) continue;
    w.score += s.term.req[0]?.length ?? 0;
    // Words already read as the condition's own link nothing to it: the index's instruction
    // supplied them ("Melena ... code by site under Ulcer, with hemorrhage", finder.#bySiteUnder).
    const own = s.supply.sentence === here && s.supply.tokens.every((t) => w.core.has(t));
    if (own) continue;
    if (s.term.link !== undefined || s.supply.sentence !== here) w.linked.push(s.supply);
    else for (const t of s.supply.tokens) w.core.add(t);
  }
  return last;
}

const NEO_WORDS: readonly [RegExp, number][] = [
  [/\b(?:metasta\w*|secondary)\b/i, 1],
  [/\bin situ\b/i, 2],
  [/\bbenign\b/i, 3],
  [/\b(?:malignan\w*|carcinoma\w*|cancer\w*|sarcoma\w*|melanoma\w*)\b/i, 0],
];
const SECONDARY_KEY = phraseKeys('secondary')[0]!;
const DRUG_WORDS: readonly [RegExp, number][] = [
  [/\b(?:intentional|suicid\w*|self[- ]harm)\b/i, 1],
  [/\bassault\b/i, 2],
  [/\b(?:adverse|side effects?|reaction to)\b/i, 4],
  [/\bunderdos\w*\b/i, 5],
];

function cellOf(cells: readonly (string | null)[] | undefined, col: number): string | undefined {
  const c = cells?.[col];
  return c && !/^-+$/.test(c) ? c : undefined;
}

/** The row a reference names in the Table of Neoplasms ("Neoplasm, connective tissue"). */
function siteRow(root: Term, site: readonly string[], w: Walk): Term {
  let node = root;
  for (const s of site) {
    const lower = s.toLowerCase();
    const c = node.children.find((x) => x.title.toLowerCase().startsWith(lower));
    if (c) {
      node = c;
      w.path.push(c.title);
      continue;
    }
    // "Neoplasm, lymph gland" is printed as the row "lymph, lymphatic channel NEC" and its
    // subrow "gland": the first word names the row, the rest its subrow.
    const [first, ...rest] = lower.split(' ');
    const row = node.children.find((x) => x.title.toLowerCase().split(',')[0] === first);
    const sub =
      row && rest.length > 0
        ? row.children.find((x) => x.title.toLowerCase().startsWith(rest.join(' ')))
        : undefined;
    if (row && sub) {
      node = sub;
      w.path.push(row.title, sub.title);
    }
  }
  return node;
}

/**
 * How near the table's main term a site row is read first (tokens): the neoplasm's own noun
 * phrase ("bladder tumor", "tumor of the bladder"). Only when it names no site is the rest of
 * the sentence read (40 tokens): "bone marrow infiltration due to the bladder tumor" is a
 * bladder neoplasm (D49.4), not one of the bone marrow (D49.89) for having more words; a wider
 * reading of the same words stands ("tumor infiltrating the bone marrow" D49.89). Measured on
 * CodiEsp (3 tokens chosen against 2, 4 and 6): train tp 2544→2553, predicted 3738→3749 (F1
 * 0.543→0.544, precision kept); dev tp 1219→1223, predicted 1787→1792 (F1 0.546→0.547).
 */
const NEAR_SITE = 3;

const wordsOf = (steps: readonly Step[]): number[] => steps.flatMap((s) => s.supply?.tokens ?? []);

/** Descends a table (neoplasm sites, drugs) from `root` with the sentence's unused words. */
function tableRow(root: Term, ctx: DescentContext, used: Set<number>, center: number, w: Walk): Term {
  const near = descend(root, { ...ctx, reach: NEAR_SITE }, used, center);
  const wide = descend(root, { ...ctx, reach: 40 }, used, center);
  // The wide reading stands when it reads the near site's words and more ("the bone marrow"
  // read whole, not "bone" cut at the window's edge).
  const nearWords = wordsOf(near.steps);
  const wider = new Set(wordsOf(wide.steps));
  const best = nearWords.every((t) => wider.has(t)) ? wide : near;
  return applySteps(w, best.steps, ctx.hereIndex) ?? root;
}

/**
 * "Status (post)" subterms named by one word of their own that lead to a Z code: the
 * procedures and treatments whose after-state the classification codes (Guidelines I.C.21.c.3,
 * status Z codes: "hysterectomy Z90.710", "nephrectomy Z90.5", "dialysis Z99.2"), by key.
 */
function statusSubterms(index: CompiledIndex): Map<string, Term> {
  const out = new Map<string, Term>();
  const status = index.mainTerms.find((m) => headOfTitle(m.title) === 'status');
  for (const c of status?.children ?? []) {
    const keys = c.req.length === 1 ? c.req[0]! : [];
    if (keys.length !== 1 || c.connector || c.see) continue;
    if (c.code ? !c.code.startsWith('Z') : !c.children.some((x) => x.code?.startsWith('Z'))) continue;
    if (!out.has(keys[0]!)) out.set(keys[0]!, c);
  }
  return out;
}

/** Words of a site row's own title that name no site ("region", "site", "NEC", "tissue"). */
const NOT_SITE: ReadonlySet<string> = new Set(
  [
    'region',
    'site',
    'part',
    'tissue',
    'organ',
    'system',
    'nec',
    'specified',
    'unspecified',
    'other',
    'multiple',
    'generalized',
    'disseminated',
    'disease',
  ].flatMap((w) => phraseKeys(w)),
);

/**
 * The words that name a body site: those of the Table of Neoplasms' site rows (first level,
 * rows with cells of their own or referring to another site row, not to a histology).
 */
function siteKeys(table: CompiledIndex | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  for (const row of table?.mainTerms[0]?.children ?? []) {
    if (!row.cells && !row.see?.startsWith('Neoplasm')) continue;
    for (const alt of row.req) for (const k of alt) if (!NOT_SITE.has(k)) out.add(k);
  }
  return out;
}

/** Fewest parts for a site subterm to be read through (`siteGroups`). */
const SITE_PARTS = 4;

const namesSite = (t: Term, sites: ReadonlySet<string>): boolean => wordedOnlyBy(t, sites);

/**
 * Subterms that name a site divided into its parts: the subterm's words are a site, and so are
 * the words of each of its subterms (at least `SITE_PARTS` of them; "specified site NEC" aside):
 * "Pain, joint: ankle, elbow, hip, knee...", "Abscess, trunk: back, chest wall, groin...",
 * "Contusion, head: ear, eyelid, lip, nose". A note that names the part names the site
 * (index/descend.ts); a subterm of kinds ("Cyst, sebaceous: breast, eyelid") is no site.
 */
function siteGroups(index: CompiledIndex, sites: ReadonlySet<string>): Map<Term, Term[]> {
  const out = new Map<Term, Term[]>();
  const groups = new Set<Term>();
  // A half's parts may say it ("limb, lower: lower leg").
  const sitesOrHalves: ReadonlySet<string> = new Set([...sites, ...HALF_KEYS]);
  // Bottom up: a subterm's own parts are known to be sites or groups before it is looked at.
  const walk = (t: Term): void => {
    for (const c of t.children) {
      walk(c);
      if (c.connector || c.residual) continue;
      const parts = c.children.filter((x) => !x.residual && !x.connector);
      const ofSites = parts.length >= SITE_PARTS && parts.every((x) => namesSite(x, sites));
      // A site's halves, each divided into parts: "Pain, limb: lower (thigh, lower leg, foot,
      // toe ...), upper (upper arm, forearm, hand, finger ...)". "Right thigh pain" is "Pain,
      // limb, lower, thigh" though the note says neither "limb" nor "lower".
      const ofGroups = parts.length >= 2 && parts.every((x) => groups.has(x));
      const half =
        wordedOnlyBy(c, HALF_KEYS) &&
        namesSite(t, sites) &&
        parts.length >= SITE_PARTS &&
        parts.every((x) => namesSite(x, sitesOrHalves));
      if ((namesSite(c, sites) && (ofSites || ofGroups)) || half) {
        groups.add(c);
        out.set(t, [...(out.get(t) ?? []), c]);
      }
    }
  };
  for (const m of index.mainTerms) walk(m);
  return out;
}

/**
 * Main terms whose referring site is not read through its parts: "Edema, joint — see Effusion,
 * joint" is fluid in the joint, where "ankle edema", "knee edema" of a note are the limb's soft
 * tissue ("Edema, legs R60.0"; "localized R60.0").
 */
const NOT_THROUGH_REFERENCE: ReadonlySet<string> = new Set(['edema']);

/**
 * Adds to `groups` the subterms worded by a site that refer to a site divided into parts:
 * "Swelling, joint — see Effusion, joint" (ankle, elbow, hip, knee...). A note naming the part
 * names them too ("swelling of the right knee" is "Effusion, joint, knee"; the index lists no
 * "Swelling, knee"); the descent reads the part under the referred term (index/descend.ts).
 */
function addReferredGroups(
  index: CompiledIndex,
  sites: ReadonlySet<string>,
  groups: Map<Term, Term[]>,
  target: (t: Term) => Term | undefined,
): void {
  const isGroup = new Set([...groups.values()].flat());
  const walk = (t: Term): void => {
    const own = groups.get(t) ?? [];
    for (const c of t.children) {
      walk(c);
      if (!c.see || c.code || c.children.length > 0 || !namesSite(c, sites)) continue;
      if (NOT_THROUGH_REFERENCE.has(headOfTitle(mainTermOf(c).title))) continue;
      const to = target(c);
      // "Pain, arm — see Pain, limb, upper": a group of the term's own ("Pain, limb") reads it.
      if (to && isGroup.has(to) && !own.some((g) => g === to || g === to.parent))
        groups.set(t, [...(groups.get(t) ?? []), c]);
    }
  };
  for (const m of index.mainTerms) walk(m);
}

/**
 * The first key of every main term's title that names a condition: words that begin a condition
 * of their own. Not a side, though a few main terms begin with one ("Right aortic arch"), and
 * not a site: "Breast (see also condition)", "Scrotal tongue" begin with words that, after a
 * comma, name where ("pain, left breast" is "Pain, breast").
 */
function termHeads(index: CompiledIndex, sites: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of index.mainTerms) {
    // "Spine, spinal — see condition": a word of anatomy, no condition of its own.
    if (m.see !== undefined && /^condition\b/i.test(m.see)) continue;
    if (namesSite(m, sites)) continue;
    for (const alt of m.req) if (alt[0] !== undefined && !SIDE_KEYS.has(alt[0])) out.add(alt[0]);
  }
  return out;
}

/** Main terms by each one-word form printed in their title ("Infection, infected, infective"). */
function titleWords(index: CompiledIndex): Map<string, Term[]> {
  const out = new Map<string, Term[]>();
  for (const m of index.mainTerms) {
    if (!m.forms) continue;
    for (const part of m.title.replace(/\(.*?\)/g, '').split(',')) {
      const w = part.trim().toLowerCase();
      if (w === '' || /\s/.test(w)) continue;
      const list = out.get(w) ?? [];
      list.push(m);
      out.set(w, list);
    }
  }
  return out;
}

export class IndexFinder {
  readonly #set: IndexSet;
  readonly #status: Map<string, Term>;
  readonly #sites: ReadonlySet<string>;
  readonly #siteGroups: ReadonlyMap<Term, readonly Term[]>;
  readonly #heads: ReadonlySet<string>;
  readonly #titled: ReadonlyMap<string, readonly Term[]>;
  /**
   * The index's main terms by the key each is filed under (compile.ts), without those running
   * text never reaches: terms the lexicon keeps from text (`reach: 'never'`) and words that only
   * send the coder to the condition they qualify ("Heart — see condition").
   */
  readonly #mainsByKey: ReadonlyMap<string, readonly Term[]>;
  /** Main terms filed under more than one key (one per word form), which a sentence may bring twice. */
  readonly #filedTwice: ReadonlySet<Term>;
  constructor(set: IndexSet) {
    this.#set = set;
    this.#titled = titleWords(set.index);
    this.#sites = siteKeys(set.neoplasm);
    const groups = siteGroups(set.index, this.#sites);
    addReferredGroups(set.index, this.#sites, groups, this.#seeTarget);
    this.#siteGroups = groups;
    this.#heads = termHeads(set.index, this.#sites);
    this.#status = statusSubterms(set.index);
    const deadEnd = (m: Term): boolean =>
      m.see !== undefined &&
      !m.code &&
      !m.seeAlso &&
      m.children.length === 0 &&
      m.qual.length === 0 &&
      m.reach === undefined &&
      this.#resolve(m.see, m).kind === 'none';
    const byKey = new Map<string, Term[]>();
    const filed = new Map<Term, number>();
    for (const [key, mains] of set.index.byKey) {
      const read = mains.filter((m) => m.reach !== 'never' && !deadEnd(m));
      if (read.length > 0) byKey.set(key, read);
      for (const m of read) filed.set(m, (filed.get(m) ?? 0) + 1);
    }
    this.#mainsByKey = byKey;
    this.#filedTwice = new Set([...filed].filter(([, n]) => n > 1).map(([m]) => m));
  }

  /**
   * The Table of Drugs row named by words of the sentence in [from, to]: its title, its
   * accidental-poisoning code (the drug's class) and its tokens.
   */
  drugNamed(
    sk: SentenceKeys,
    from: number,
    to: number,
  ): { title: string; code: string; tokens: number[] } | undefined {
    const found = this.#drugRow(sk, NO_TOKENS, from, to, (t) => cellOf(t.cells, 0) !== undefined);
    const code = found ? cellOf(found.term.cells, 0) : undefined;
    return found && code ? { title: found.term.title, code, tokens: found.pos } : undefined;
  }

  /**
   * The first Table of Drugs row (of those `accept` takes) whose words the sentence says, apart
   * from `used`, within [from, to].
   */
  #drugRow(
    sk: SentenceKeys,
    used: ReadonlySet<number>,
    from?: number,
    to?: number,
    accept: (t: Term) => boolean = () => true,
  ): { term: Term; pos: number[] } | undefined {
    const table = this.#set.drug;
    if (!table) return undefined;
    for (const key of sk.at.keys())
      for (const term of table.byKey.get(key) ?? []) {
        if (!accept(term)) continue;
        const pos = this.#placeMainIn(term, sk, used, from, to);
        if (pos) return { term, pos };
      }
    return undefined;
  }

  /** The main term a cross-reference's words name ("Hemiplegia", "Infarct, cerebral"). */
  termOf(ref: string): Term | undefined {
    const r = resolveReference(ref, this.#set.heads);
    return r.kind === 'term' ? r.term : undefined;
  }

  /** Every index hit in one sentence; overlapping hits are left to the caller to rank. */
  find(context: DescentContext, sentenceText: string): IndexHit[] {
    // Written out, not spread: a spread of the caller's object is a slow copy, once a sentence.
    const ctx: DescentContext = {
      here: context.here,
      hereIndex: context.hereIndex,
      sentences: context.sentences,
      docAt: context.docAt,
      reach: context.reach,
      accept: context.accept,
      past: context.past,
      together: context.together,
      patientAge: context.patientAge,
      patientSex: context.patientSex,
      ownWordsOnly: context.ownWordsOnly,
      seeTarget: this.#seeTarget,
      siteKeys: this.#sites,
      siteGroups: this.#siteGroups,
      termHeads: this.#heads,
    };
    const out: IndexHit[] = [];
    const sk = ctx.here;
    const seen = new Set<Term>();
    const placed: { main: Term; pos: number[]; qualifier: number[]; qualified: boolean }[] = [];
    for (const key of sk.at.keys()) {
      for (const main of this.#mainsByKey.get(key) ?? []) {
        if (this.#filedTwice.has(main)) {
          if (seen.has(main)) continue;
          seen.add(main);
        }
        const qualified = main.qual.length > 0 && main.qual.every((k) => sk.at.has(k));
        for (const pos of this.#placeMainAll(main, sk)) {
          // The qualifier's words, when written beside the head ("infectious mononucleosis" for
          // "Mononucleosis, infectious"), are the term's words too: no other term reads them.
          const near = qualified
            ? place(
                main.qual,
                sk,
                new Set(pos),
                Math.min(...pos) - main.qual.length - 2,
                Math.max(...pos) + main.qual.length + 2,
              )
            : undefined;
          placed.push({ main, pos, qualifier: near ?? [], qualified });
        }
      }
    }
    // A qualified main term ("Fracture, pathological") is read when its qualifier is written;
    // otherwise the head's unqualified or default term.
    const heads = new Set(placed.filter((p) => p.qualified).map((p) => p.main.req[0]?.join(' ')));
    for (const p of placed) {
      const head = p.main.req[0]?.join(' ');
      const ok = p.qualified || (p.main.qual.length === 0 ? true : p.main.headDefault && !heads.has(head));
      if (!ok) continue;
      const hit = this.#follow(p.main, p.pos, p.qualifier, ctx, sentenceText);
      if (hit) out.push(hit);
    }
    for (const [key, at] of sk.at) {
      const sub = this.#status.get(key);
      const hit = sub ? this.#statusHit(sub, at[0]!, ctx) : undefined;
      if (hit) out.push(hit);
    }
    // On a tie: the entry reached without a cross-reference, then the one that reads more of the
    // words ("Mononucleosis, infectious" over "Infection" for "infectious mononucleosis").
    const hops = (h: IndexHit): number => h.path.filter((p) => p.startsWith('see')).length;
    return out.sort(
      (a, b) =>
        b.score - a.score ||
        hops(a) - hops(b) ||
        b.core.length - a.core.length ||
        a.path.length - b.path.length,
    );
  }

  readonly #seeTarget = (t: Term): Term | undefined => {
    if (!t.see) return undefined;
    const r = this.#resolve(t.see, t);
    // A reference by site is scored as printed: the site is not known until it is followed.
    return r.kind === 'term' ? (r.plain ?? r.term) : undefined;
  };

  readonly #refs = new Map<Term, Map<string, Reference>>();
  /** A cross-reference printed at `at`, resolved from the main term `at` stands under. */
  #resolve(ref: string, at: Term): Reference {
    const from = mainTermOf(at);
    let byRef = this.#refs.get(from);
    if (!byRef) {
      byRef = new Map();
      this.#refs.set(from, byRef);
    }
    let r = byRef.get(ref);
    if (!r) {
      r = resolveReference(ref, this.#set.heads, from);
      byRef.set(ref, r);
    }
    return r;
  }

  /**
   * Every place the main term's words are written apart from each other: "pain in the knee and
   * pain in the hip" names two conditions, each read with the subterms nearest to it. The first
   * place is where its words first stand together; each next one uses only words between its
   * anchor and the places already read.
   */
  #placeMainAll(main: Term, sk: SentenceKeys): number[][] {
    const out: number[][] = [];
    const used = new Set<number>();
    for (const req of main.req) {
      if (req.length === 0 || !req.every((k) => sk.at.has(k))) continue;
      for (const anchor of sk.at.get(req[0]!)!) {
        if (used.has(anchor)) continue;
        let lo = anchor - req.length - 2;
        let hi = anchor + req.length + 2;
        for (const u of used) {
          if (u < anchor) lo = Math.max(lo, u + 1);
          else hi = Math.min(hi, u - 1);
        }
        const pos = place(req, sk, used, lo, hi);
        if (!pos || !(req.length > 1 || writtenAsForm(main, sk, pos[0]!, this.#titled))) continue;
        if (req.length > 1 && !saidAsPhrase(pos, sk, main.title)) continue;
        if (
          main.together &&
          !sideBySide(main.together === 'all' ? pos : partsOf(main.together, req, pos), sk, main.title)
        )
          continue;
        if (main.eponym && !writtenAsName(main.eponym, req, pos, sk)) continue;
        out.push(pos);
        for (const p of pos) used.add(p);
      }
    }
    return out;
  }

  #follow(
    main: Term,
    pos: number[],
    qualifier: readonly number[],
    given: DescentContext,
    text: string,
  ): IndexHit | undefined {
    let ctx = given;
    // The qualifier's words are the term's own (core, head) but do not make it outscore a term
    // that names the same condition without one ("Mellitus, diabetes — see Diabetes").
    const words = [...pos, ...qualifier];
    const w: Walk = { path: [main.title], core: new Set(words), head: words, linked: [], score: pos.length };
    const center = Math.min(...pos);
    let node: Term = main;
    let hops = 0;
    // Set when a general main term's "see also" is followed for the target's subterms only.
    let subtermOnly = false;
    // A reference "by site" names subterms to read under the site the note gives (see.ts).
    let bySite: { subterms: readonly string[]; plain: Term | undefined } | undefined;
    // A reference that ends "by site" ("Ulcer, decubitus — see Ulcer, pressure, by site"; "Hernia,
    // bowel — see Hernia, by site"): the site is read from the words not read yet, so the
    // subterm that referred is not read again.
    let siteFromRest = false;
    for (;;) {
      const before = w.path.length;
      if (bySite) {
        const read = this.#bySite(node, bySite.subterms, w, ctx, center);
        const plain = bySite.plain;
        bySite = undefined;
        if (!read) {
          // A site without the subterm, or none: the reference as printed, without "by site".
          if (!plain) return undefined;
          node = plain;
          continue;
        }
        node = applySteps(w, read.steps, ctx.hereIndex) ?? node;
        if (read.via) w.path.push(read.via);
        for (const c of read.chain) {
          w.path.push(c.title);
          node = c;
        }
      } else {
        // After a cross-reference the target re-reads the same words in its own arrangement
        // ("Failure, heart, with hypertension" → "Hypertension, heart, with heart failure").
        // The referred term read for its subterms alone reads other words than the main term's.
        const best = descend(
          node,
          ctx,
          hops === 0 || subtermOnly || siteFromRest ? w.core : NO_TOKENS,
          center,
        );
        node = applySteps(w, best.steps, ctx.hereIndex) ?? node;
      }
      siteFromRest = false;
      if (subtermOnly && w.path.length === before) return undefined;
      subtermOnly = false;
      if (hops === 0 && node.bySiteUnder) {
        const under = this.#bySiteUnder(node, node.bySiteUnder, ctx, center);
        if (under) {
          w.path.push(under.node.title);
          ({ node, ctx } = under);
          hops++;
          continue;
        }
      }
      if (hops === 0 && w.path.length === before && !main.code) {
        const implied = IMPLIED_SUBTERM[headOfTitle(main.title)];
        const child = implied ? main.children.find((c) => c.title.toLowerCase() === implied) : undefined;
        if (child) {
          w.path.push(child.title);
          node = child;
        }
      }
      // A general main term ("Disease", "Tumor") says nothing until a subterm is matched, or,
      // where it refers to the Table of Neoplasms ("Tumor — see also Neoplasm, unspecified
      // behavior, by site"; "Neoplasm, neoplastic — see Table of Neoplasms"), a site row the
      // sentence names ("bladder tumor": Neoplasm, bladder, unspecified behavior D49.4).
      if (hops === 0 && main.reach === 'withSubterm' && w.path.length === before) {
        const ref = main.see ?? main.seeAlso;
        if (!ref) return undefined;
        const bySite = this.#siteFirst(ref, main, w, ctx, center, text);
        if (bySite || main.see || !SAME_CONDITION_SEE_ALSO.has(headOfTitle(main.title))) return bySite;
        // "Herniation — see also Hernia": a subterm of the referred term may name what herniates
        // ("disc herniation": Hernia, intervertebral cartilage or disc); its bare code, an
        // abdominal hernia (K46.9), may not.
        const target = this.#resolve(ref, main);
        if (target.kind !== 'term' || target.term === main) return undefined;
        w.path.push(`see also ${ref}`);
        node = target.term;
        hops++;
        subtermOnly = true;
        continue;
      }
      // The deepest term, or the nearest one above it, that says what to do.
      let t: Term | undefined = node;
      let action: { code: string; manif?: string } | { ref: string; see: boolean } | undefined;
      while (t && !action) {
        const other: Term | undefined = t.code ? nonTuberculous(t, ctx.here) : undefined;
        if (other) {
          w.path.push(other.title);
          t = other;
          continue;
        }
        const reading: Term | undefined = t.code || t.see ? undefined : withoutDiagnosis(t, ctx.here);
        if (reading) {
          w.path.push(reading.title);
          t = reading;
          continue;
        }
        if (
          t.code &&
          t.residual &&
          !t.manif &&
          t === node &&
          t.seeAlso &&
          this.#namesMore(t.seeAlso, t, w, ctx, center)
        )
          action = { ref: t.seeAlso, see: false };
        else if (t.code) action = { code: t.code, ...(t.manif ? { manif: t.manif } : {}) };
        else if (t.see) action = { ref: t.see, see: true };
        else {
          const dflt = defaultChild(t);
          // "Carcinoma (malignant) — see also Neoplasm, by site, malignant" over "unspecified
          // site C80.1": the unspecified-site code is for a note that names no site (Index,
          // Neoplasm Table introduction; Guidelines I.C.2.d). A site row the sentence names wins.
          const bySite = dflt && t.seeAlso ? this.#siteFirst(t.seeAlso, t, w, ctx, center, text) : undefined;
          if (bySite) return bySite;
          if (dflt?.code) {
            w.path.push(dflt.title);
            action = { code: dflt.code };
          } else if (dflt?.see) {
            w.path.push(dflt.title);
            action = { ref: dflt.see, see: true };
          } else if (t.seeAlso && this.#mayFollow(t, t.seeAlso, ctx.here))
            action = { ref: t.seeAlso, see: false };
          else t = t.parent;
        }
      }
      if (!action) return undefined;
      if ('code' in action) return this.#hit(w, ctx, action.code, action.manif, 'index');
      if (++hops > 3) return undefined;
      const ref = this.#resolve(action.ref, node);
      w.path.push(`${action.see ? 'see' : 'see also'} ${action.ref}`);
      if (ref.kind === 'none') return undefined;
      if (ref.kind === 'term') {
        node = ref.term;
        bySite = ref.thenBySite ? { subterms: ref.thenBySite, plain: ref.plain } : undefined;
        siteFromRest = ref.siteFromNote === true;
        continue;
      }
      return this.#table(ref, w, ctx, center, text, false, !action.see);
    }
  }

  /**
   * "see Injury, muscle, by site, strain": the site the note names under the main term ("Injury,
   * Achilles tendon"), with the subterms the reference names under it ("strain"). The site is
   * read first from the words that did not name the condition ("incarcerated umbilical hernia":
   * umbilicus, not incarceration again), then from any.
   */
  #bySite(
    node: Term,
    subterms: readonly string[],
    w: Walk,
    ctx: DescentContext,
    center: number,
  ): { steps: Step[]; chain: Term[]; via?: string } | undefined {
    for (const used of [w.core, NO_TOKENS]) {
      const best = descend(node, ctx, used, center);
      const site = best.steps.at(-1)?.term;
      const chain = site ? subtermsUnder(site, subterms) : undefined;
      if (chain) return { steps: best.steps, chain };
      // The site read refers to the site's own entry ("Injury, tendon, Achilles — see Injury,
      // Achilles tendon"): the subterms are under that one.
      if (site?.see) {
        const ref = this.#resolve(site.see, site);
        const under = ref.kind === 'term' ? subtermsUnder(ref.term, subterms) : undefined;
        if (under) return { steps: best.steps, chain: under, via: `see ${site.see}` };
      }
    }
    return undefined;
  }

  /**
   * "Melena, with ulcer - code by site under Ulcer, with hemorrhage": the main term to read on,
   * with the instruction's subterm words supplied at the main term's place (the melena is the
   * hemorrhage), when the note names a site under it ("gastric ulcer": Ulcer, stomach, with
   * hemorrhage K25.4). Without a site the term's own code stands (K27.4, site unspecified).
   */
  #bySiteUnder(
    from: Term,
    instruction: NonNullable<Term['bySiteUnder']>,
    ctx: DescentContext,
    center: number,
  ): { node: Term; ctx: DescentContext } | undefined {
    const ref = this.#resolve(instruction.main, from);
    if (ref.kind !== 'term' || ref.term === mainTermOf(from)) return undefined;
    const at = new Map(ctx.here.at);
    for (const k of instruction.through.flatMap((p) => phraseKeys(p)))
      at.set(
        k,
        [...new Set([...(at.get(k) ?? []), center])].sort((a, b) => a - b),
      );
    const here = { ...ctx.here, at, expanded: new Set([...ctx.here.expanded, center]) };
    const implied: DescentContext = { ...ctx, here };
    const site = descend(ref.term, implied, NO_TOKENS, center).steps.some((s) =>
      s.supply?.tokens.some((t) => t !== center),
    );
    return site ? { node: ref.term, ctx: implied } : undefined;
  }

  /**
   * "Status (post), hysterectomy": the main term "Status" is not read from running text (it
   * describes the visit, lexicon/main-terms.ts), but a coder reaches it from the procedure's
   * name when the procedure is past; the hit is marked so that the caller checks that.
   */
  #statusHit(sub: Term, at: number, ctx: DescentContext): IndexHit | undefined {
    const w: Walk = {
      path: [sub.parent!.title, sub.title],
      core: new Set([at]),
      head: [at],
      linked: [],
      score: 1,
    };
    const node = applySteps(w, descend(sub, ctx, w.core, at).steps, ctx.hereIndex) ?? sub;
    let t: Term | undefined = node;
    while (t && !t.code) t = t === sub ? undefined : t.parent;
    if (!t?.code?.startsWith('Z')) return undefined;
    return { ...this.#hit(w, ctx, t.code, undefined, 'index'), status: true };
  }

  /**
   * "Stenosis, artery NEC I77.1 — see also Arteriosclerosis": a residual code ("not elsewhere
   * classified") is for an artery the index names nowhere else; where the referred term has a
   * subterm for words the reading has not used ("Arteriosclerosis, carotid I65.2-" for "stenosis
   * of the left internal carotid artery"), the artery is classified there, and the coder goes on
   * (the Index's "see also").
   */
  #namesMore(seeAlso: string, from: Term, w: Walk, ctx: DescentContext, center: number): boolean {
    if (!from.parent) return false;
    const ref = this.#resolve(seeAlso, from);
    if (ref.kind !== 'term' || ref.term === mainTermOf(from)) return false;
    const best = descend(ref.term, ctx, w.core, center);
    return best.steps.some(
      (s) => s.supply?.sentence === ctx.hereIndex && s.supply.tokens.some((t) => !w.core.has(t)),
    );
  }

  /**
   * "See also" may be followed (Guidelines I.A.16), but not from a subterm the note's words
   * chose into a subterm of the same main term that sends back to it, unless the note names
   * that one too: "History, family (of) — see also History, personal (of)" and the reverse are
   * alternatives, and a family history is not made personal. A reference one way is where the
   * index files the condition: "Calculus, biliary — see also Calculus, gallbladder", "Palsy,
   * Bell's — see also Palsy, facial".
   */
  #mayFollow(from: Term, seeAlso: string, here: SentenceKeys): boolean {
    if (!from.parent) return true;
    const ref = this.#resolve(seeAlso, from);
    if (ref.kind !== 'term') return true;
    const top = mainTermOf(from);
    if (mainTermOf(ref.term) !== top || ref.term === top) return true;
    const back = ref.term.seeAlso ? this.#resolve(ref.term.seeAlso, ref.term) : undefined;
    if (back?.kind !== 'term' || back.term !== from) return true;
    return ref.term.req.some((alt) => alt.length > 0 && alt.every((k) => here.at.has(k)));
  }

  /**
   * A "see also" into the Table of Neoplasms from a term that also has an "unspecified site"
   * subterm: followed only when the table finds a site row in the note's words.
   */
  #siteFirst(
    seeAlso: string,
    from: Term,
    w: Walk,
    ctx: DescentContext,
    center: number,
    text: string,
  ): IndexHit | undefined {
    const ref = this.#resolve(seeAlso, from);
    if (ref.kind !== 'neoplasm') return undefined;
    const trial: Walk = {
      ...w,
      path: [...w.path, `see also ${seeAlso}`],
      core: new Set(w.core),
      linked: [...w.linked],
    };
    const hit = this.#table(ref, trial, ctx, center, text, true);
    if (!hit) return undefined;
    Object.assign(w, trial);
    return hit;
  }

  #table(
    ref: Exclude<Reference, { kind: 'term' } | { kind: 'none' }>,
    w: Walk,
    ctx: DescentContext,
    center: number,
    text: string,
    needSite = false,
    siteOptional = false,
  ): IndexHit | undefined {
    if (ref.kind === 'neoplasm') {
      const table = this.#set.neoplasm;
      const root = table?.mainTerms[0];
      if (!table || !root) return undefined;
      const start = w.path.length;
      let node = siteRow(root, ref.site, w);
      const before = w.path.length;
      let row = tableRow(node, ctx, w.core, center, w);
      if (needSite && w.path.length === before && node === root) return undefined;
      // "Leiomyosarcoma — see also Neoplasm, connective tissue, malignant": the row a "see also"
      // names is for a note that names no other site; a site the note names, where that row has
      // no subrow for it, is read from the whole table (the Table's note on connective tissue:
      // "for sites that do not appear in this list, code to neoplasm of that site").
      if (siteOptional && node !== root && w.path.length === before) {
        const trial: Walk = {
          ...w,
          path: w.path.slice(0, start),
          core: new Set(w.core),
          linked: [...w.linked],
        };
        const other = tableRow(root, ctx, trial.core, center, trial);
        if (trial.path.length > start && other.cells) {
          Object.assign(w, trial);
          node = root;
          row = other;
        }
      }
      let col = ref.column ?? NEO_WORDS.find(([re]) => re.test(text))?.[1] ?? 5;
      // A row that only refers to another ("gastric — see Neoplasm, stomach") has no cells of
      // its own, and one with a "see also" may lack the column needed ("colon — see also
      // Neoplasm, intestine, large" prints the malignant columns only): the reference is
      // followed to that row, whose subterms the note may still choose.
      for (let hops = 0; !cellOf(row.cells, col) && hops < 2; hops++) {
        const to = row.see ?? row.seeAlso;
        const r = to ? this.#resolve(to, root) : undefined;
        if (r?.kind !== 'neoplasm' || r.site.length === 0) break;
        w.path.push(`${row.see ? 'see' : 'see also'} ${to}`);
        node = siteRow(root, r.site, w);
        if (node === root) break;
        row = tableRow(node, ctx, w.core, center, w);
      }
      // "lymph gland (secondary)": a malignancy there is secondary unless the note says it is a
      // lymphoma (its own main term); the row prints no malignant primary code.
      if (col === 0 && !cellOf(row.cells, 0) && row.opt.includes(SECONDARY_KEY)) col = 1;
      const code = cellOf(row.cells, col);
      if (!code) return undefined;
      return this.#hit(w, ctx, code, undefined, 'neoplasm', NEOPLASM_COLUMNS[col]);
    }
    const found = this.#drugRow(ctx.here, w.core);
    if (!found) return undefined;
    const rowTerm = found.term;
    for (const p of found.pos) w.core.add(p);
    w.path.push(rowTerm.title);
    const row = tableRow(rowTerm, ctx, w.core, center, w);
    const col = ref.column ?? DRUG_WORDS.find(([re]) => re.test(text))?.[1] ?? 0;
    const code = cellOf(row.cells, col) ?? cellOf(rowTerm.cells, col);
    if (!code) return undefined;
    return this.#hit(w, ctx, code, undefined, 'drug', DRUG_COLUMNS[col]);
  }

  /** Where the term's words stand together, within tokens [from, to] when given. */
  #placeMainIn(
    main: Term,
    sk: SentenceKeys,
    used: ReadonlySet<number>,
    from = 0,
    to = sk.tokens.length - 1,
  ): number[] | undefined {
    for (const req of main.req) {
      if (req.length === 0 || !req.every((k) => sk.at.has(k))) continue;
      for (const anchor of sk.at.get(req[0]!)!) {
        if (anchor < from || anchor > to) continue;
        const lo = Math.max(from, anchor - req.length - 2);
        const hi = Math.min(to, anchor + req.length + 2);
        const pos = place(req, sk, used, lo, hi);
        if (pos) return pos;
      }
    }
    return undefined;
  }

  #hit(
    w: Walk,
    ctx: DescentContext,
    code: string,
    manif: string | undefined,
    source: IndexHit['source'],
    column?: string,
  ): IndexHit {
    return {
      sentence: ctx.hereIndex,
      core: [...w.core].sort((a, b) => a - b),
      head: w.head,
      linked: w.linked,
      path: w.path,
      code,
      ...(manif ? { manif } : {}),
      source,
      ...(column ? { column } : {}),
      score: w.score,
    };
  }
}
