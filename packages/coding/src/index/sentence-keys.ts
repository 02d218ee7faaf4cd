/**
 * @module index/sentence-keys
 * A sentence as the index matcher sees it: for every token, its matching keys (abbreviations
 * expanded, lexicon/abbreviations.ts), and for every key the tokens that supply it.
 */
import {
  ABBREVIATIONS,
  type Abbreviation,
  CERVICAL_SPINE_KEY,
  initialsKey,
  PHRASES,
  spinalSegment,
  vertebraLevel,
} from '../lexicon/abbreviations.ts';
import { DRUG_CLASSES, therapyAt, therapyWords } from '../lexicon/drug-therapy.ts';
import { phraseKeys, STOP_WORDS, tokenKeys } from '../lexicon/normalize.ts';
import type { Token } from '../text/tokens.ts';

export interface SentenceKeys {
  tokens: readonly Token[];
  /** Key → token indexes, ascending. */
  at: Map<string, number[]>;
  /** Tokens whose keys came from an abbreviation. */
  expanded: Set<number>;
  /** A phrase's first token → its last ("high blood pressure"), for the evidence of what it reads. */
  phraseEnd?: Map<number, number>;
  /** Read "and" as the index's "with" for subterms that begin with it (SentenceKeyOptions.andAsWith). */
  andAsWith?: true;
}

const ABBREV: ReadonlyMap<string, Abbreviation> = new Map(Object.entries(ABBREVIATIONS));
const PHRASE_KEYS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(PHRASES).map(([p, expansion]) => [p, phraseKeys(expansion)]),
);
/** First words of the phrases, so most tokens skip the pair look-up. */
const PHRASE_HEADS: ReadonlySet<string> = new Set(Object.keys(PHRASES).map((p) => p.split(' ')[0]!));
const DRUGS: ReadonlySet<string> = new Set(Object.keys(DRUG_CLASSES));
const THERAPY_KEYS = new Map<string, string[]>();

interface TokenKeys {
  keys: string[];
  abbreviation: boolean;
  /**
   * The word needs a second look: an abbreviation read only in capitals or not before a number
   * ("PE", "CA 125"), or the first word of a phrase ("allergic to").
   */
  special?: true;
  /** The keys are a phrase's (PHRASES) of this many words, this token the first. */
  phraseLength?: number;
}
const NONE: TokenKeys = { keys: [], abbreviation: false };
// Per lower-case word, and per casing for case-sensitive abbreviations: most words of a note
// have been seen before, so this is one map look-up a token.
const plain = new Map<string, TokenKeys>();
const upper = new Map<string, TokenKeys>();

function computeKeys(lower: string, isUpper: boolean): TokenKeys {
  const ab = ABBREV.get(lower);
  const special =
    PHRASE_HEADS.has(lower) ||
    ab?.when === 'upper' ||
    ab?.notBeforeNumber === true ||
    ab?.notAfterNumber === true ||
    ab?.asHead === true ||
    vertebraLevel(lower) !== undefined;
  // The abbreviation's own key stays: the index prints some ("HIV", "AIDS").
  const segment = ab ? undefined : spinalSegment(lower);
  const k: TokenKeys =
    ab && (ab.when !== 'upper' || isUpper)
      ? { keys: [...new Set([...tokenKeys(lower), ...phraseKeys(ab.expansion)])], abbreviation: true }
      : segment !== undefined
        ? { keys: [...tokenKeys(lower), ...segmentKeys(segment)], abbreviation: true }
        : { keys: tokenKeys(lower), abbreviation: false };
  if (special) k.special = true;
  return k;
}

/**
 * A spinal segment's keys: "<adjective> region" ("lumbar region"), but for the cervical spine
 * its own key (lexicon/abbreviations.ts `CERVICAL_SPINE_KEY`): "cervical" alone reads the cervix
 * as well.
 */
function segmentKeys(adjective: string): string[] {
  // A segment is a level of the spine ("stenosis at L4-L5" is "Stenosis, spinal, lumbar
  // region"), and the intervertebral disc between its two vertebrae ("herniation at L4-L5" is
  // "Herniation, intervertebral disc — see Displacement, intervertebral disc", no lumbar hernia
  // of the abdominal wall).
  return [
    ...(adjective === 'cervical' ? [CERVICAL_SPINE_KEY] : phraseKeys(`${adjective} region`)),
    ...SEGMENT_WORDS,
  ];
}
const SEGMENT_WORDS = phraseKeys('spine intervertebral disc');

function cached(cache: Map<string, TokenKeys>, lower: string, isUpper: boolean): TokenKeys {
  let k = cache.get(lower);
  if (!k) {
    k = computeKeys(lower, isUpper);
    if (cache.size < 100_000) cache.set(lower, k);
  }
  return k;
}

/** Whether token i heads its phrase (`Abbreviation.asHead`). */
function isHead(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && !STOP_WORDS.has(next.lower)) return false;
  const comma = tokens[i - 1];
  const place = tokens[i - 2];
  return !(comma?.text === ',' && place?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(place.text));
}

/**
 * The index names a vertebra by its ordinal under its region ("Fracture, traumatic, thorax,
 * vertebra, eighth S22.069"; "lumbar vertebra, first"): by level number, its keys.
 */
const ORDINAL_KEYS: readonly string[][] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
].map((w) => phraseKeys(w));
/** Words beside a vertebra's level that make it the vertebra ("T8 compression fracture", "C2 vertebra"). */
const SPINE_CONTEXT: ReadonlySet<string> = new Set([
  'fracture',
  'fractures',
  'fractured',
  'compression',
  'burst',
  'wedge',
  'vertebra',
  'vertebrae',
]);
/** A thoracic or cervical vertebra read so: its region's key and "vertebra". */
const VERTEBRA_OF: Readonly<Record<string, readonly string[]>> = {
  thoracic: [...phraseKeys('thoracic'), ...phraseKeys('vertebra')],
  cervical: [CERVICAL_SPINE_KEY, ...phraseKeys('vertebra')],
};

/** Number words that count a unit ("six feet", "a few feet"). */
const COUNT_WORDS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten twenty fifty hundred few several many couple'.split(' '),
);

const afterNumber = (tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.kind === 'number' || COUNT_WORDS.has(prev.lower));
};

function keysOfToken(tokens: readonly Token[], i: number): TokenKeys {
  const t = tokens[i]!;
  if (t.kind === 'punct') return NONE;
  const k = cached(plain, t.lower, false);
  if (!k.special) return k;
  const level = vertebraLevel(t.lower);
  if (level !== undefined) {
    // Beside it, or after its body: "T12 vertebral body fracture".
    const body =
      tokens[i + 1]?.lower === 'vertebral' && tokens[i + 2]?.lower === 'body' ? [tokens[i + 3]] : [];
    const near = [tokens[i - 1], tokens[i + 1], tokens[i - 2], ...body].some(
      (n) => n && SPINE_CONTEXT.has(n.lower),
    );
    if (!near) return k;
    const ordinal = ORDINAL_KEYS[Number(t.lower.slice(1)) - 1]!;
    // A lumbar vertebra already reads its region, its spine and its disc (spinalSegment).
    if (level === 'lumbar') return { keys: [...k.keys, ...ordinal], abbreviation: true };
    return { keys: [...k.keys, ...VERTEBRA_OF[level]!, ...ordinal], abbreviation: true };
  }
  const next = tokens[i + 1];
  const third = tokens[i + 2];
  const long = next && third ? PHRASE_KEYS.get(`${t.lower} ${next.lower} ${third.lower}`) : undefined;
  if (long) return { keys: long, abbreviation: true, phraseLength: 3 };
  const phrase = next ? PHRASE_KEYS.get(`${t.lower} ${next.lower}`) : undefined;
  if (phrase) return { keys: phrase, abbreviation: true, phraseLength: 2 };
  const ab = ABBREV.get(t.lower);
  if (!ab) return k;
  if (next?.kind === 'number' && ab.notBeforeNumber) return { keys: tokenKeys(t.lower), abbreviation: false };
  if (ab.notAfterNumber && afterNumber(tokens, i)) return { keys: tokenKeys(t.lower), abbreviation: false };
  if (ab.asHead && !isHead(tokens, i)) return { keys: tokenKeys(t.lower), abbreviation: false };
  const isUpper = ab.when === 'upper' && t.text.length > 1 && t.text === t.text.toUpperCase();
  return isUpper ? cached(upper, t.lower, true) : k;
}

/** A word of two to eight capitals and digits, the first two capitals ("CRP", "HIV", "LDH"). */
function writtenAsInitials(t: Token): boolean {
  const text = t.text;
  if (t.kind !== 'word' || text.length < 2 || text.length > 8) return false;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && text === text.toUpperCase();
}

export interface SentenceKeyOptions {
  /**
   * "History of" is the patient's own history: the word also reads "personal", so the index's
   * "History, personal (of)" subterms name it ("history of DVT" Z86.718). For the claim profile,
   * which codes a past condition by its history code (I.C.21.c.4), not as current.
   */
  personalHistory?: boolean;
  /**
   * "Nausea and vomiting" reads "Nausea, with vomiting R11.2": the index presumes the link of a
   * subterm that begins with "with" (I.A.15), and R11.0 excludes nausea with vomiting. For the
   * claim profile; a corpus that lists each symptom (CodiEsp, the mentions profile) codes them
   * apart (measured: train tp 2553 → 2548, dev 1222 → 1219).
   */
  andAsWith?: boolean;
  /** The sentence stands under a family history heading: its "history of" is the family's. */
  familySection?: boolean;
}

const PERSONAL = phraseKeys('personal');
const FAMILY = phraseKeys('family');

/**
 * Relatives who can be the subject of "had a history of": "Both her mother and father had a
 * history of lung cancer" is a family history (Index: "History, family (of), malignant neoplasm,
 * lung Z80.1"), not the patient's own ("History, personal (of)", Z85.118). Guidelines
 * I.C.21.c.4: family history codes are for a family member who has had a particular disease.
 */
const RELATIVES: ReadonlySet<string> = new Set(
  (
    'mother father parent parents brother brothers sister sisters sibling siblings son sons daughter ' +
    'daughters grandmother grandfather grandparent grandparents aunt aunts uncle uncles cousin cousins ' +
    'relative relatives maternal paternal mom dad'
  ).split(' '),
);
/** Subjects that are the patient's own: "Her mother says she has a history of asthma". */
const PATIENT_SUBJECT: ReadonlySet<string> = new Set(['she', 'he', 'patient', 'pt', 'i']);

/**
 * Whose history "history of" at token `i` names: the family's when a relative is the subject of
 * the same clause (no punctuation and no other subject between them), or under a family history
 * heading; the patient's otherwise.
 */
function historyOfFamily(tokens: readonly Token[], i: number, familySection: boolean): boolean {
  if (familySection) return true;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || PATIENT_SUBJECT.has(t.lower)) break;
    if (RELATIVES.has(t.lower)) return true;
  }
  // "History of cancer in the family", "history of asthma in her father".
  for (let j = i + 2; j < tokens.length && j <= i + 12; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return false;
    if (!RELATIVES.has(t.lower) && t.lower !== 'family') continue;
    for (let b = j - 1; b >= i + 2 && b >= j - 3; b--) if (IN_WHOM.has(tokens[b]!.lower)) return true;
  }
  return false;
}
/** Whether a relative is the subject of the clause that holds token `i` ("his mother is on dialysis"). */
export const saidOfRelative = (tokens: readonly Token[], i: number): boolean =>
  historyOfFamily(tokens, i, false);

/** Words after "cervical" that say it is the cervical spine. */
const SPINE_WORDS: ReadonlySet<string> = new Set(
  'spine spinal vertebra vertebrae vertebral disc discs disk disks facet facets cord myelopathy radiculopathy spondylosis foraminal'.split(
    ' ',
  ),
);
const IN_WHOM: ReadonlySet<string> = new Set(['in', 'on']);

export function sentenceKeys(tokens: readonly Token[], options: SentenceKeyOptions = {}): SentenceKeys {
  const at = new Map<string, number[]>();
  const expanded = new Set<number>();
  let phraseEnd: Map<number, number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let { keys, abbreviation, phraseLength } = keysOfToken(tokens, i);
    if (phraseLength !== undefined) {
      phraseEnd ??= new Map();
      phraseEnd.set(i, i + phraseLength - 1);
    }
    if (options.personalHistory && tokens[i]!.lower === 'history' && tokens[i + 1]?.lower === 'of') {
      const before = tokens[i - 1]?.lower;
      if (before !== 'family' && before !== 'familial') {
        keys = [...keys, ...(historyOfFamily(tokens, i, options.familySection === true) ? FAMILY : PERSONAL)];
        abbreviation = true;
      }
    }
    // "Cervical spine", "cervical disc": the neck, not the uterine cervix (compile.ts `cervicalSense`).
    // The neck only: "cervical spine flexion" is no "Flexion, cervix".
    if (tokens[i]!.lower === 'cervical' && SPINE_WORDS.has(tokens[i + 1]?.lower ?? '')) {
      keys = [CERVICAL_SPINE_KEY];
      abbreviation = true;
    }
    // A drug said as a regimen also reads "Long-term drug therapy" (lexicon/drug-therapy.ts).
    const cls = DRUGS.has(tokens[i]!.lower) ? therapyAt(tokens, i) : undefined;
    if (cls !== undefined) {
      let extra = THERAPY_KEYS.get(cls);
      if (extra === undefined) {
        extra = phraseKeys(therapyWords(cls));
        THERAPY_KEYS.set(cls, extra);
      }
      keys = [...new Set([...keys, ...extra])];
      abbreviation = true;
    }
    if (writtenAsInitials(tokens[i]!)) keys = [...keys, initialsKey(tokens[i]!.lower)];
    if (abbreviation) expanded.add(i);
    for (const k of keys) {
      const list = at.get(k);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else at.set(k, [i]);
    }
  }
  return {
    tokens,
    at,
    expanded,
    ...(phraseEnd ? { phraseEnd } : {}),
    ...(options.andAsWith ? { andAsWith: true as const } : {}),
  };
}
