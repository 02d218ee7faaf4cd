/**
 * @module tabular/complete
 * Tabular verification: from the code the index gave to the most specific billable code the
 * note supports. Where the index stops short (a category, or a code with a dash), the
 * subdivisions are read against the sentence's words: laterality (Guidelines I.B.13: no side
 * documented → the unspecified side), then other distinguishing words; when the note says
 * nothing that tells them apart, the "unspecified" subdivision. A 7th character is added where
 * the category requires one, with placeholder X (I.A.5, I.A.4): the initial encounter unless
 * the note says subsequent or sequela (I.C.19.a), and for fractures closed unless open
 * (I.C.19.c.1). A code that cannot be carried to a billable leaf is not proposed.
 */
import { cervicalPart } from '../lexicon/abbreviations.ts';
import { phraseKeys } from '../lexicon/normalize.ts';
import type { PatientSex, SexReading } from '../text/patient-sex.ts';
import { dotted, type Tabular, type TabularEntry } from './model.ts';

export interface Completion {
  code: string;
  entry: TabularEntry;
  /** What was decided on the way, in words. */
  steps: string[];
  guidelines: string[];
  /** A subdivision was taken as "unspecified" because the note does not say (the type or side). */
  unspecified: boolean;
  /** Only the side was taken as unspecified: the note named the type ("flat foot", M21.40). */
  sideOnly?: true;
  /**
   * The same condition's other codes, listed after this one: the left side's where the condition
   * is bilateral and the classification has no bilateral code for it, this being the right's
   * (I.B.13); the other levels of a cervical disc disorder said at several ("C5-C6 and C6-C7").
   */
  also?: Completion[];
}

/** What the completion fell back on, and what it noticed on the way (chooseChild fills it). */
interface Fallback {
  unspecified: boolean;
  type: boolean;
  /** The side is bilateral and a subdivision has right and left children but no bilateral one. */
  noBilateral?: boolean;
}
const noFallback = (): Fallback => ({ unspecified: false, type: false });

/** The subdivisions of `e` that the tabular has. */
const childrenOf = (tab: Tabular, e: TabularEntry): TabularEntry[] =>
  e.children.map((c) => tab.get(c)).filter((c): c is TabularEntry => c !== undefined);

export interface CompletionFailure {
  reason: string;
  steps: string[];
}

const LATERALITY: readonly [RegExp, string][] = [
  // Not the "both" of a "both-bone forearm fracture" (the radius and the ulna).
  [/\bbilateral(?:ly)?\b|\bboth\b(?![- ]bones?\b)/i, 'bilateral'],
  [/\bright\b/i, 'right'],
  [/\bleft\b/i, 'left'],
];
/** The side a code's title names: "bilateral", "right", "left", or none. */
export function sideOfTitle(title: string): string | undefined {
  const d = title.toLowerCase();
  return /\bbilateral\b/.test(d)
    ? 'bilateral'
    : /\bright\b/.test(d)
      ? 'right'
      : /\bleft\b/.test(d)
        ? 'left'
        : undefined;
}

const SIDE_WORD = /\b(?:bilateral(?:ly)?|both(?![- ]bones?\b)|right|left)\b/gi;

/** Characters between the text [from, to) and the condition's words at `at`; 0 when they overlap. */
const distanceTo = (from: number, to: number, at: { start: number; end: number }): number =>
  to <= at.start ? at.start - to : from >= at.end ? from - at.end : 0;

/**
 * The side a sentence says for a condition written at `at` in it (I.B.13): with one side in
 * the sentence, that side; with several ("pain in the right knee and in the left shoulder"),
 * the one nearest the condition's words, so that each condition keeps its own.
 */
export function sideIn(text: string, at?: { start: number; end: number }): string | undefined {
  const first = LATERALITY.find(([re]) => re.test(text))?.[1];
  if (first === undefined || at === undefined) return first;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(SIDE_WORD)) {
    const distance = distanceTo(m.index, m.index + m[0].length, at);
    if (distance >= bestDistance) continue;
    best = LATERALITY.find(([re]) => re.test(m[0]))?.[1];
    bestDistance = distance;
  }
  return best ?? first;
}

/**
 * "Both" names two sides when a plural follows it within three words ("both knees", "both
 * lower extremities", "both of his hands"), not when it joins two things ("both the cervical
 * and lumbar spine", "both in the calcaneus and in the tibia").
 */
const BOTH_SIDES = /\bboth(?:\s+[\w'-]+){0,2}?\s+(?:[\w'-]*[^\Wius]s|feet|teeth)\b/gi;
const BILATERAL = /\bbilateral(?:ly)?\b/gi;

/**
 * Whether the condition written at `at` is itself said to be bilateral: "bilateral" or "both"
 * in its own phrase, with no punctuation between them ("bilateral knee pain", "pain in both
 * wrists") or listed after it ("knee pain, bilateral"); not "after removal of the
 * fibroadenoma, a bilateral mastectomy".
 */
function saidBilateral(text: string, at: { start: number; end: number }): boolean {
  for (const m of [...text.matchAll(BILATERAL), ...text.matchAll(BOTH_SIDES)]) {
    const to = m.index + m[0].length;
    if (m.index < at.end && to > at.start) return true;
    const gap = to <= at.start ? text.slice(to, at.start) : text.slice(at.end, m.index);
    // "Knee pain, bilateral": the side listed after its condition.
    const listed = m.index >= at.end && /^\s*,\s*$/.test(gap);
    if (listed || (gap.length <= 60 && !/[,;:.()]/.test(gap))) return true;
  }
  return false;
}

/**
 * Hemiplegia, hemiparesis and monoplegia (G81, G83.1-G83.3, and their sequelae in I69) say
 * whether the dominant or nondominant side is affected. "Should the affected side be
 * documented, but not specified as dominant or nondominant, and the classification system does
 * not indicate a default": ambidextrous → dominant; left → non-dominant; right → dominant
 * (ICD-10-CM Guidelines I.C.6.a; I.C.9.d.1 for I69).
 */
const DOMINANCE = /\b(?:non-?)?dominant\b/i;
/** "right-handed": a hand, not the side affected; it says which side is dominant. */
const HANDED = /\b(right|left)[- ]handed(?:ness)?\b/i;

function defaultDominance(text: string, side: string | undefined): 'dominant' | 'nondominant' | undefined {
  // Said in the note's words: the subdivision's own words choose it.
  if (DOMINANCE.test(text)) return undefined;
  if (/\bambidextrous\b/i.test(text)) return 'dominant';
  if (side !== 'left' && side !== 'right') return undefined;
  const hand = HANDED.exec(text)?.[1]?.toLowerCase();
  if (hand) return hand === side ? 'dominant' : 'nondominant';
  return side === 'left' ? 'nondominant' : 'dominant';
}

const dominanceOf = (d: string): 'dominant' | 'nondominant' | undefined => {
  const m = DOMINANCE.exec(d);
  return m ? (/^non/i.test(m[0]) ? 'nondominant' : 'dominant') : undefined;
};

const sexIn = (d: string): PatientSex | undefined =>
  !d.includes('male') && !d.includes('Male')
    ? undefined
    : /\bfemale\b/i.test(d)
      ? 'female'
      : /\bmale\b/i.test(d)
        ? 'male'
        : undefined;

const SEX_FROM: Readonly<Record<SexReading['from'], string>> = {
  request: 'as given with the request',
  note: "the note's words",
};

const descKeys = new Map<string, string[]>();
const keysOfDesc = (d: string): string[] => {
  let k = descKeys.get(d);
  if (!k) {
    k = phraseKeys(d);
    descKeys.set(d, k);
  }
  return k;
};

function chooseChild(
  tab: Tabular,
  parent: TabularEntry,
  text: string,
  side: string | undefined,
  keys: ReadonlySet<string>,
  steps: string[],
  guides: Set<string>,
  sex: () => SexReading | undefined,
  fallback: Fallback,
): TabularEntry | undefined {
  const kids = childrenOf(tab, parent);
  if (kids.length === 0) return undefined;
  if (side === 'bilateral' && !fallback.noBilateral) {
    const sides = new Set(kids.map((k) => sideOfTitle(k.description)));
    if (sides.has('right') && sides.has('left') && !sides.has('bilateral')) fallback.noBilateral = true;
  }
  const dominance = kids.some((k) => DOMINANCE.test(k.description))
    ? defaultDominance(text, side)
    : undefined;
  const parentKeys = new Set(keysOfDesc(parent.description));
  const parentSexed = /\b(?:fe)?male\b/i.test(parent.description);
  let best: TabularEntry | undefined;
  let bestScore = 0;
  for (const k of kids) {
    const d = k.description.toLowerCase();
    let score = 0;
    const lat = sideOfTitle(d);
    if (lat && side) score += lat === side ? 3 : -5;
    // No side said: of siblings the note's words choose alike ("leg pain": right leg, left leg,
    // unspecified leg), the one for the unspecified side, not the first listed (I.B.13).
    else if (lat && lat !== 'bilateral') score -= 0.25;
    // The side's default dominance, when the note says only the side (I.C.6.a).
    const dom = dominance ? dominanceOf(d) : undefined;
    if (dom) score += dom === dominance ? 1 : -1;
    // The patient's sex (given, or stated in the note) chooses as laterality does ("female breast").
    const sexOf = sexIn(d);
    const stated = sexOf && !parentSexed ? sex() : undefined;
    if (sexOf && stated) score += sexOf === stated.sex ? 3 : -5;
    let named = 0;
    for (const key of keysOfDesc(k.description)) {
      if (!keys.has(key)) continue;
      if (parentKeys.has(key)) named++;
      else score += 1;
    }
    // A word of the parent's title chooses too, among siblings the note already chose by other
    // words or the side: under "M79.64 Pain in hand and fingers", "left finger" is M79.645 "Pain
    // in left finger(s)", not the first left child, M79.642 "Pain in left hand". Alone it does not:
    // the note says the parent's words to reach the parent, and a child that repeats one of them
    // (E11.6 "... with other specified complications" → E11.62- "... with skin complications") is
    // not named by it.
    if (score > 0) score += 0.5 * named;
    // "without ...", "not having achieved remission": the words say the opposite of the note's.
    if (score > 0 && /\bwithout\b|\bnot having\b/.test(d)) score -= 0.5;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best) {
    const sidedSiblings = kids.some((k) => k !== best && /\b(?:right|left)\b/i.test(k.description));
    if (side) guides.add('I.B.13');
    else if (sidedSiblings && /\bunspecified\b/i.test(best.description)) {
      guides.add('I.B.13');
      fallback.unspecified = true;
    }
    const byDominance = dominance !== undefined && dominanceOf(best.description) === dominance;
    if (byDominance) guides.add(best.code.startsWith('I69') ? 'I.C.9.d.1' : 'I.C.6.a');
    const bySex = sexIn(best.description) && !parentSexed ? sex() : undefined;
    steps.push(
      `${parent.code} → ${best.code} (${best.description})${bySex ? `: the patient is ${bySex.sex} (${SEX_FROM[bySex.from]})` : ''}${byDominance ? `: the ${side ?? 'ambidextrous'} side is ${dominance}` : ''}`,
    );
    return best;
  }
  // The subdivision that says "unspecified" more than its parent does: "neck of unspecified
  // femur" under "unspecified part of neck of femur".
  const count = (d: string): number => (d.match(/\bunspecified\b/gi) ?? []).length;
  const base = count(parent.description);
  const unspecified =
    kids
      .filter((k) => count(k.description) > base)
      .sort((a, b) => count(b.description) - count(a.description))[0] ??
    // A subdivision titled as its parent is what is left of the parent once the others were
    // split off ("R76.8 Other specified abnormal immunological findings in serum" → R76.89 of
    // the same title, not R76.81, rheumatoid factor "without rheumatoid arthritis"). Not a
    // placeholder ("S06.9X", S06.9's title): the characters after it still need the note's words.
    kids.find(
      (k) => !k.code.includes('X') && k.description.toLowerCase() === parent.description.toLowerCase(),
    ) ??
    kids.find(
      (k) =>
        /\bwithout\b/i.test(k.description) && !/\bwith\b/i.test(k.description.replace(/\bwithout\b/gi, '')),
    ) ??
    // Leukemias, myeloma, lymphomas (C88-C95): remission is documented, never presumed; the
    // subdivision "not having achieved remission" carries the NOS inclusion term.
    kids.find((k) => /\bnot having achieved remission\b/i.test(k.description));
  if (unspecified) {
    // Siblings by side: the note did not say which (I.B.13), a different gap from not naming
    // the type (coder/confidence.ts weighs them apart).
    const sided = kids.some((k) => k !== unspecified && /\b(?:right|left|bilateral)\b/i.test(k.description));
    if (
      sided ||
      /\bunspecified (?:side|laterality)|unspecified (?:upper|lower) limb|unspecified (?:eye|ear|kidney|lung)/i.test(
        unspecified.description,
      )
    )
      guides.add('I.B.13');
    steps.push(
      `${parent.code} → ${unspecified.code} (${unspecified.description}: the note does not say ${sided ? 'the side' : 'more'})`,
    );
    fallback.unspecified = true;
    if (!sided) fallback.type = true;
    return unspecified;
  }
  return undefined;
}

const SUBSEQUENT =
  /\b(?:subsequent (?:encounter|visit|care)|follow[- ]up (?:visit|encounter|care)|routine healing|healing)\b/i;
const SEQUELA = /\b(?:sequela[e]?|late effects?|residual of)\b/i;
const OPEN = /\bopen (?:fracture|wound)|\bcompound\b/i;
/**
 * How a fracture heals, each a subsequent encounter of its own (I.C.19.c.1: "7th character D
 * ... routine healing", "G ... delayed healing", "K ... nonunion", "P ... malunion"): the note's
 * words, then the words of the 7th character's meaning.
 */
const HEALING: readonly (readonly [RegExp, RegExp])[] = [
  [/\bnon-?unions?\b|\bununited\b/i, /\bnonunion\b/i],
  [/\bmal-?unions?\b/i, /\bmalunion\b/i],
  [/\bdelayed (?:healing|union)\b/i, /\bdelayed healing\b/i],
];

function seventhChar(
  entry: TabularEntry,
  text: string,
  side: string | undefined,
  steps: string[],
  guides: Set<string>,
): string | undefined {
  const defs = entry.seventh;
  if (!defs) return undefined;
  const chars = Object.entries(defs);
  const sequela = SEQUELA.test(text);
  // Only a fracture's characters name its healing.
  const healing = sequela
    ? undefined
    : HEALING.find(([said, meant]) => said.test(text) && chars.some(([, d]) => meant.test(d)))?.[1];
  const want = sequela
    ? /sequela/i
    : healing !== undefined || SUBSEQUENT.test(text)
      ? /subsequent/i
      : /initial/i;
  const open = OPEN.test(text);
  const pick =
    (healing
      ? (chars.find(([, d]) => healing.test(d) && (open ? /open/i.test(d) : !/open/i.test(d))) ??
        chars.find(([, d]) => healing.test(d)))
      : undefined) ??
    chars.find(([, d]) => want.test(d) && (open ? /open/i.test(d) : /closed/i.test(d))) ??
    chars.find(([, d]) => want.test(d) && !/open/i.test(d)) ??
    chars.find(([, d]) => want.test(d));
  if (!pick) return otherSeventh(chars, side, steps, guides);
  guides.add('I.C.19.a');
  if (/closed/i.test(pick[1])) guides.add('I.C.19.c.1');
  steps.push(`7th character ${pick[0]}: ${pick[1]}`);
  return pick[0];
}

/**
 * 7th characters that are not the encounter: the eye (E08-E13 retinopathy: right, left,
 * bilateral, unspecified eye; I.B.13 for the side), and the fetus in obstetric categories,
 * where "0" is for a single gestation and for a multiple one whose fetus is unspecified
 * (Guidelines I.C.15.a.2).
 */
function otherSeventh(
  chars: readonly [string, string][],
  side: string | undefined,
  steps: string[],
  guides: Set<string>,
): string | undefined {
  let pick: [string, string] | undefined;
  if (chars.some(([, d]) => /\beye\b/i.test(d))) {
    pick =
      (side ? chars.find(([, d]) => d.toLowerCase().startsWith(side)) : undefined) ??
      chars.find(([, d]) => /^unspecified eye$/i.test(d));
    guides.add('I.B.13');
  } else if (chars.some(([, d]) => /\bfetus\b/i.test(d))) {
    pick = chars.find(([, d]) => /^not applicable or unspecified$/i.test(d));
    guides.add('I.C.15.a.2');
  }
  if (!pick) return undefined;
  steps.push(`7th character ${pick[0]}: ${pick[1]}`);
  return pick[0];
}

const CERVICAL_LEVEL = /\bC[1-7]\s*-\s*[CT][1-8]\b/gi;
/** What may stand between the levels of one list: "C4-C5, C5-C6, and C6-C7". */
const BETWEEN_LEVELS = /^(?:\s*,)?\s*(?:and\s+|&\s*)?$/i;

/**
 * The levels the condition at `at` is said at: the cervical level written nearest it, with the
 * levels listed beside that one ("C4-C5, C5-C6, and C6-C7").
 */
function levelsOf(text: string, at: { start: number; end: number } | undefined): string[] {
  const found = [...text.matchAll(CERVICAL_LEVEL)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
    m,
  }));
  if (found.length === 0) return [];
  let near = 0;
  let distance = Number.POSITIVE_INFINITY;
  found.forEach((f, i) => {
    const d = at ? distanceTo(f.from, f.to, at) : 0;
    if (d < distance) {
      near = i;
      distance = d;
    }
  });
  let first = near;
  while (first > 0 && BETWEEN_LEVELS.test(text.slice(found[first - 1]!.to, found[first]!.from))) first--;
  let last = near;
  while (last + 1 < found.length && BETWEEN_LEVELS.test(text.slice(found[last]!.to, found[last + 1]!.from)))
    last++;
  return found.slice(first, last + 1).map((f) => f.m[0].replace(/\s+/g, '').toUpperCase());
}

/**
 * The cervical disc category's subdivision for a level (`cervicalPart`): "C5-C6" is the
 * mid-cervical region (M50.22-) and, where the tabular lists levels, the one at C5-C6
 * (M50.222); C7-T1 the cervicothoracic region.
 */
function atCervicalLevel(
  tab: Tabular,
  unspecified: TabularEntry,
  level: string,
): { entry: TabularEntry; steps: string[] } | undefined {
  const part = cervicalPart(level);
  const parent = tab.get(dotted(unspecified.code.replace('.', '').slice(0, -1)));
  if (!part || !parent) return undefined;
  const region = childrenOf(tab, parent).find((k) => k.description.toLowerCase().includes(`${part} region`));
  if (!region) return undefined;
  const steps = [
    `${unspecified.code} → ${region.code} (${region.description}): ${level} is the ${part} region`,
  ];
  if (region.billable) return { entry: region, steps };
  const atLevel = childrenOf(tab, region).find((k) => k.description.includes(`${level} level`));
  if (!atLevel) return undefined;
  steps.push(`${region.code} → ${atLevel.code} (${atLevel.description})`);
  return { entry: atLevel, steps };
}

/**
 * Carries an index code to a billable code, or says why it cannot. `text` is the sentence, `at`
 * where the condition's words are in it (the side nearest them is the condition's, `sideIn`).
 */
export function complete(
  tab: Tabular,
  indexCode: string,
  text: string,
  keys: ReadonlySet<string>,
  sex: () => SexReading | undefined = () => undefined,
  at?: { start: number; end: number },
): Completion | CompletionFailure {
  // "right-handed" names the dominant hand, not the side affected.
  const side = sideIn(
    text.replace(HANDED, (h) => ' '.repeat(h.length)),
    at,
  );
  const fallback = noFallback();
  const done = completeOn(tab, indexCode, text, keys, sex, side, fallback);
  // The index stops at the cervical disc's unspecified region ("Displacement, intervertebral
  // disc, cervical M50.20"); the tabular divides the category by region and level (M50.22-
  // "mid-cervical region", M50.222 "at C5-C6 level"), which the levels the note names choose,
  // a code for each.
  if ('code' in done && /\bunspecified cervical region\b/i.test(done.entry.description)) {
    const byLevel = levelsOf(text, at)
      .map((level) => atCervicalLevel(tab, done.entry, level))
      .filter((x): x is { entry: TabularEntry; steps: string[] } => x !== undefined);
    const codes = [...new Map(byLevel.map((x) => [x.entry.code, x])).values()].map(
      (x): Completion => ({
        ...done,
        code: x.entry.code,
        entry: x.entry,
        steps: [...done.steps, ...x.steps],
      }),
    );
    if (codes.length > 0) return { ...codes[0]!, ...(codes.length > 1 ? { also: codes.slice(1) } : {}) };
  }
  // "If no bilateral code is provided and the condition is bilateral, assign separate codes for
  // both the left and right side" (I.B.13): "pain in both knees" is M25.561 and M25.562.
  if (!fallback.noBilateral || !('code' in done) || !at || !saidBilateral(text, at)) return done;
  const right = completeOn(tab, indexCode, text, keys, sex, 'right', noFallback());
  const left = completeOn(tab, indexCode, text, keys, sex, 'left', noFallback());
  if (!('code' in right) || !('code' in left) || right.code === left.code) return done;
  const both = (c: Completion): Completion => ({
    ...c,
    steps: [...c.steps, 'bilateral, and no code for both sides: a code for each side'],
  });
  return { ...both(right), also: [both(left)] };
}

/** `complete` for one side (or none): the index code carried down the tabular's subdivisions. */
function completeOn(
  tab: Tabular,
  indexCode: string,
  text: string,
  keys: ReadonlySet<string>,
  sex: () => SexReading | undefined,
  side: string | undefined,
  fallback: Fallback,
): Completion | CompletionFailure {
  const steps: string[] = [];
  const guides = new Set<string>(['I.A']);
  let entry = tab.get(dotted(indexCode));
  if (!entry) return { reason: `${indexCode} is not in the tabular list of ${tab.release}`, steps };
  steps.push(`tabular: ${entry.code} ${entry.description}`);
  // An index code for the other sex than the note states ("Cancer, breast C50.91-", female
  // breast, for a man): the subdivision for the patient's sex, from the level above.
  const other = sexIn(entry.description);
  const stated = other ? sex() : undefined;
  if (other && stated && other !== stated.sex) {
    const up = tab.get(dotted(entry.code.replace('.', '').slice(0, -1)));
    if (up && !sexIn(up.description) && up.children.length > 1) {
      steps.push(
        `${entry.code} is for a ${other} patient, the patient is ${stated.sex} (${SEX_FROM[stated.from]}): ${up.code}`,
      );
      entry = up;
    }
  }
  for (let depth = 0; !entry.billable && entry.children.length > 0 && depth < 5; depth++) {
    const next = chooseChild(tab, entry, text, side, keys, steps, guides, sex, fallback);
    if (!next)
      return { reason: `${entry.code} needs more characters and the note does not choose among them`, steps };
    entry = next;
  }
  let code = entry.code;
  if (entry.seventh && code.replace('.', '').length < 7) {
    const ch = seventhChar(entry, text, side, steps, guides);
    if (!ch) return { reason: `${entry.code} needs a 7th character`, steps };
    const bare = code.replace('.', '').padEnd(6, 'X');
    if (bare.length > code.replace('.', '').length) guides.add('I.A.4');
    code = dotted(bare + ch);
    const full = tab.get(code);
    if (!full) return { reason: `${code} is not in the tabular list of ${tab.release}`, steps };
    entry = full;
  }
  if (!entry.billable) return { reason: `${entry.code} is not billable in ${tab.release}`, steps };
  return {
    code,
    entry,
    steps,
    guidelines: [...guides],
    unspecified: fallback.unspecified,
    ...(fallback.unspecified && !fallback.type ? { sideOnly: true as const } : {}),
  };
}
