/**
 * @module lexicon/normalize
 * One key per word, the same on the note side and the index side: lower case → American
 * spelling → Porter stem (plural/singular and inflections fold: "fractures", "fractured" →
 * "fractur") → the canonical member of its word group ("kidney" → "renal"). Keys are cached:
 * a note repeats its words and the index repeats its vocabulary.
 */
import { stemmer } from 'stemmer';
import { SPELLING_RULES, WORD_GROUPS } from './synonyms.ts';

const cache = new Map<string, string>();

function americanSpelling(w: string): string {
  let s = w;
  for (const [re, to] of SPELLING_RULES) s = s.replace(re, to);
  return s;
}

// Medical suffixes the Porter stemmer would cut into another word's stem ("hepatitis" and
// "hepatic" both → "hepat"): words ending so keep their suffix; only the plural goes.
const MEDICAL_SUFFIX =
  /(?:itis|itides|osis|oses|emia|emias|oma|omas|omata|pathy|pathies|algia|ectomy|ectomies|otomy|ostomy|plasty|scopy|uria|rrhea|plegia|paresis)$/;
const PLURAL_OF_SUFFIX: readonly [RegExp, string][] = [
  [/itides$/, 'itis'],
  [/oses$/, 'osis'],
  [/omata$/, 'oma'],
  [/ies$/, 'y'],
  [/s$/, ''],
];

const ORGAN_ADJECTIVE = /^[a-z]{3,}(?:[ernv]al|lar)$/;

/**
 * Latin nouns of anatomy and their adjectives, cut to one root so that either names the site:
 * "esophagus" / "esophageal" → "esophag", "peritoneum" / "peritoneal" → "periton", "pharynx" /
 * "pharyngeal" → "pharyng", "bronchus" / "bronchial" → "bronch", "pylorus" (stemmed "pyloric"
 * → "pylor"), "endometrium" / "endometrial" → "endometr". The index names the organ ("Varix,
 * esophagus"), notes its adjective ("esophageal varices"). Only when a root of five letters or
 * more is left ("cornea" stays, not "corn").
 */
const LATIN_ROOT: readonly (readonly [RegExp, string])[] = [
  [/ynx$/, 'yng'],
  // "-ium" nouns and their "-ial" adjectives: "endometrium" / "endometrial" → "endometr".
  [/ium$/, ''],
  [/(?:eal|ial)$/, ''],
  [/(?:ea|eum|um)$/, ''],
  [/([^o])us$/, '$1'],
];

function latinRoot(w: string): string | undefined {
  for (const [re, to] of LATIN_ROOT) {
    if (!re.test(w)) continue;
    const r = w.replace(re, to);
    return r.length >= 5 ? r : undefined;
  }
  return undefined;
}

function rawKey(lower: string): string {
  // Apostrophes: "crohn's" → "crohn".
  // Greek plurals in -ses: "metastases" → "metastasis" (not "diseases"); Latin "testes" →
  // "testis" (the stemmer would read "tests").
  const w = americanSpelling(lower.replace(/'s$/, '').replace(/'/g, '')).replace(
    /(stas|lys|thes|gnos|phys|ptos|^test)es$/,
    '$1is',
  );
  if (/\d/.test(w) || w.length <= 3) return w;
  // The adjective of an organ named by a Latin noun in -a: "tracheal" → "trachea", "pleural",
  // "urethral", "vaginal", "corneal", "gingival", "macular", "patellar" (the index writes either).
  const root = latinRoot(w);
  if (root) return root;
  if (ORGAN_ADJECTIVE.test(w)) return w.slice(0, -1);
  if (MEDICAL_SUFFIX.test(w)) {
    for (const [re, to] of PLURAL_OF_SUFFIX)
      if (re.test(w) && !/(?:itis|osis|sis)$/.test(w)) return w.replace(re, to);
    return w;
  }
  return stemmer(w);
}

const CANONICAL: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const group of WORD_GROUPS) {
    const head = rawKey(group[0]!);
    for (const w of group) m.set(rawKey(w), head);
  }
  return m;
})();

/** A word without its accents: "Barré" in the index, "Barre" in a note. */
export const plainLetters = (word: string): string =>
  /[\u00c0-\u024f]/.test(word) ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;

/** The matching key of one lower-case word. */
export function wordKey(lower: string): string {
  let k = cache.get(lower);
  if (k === undefined) {
    // Accents are not part of the word.
    const r = rawKey(plainLetters(lower));
    k = CANONICAL.get(r) ?? r;
    if (cache.size < 200_000) cache.set(lower, k);
  }
  return k;
}

/** Words the index and notes use as glue; never required for a match. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'and',
  'or',
  'as',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'with',
  'without',
  'due',
  'from',
  'into',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
  'other',
  'nec',
  'nos',
  'type',
  'than',
  'also',
  'see',
  'has',
  'had',
  'have',
  'not',
  'elsewhere',
  'classified',
  'specified',
  'unspecified',
  'site',
  'following',
  'because',
  'use',
  'patient',
  'which',
  'who',
  'there',
  'some',
]);

/** Keys of the significant words of a phrase (stop words dropped). */
export function phraseKeys(phrase: string): string[] {
  const out: string[] = [];
  // "(s)" and similar inflection marks in index titles ("Pain(s)") are not words.
  const clean = phrase.toLowerCase().replace(/\((?:s|es|al)\)/g, '');
  for (const m of clean.matchAll(/\bnon-[a-z0-9\u00C0-\u024F]+|[a-z0-9\u00C0-\u024F]+(?:'[a-z0-9]+)*/g)) {
    const w = m[0];
    // "Non-obstructive" says the opposite of "obstructive": "non-" and the word after it are one
    // key of their own, as on the note's side (`tokenKeys`): "Infarction, myocardial, non-ST
    // elevation", "Carcinoma, non-small cell", "Lymphoma, non-Hodgkin".
    if (w.startsWith('non-')) out.push(w);
    else if (!STOP_WORDS.has(w)) out.push(wordKey(w));
  }
  return out;
}

/** Keys of one note token: hyphenated words give one key per part ("non-small" → non, small). */
export function tokenKeys(lower: string): string[] {
  if (!lower.includes('-')) return STOP_WORDS.has(lower) ? [] : [wordKey(lower)];
  // "Non-obstructive" says the opposite of "obstructive": one key of its own, on the note side
  // as on the index side ("Lymphoma, non-Hodgkin", "Carcinoma, non-small cell" keep matching).
  // The words after the negated one are keys as usual: "non-ST-elevation" is "non-ST" and
  // "elevation", as the index writes "non-ST elevation".
  if (lower.startsWith('non-')) {
    const [, first, ...rest] = lower.split('-');
    return [`non-${first}`, ...rest.filter((p) => p.length > 0 && !STOP_WORDS.has(p)).map(wordKey)];
  }
  // "Right-handed" says which hand is dominant, no hand's condition.
  if (/^(?:right|left)-handed(?:ness)?$/.test(lower)) return [];
  return lower
    .split('-')
    .filter((p) => p.length > 0 && !STOP_WORDS.has(p))
    .map(wordKey);
}

/**
 * The inflections of a written word: itself, without a plural or past or -ing ending. A
 * one-word main term is read only when the note writes one of its own word forms so inflected:
 * the stemmer alone would read "depressible" as "Depression" and "pigment" as "Pigmentation".
 */
const inflectionCache = new Map<string, string[]>();

export function inflections(lower: string): string[] {
  let v = inflectionCache.get(lower);
  if (!v) {
    v = inflectionsOf(lower);
    if (inflectionCache.size < 100_000) inflectionCache.set(lower, v);
  }
  return v;
}

function inflectionsOf(lower: string): string[] {
  const w = americanSpelling(lower.replace(/'s$/, '').replace(/'/g, ''));
  const out = [w];
  const cut = (n: number, add = ''): void => {
    if (w.length - n >= 3) out.push(w.slice(0, w.length - n) + add);
  };
  if (w.endsWith('ies')) cut(3, 'y');
  // Greek and Latin plurals: metastases, vertebrae, bronchi, apices.
  if (w.endsWith('ses')) cut(2, 'is');
  if (w.endsWith('ae')) cut(1);
  if (w.endsWith('i')) cut(1, 'us');
  if (w.endsWith('ices')) cut(4, 'ex');
  if (w.endsWith('es')) cut(2);
  if (w.endsWith('s') && !w.endsWith('ss')) cut(1);
  if (w.endsWith('ed')) {
    cut(1);
    cut(2);
  }
  if (w.endsWith('ing')) {
    cut(3);
    cut(3, 'e');
  }
  return out;
}

/** Whether the word belongs to a synonym group (lexicon/synonyms.ts): "febrile" for "fever". */
// The group a written word belongs to, by the word itself (or its plural), not by its stem:
// "depressible" stems like "depression" but is no member of its group.
const GROUP_OF: ReadonlyMap<string, number> = new Map(
  WORD_GROUPS.flatMap((g, i) => g.map((w) => [w, i] as const)),
);

/** The synonym group (lexicon/synonyms.ts) a written word is a member of, if any. */
export function groupOf(lower: string): number | undefined {
  for (const f of inflections(lower)) {
    const g = GROUP_OF.get(f);
    if (g !== undefined) return g;
  }
  return undefined;
}
