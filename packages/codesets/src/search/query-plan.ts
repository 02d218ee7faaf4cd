/**
 * @module search/query-plan
 * A query, read once: each word becomes a slot that a term must fill (stop words: a slot it may
 * fill for a bonus). A slot holds alternatives: the word itself (its plural/singular forms;
 * while typed, every word it begins; after a typo, the words one edit away) and, for a known
 * abbreviation, each of its expansions (every word of the expansion, in any order).
 */
import { ABBREVIATIONS } from './abbreviations.ts';
import { FUZZY_MIN_LENGTH, fuzzyMatches } from './fuzzy.ts';
import { normalizeText, textWords } from './normalize.ts';
import { prefixQuality, QUALITY } from './score.ts';
import type { SearchIndex } from './search-index.ts';
import { stem } from './stem.ts';
import { isStopWord } from './stop-words.ts';
import { areVariants, variantRoot } from './variants.ts';

/** How a query word may match the words of a term. */
export interface WordMatcher {
  /** Number of the matcher within its plan (0, 1, ...): picks its quality table. */
  id: number;
  /** The query word, normalised. */
  text: string;
  /** Surface id of the word itself, or -1 when the index lacks it. */
  surface: number;
  /** Stem id: any surface form with this stem matches as the same word; -1 when none. */
  stem: number;
  /** Prefix ranges of surface ids, flat [lo, hi, lo, hi ...]. */
  ranges: number[];
  /** The most terms any word of the ranges is in (the commonest completion). */
  rangeTop: number;
  /** Words one edit away (surface ids). */
  fuzzy: number[];
  /** Other forms of the word (surface ids; see variants.ts). */
  variants: number[];
  /** Multiplies prefix-match quality: 1 for the word being typed, lower for an earlier word. */
  prefixWeight: number;
  /** Posting volume of everything this matcher accepts (an estimate: overlaps count twice). */
  cost: number;
}

export interface Alternative {
  kind: 'word' | 'abbreviation';
  words: WordMatcher[];
}

export interface Slot {
  /** The query word as typed, normalised. */
  text: string;
  alts: Alternative[];
  /** A stop word: not required. */
  optional: boolean;
  /** The posting volume of the cheapest way to find every term that fills the slot. */
  cost: number;
}

export interface QueryPlan {
  slots: Slot[];
  /** The query read as a code prefix (E112 for "E11.2"), when it looks like one. */
  codeKey?: string;
  /** Most essential term words the required slots can cover: bounds a term's coverage. */
  maxPositions: number;
  /** The best mean quality the required slots can reach (1 when every one can match exactly). */
  maxQuality: number;
  /** Whether the last word is still being typed (no trailing space). */
  typing: boolean;
}

const ABBREVIATION_MAP: ReadonlyMap<string, readonly string[]> = new Map(
  ABBREVIATIONS.map((a) => [a.abbr, a.expansions]),
);

/** A code prefix: letters and digits with at least one digit, 2 to 7 of them ("E11.2", "0DT"). */
const CODE_LIKE = /^(?=.*\d)[A-Z0-9]{2,7}$/;

export function codeKeyOf(query: string): string | undefined {
  const key = query
    .trim()
    .toUpperCase()
    .replace(/[\s.-]/g, '');
  return CODE_LIKE.test(key) ? key : undefined;
}

function surfaceId(index: SearchIndex, word: string): number {
  const [lo, hi] = index.prefixRange(word);
  return hi > lo && index.surfaces[lo] === word ? lo : -1;
}

function stemVolume(index: SearchIndex, stemId: number): number {
  if (stemId < 0) return 0;
  const d = index.data;
  let v = 0;
  for (let i = d.stemSurfaceStart[stemId]!; i < d.stemSurfaceStart[stemId + 1]!; i++) {
    const s = d.stemSurfaces[i]!;
    v += index.postingVolume(s, s + 1);
  }
  return v;
}

function wordMatcher(index: SearchIndex, word: string, typing: boolean, loose: boolean): WordMatcher {
  const stemId = index.stemId(stem(word));
  const m: WordMatcher = {
    id: 0,
    text: word,
    surface: surfaceId(index, word),
    stem: stemId,
    ranges: [],
    rangeTop: 1,
    fuzzy: [],
    variants: [],
    prefixWeight: typing ? 1 : 0.85,
    cost: stemVolume(index, stemId),
  };
  if (!loose) return m;
  // A word still being typed is not yet a word: its variants would be guesses ("hypert" is no
  // form of "hyper").
  const root = typing && stemId < 0 ? undefined : variantRoot(word);
  if (root !== undefined) {
    const [lo, hi] = index.prefixRange(root);
    for (let id = lo; id < hi; id++) {
      if (index.data.surfaceStem[id] !== stemId && areVariants(word, index.surfaces[id]!)) {
        m.variants.push(id);
        m.cost += index.postingVolume(id, id + 1);
      }
    }
  }
  // The word being typed matches every word it begins. An earlier word matches that way only
  // when it is no word of the index ("chron kidney" → chronic).
  if (typing || stemId < 0) {
    const [lo, hi] = index.prefixRange(word);
    if (hi > lo) {
      m.ranges.push(lo, hi);
      m.cost += index.postingVolume(lo, hi);
      for (let id = lo; id < hi; id++) m.rangeTop = Math.max(m.rangeTop, index.postingVolume(id, id + 1));
    }
  }
  // A typo only where the word is not found as typed: a real word is taken at its word.
  if (stemId < 0 && m.ranges.length === 0 && word.length >= FUZZY_MIN_LENGTH) {
    m.fuzzy = fuzzyMatches(
      { hashes: index.data.fuzzyHashes, words: index.data.fuzzyWords },
      index.surfaces,
      word,
    );
    for (const f of m.fuzzy) m.cost += index.postingVolume(f, f + 1);
  }
  return m;
}

function abbreviationAlternatives(index: SearchIndex, expansions: readonly string[]): Alternative[] {
  const alts: Alternative[] = [];
  for (const phrase of expansions) {
    const words = textWords(phrase).filter((w) => !isStopWord(w.surface));
    const matchers = words.map((w) => wordMatcher(index, w.surface, false, false));
    // An expansion with a word the index lacks can never match: leave it out.
    if (matchers.length > 0 && matchers.every((m) => m.stem >= 0))
      alts.push({ kind: 'abbreviation', words: matchers });
  }
  return alts;
}

/** The best quality a word matcher can give any term word. */
function bestQuality(m: WordMatcher): number {
  if (m.stem >= 0) return QUALITY.exact;
  if (m.ranges.length > 0) return m.prefixWeight * prefixQuality(1, 1, 1);
  if (m.variants.length > 0) return QUALITY.variant;
  return m.fuzzy.length > 0 ? QUALITY.typo : 0;
}

function altCost(alt: Alternative): number {
  let c = Number.POSITIVE_INFINITY;
  for (const w of alt.words) c = Math.min(c, w.cost);
  return c;
}

/** Words of a query that are read (see `planQuery`). */
export const MAX_QUERY_WORDS = 48;

/** Reads a query against an index. */
export function planQuery(index: SearchIndex, query: string): QueryPlan {
  const typing = !/\s$/.test(query);
  const codeKey = codeKeyOf(query);
  // Abbreviations written with a slash or hyphen ("n/v", "a-fib") are looked up before the
  // text is split into words.
  // A pasted paragraph is read by its first words: every word is required, so a few dozen
  // already single a code out, and the rest would only slow the search down.
  const pieces = query
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .filter((p) => p.length > 0)
    .slice(0, MAX_QUERY_WORDS);
  const raw: { text: string; expansions?: readonly string[] }[] = [];
  for (const piece of pieces) {
    const whole = ABBREVIATION_MAP.get(piece);
    if (whole && /[^a-z0-9]/.test(piece)) {
      raw.push({ text: piece, expansions: whole });
      continue;
    }
    for (const w of normalizeText(piece).split(' ')) {
      if (w.length === 0) continue;
      const expansions = ABBREVIATION_MAP.get(w);
      raw.push(expansions ? { text: w, expansions } : { text: w });
    }
  }
  const slots: Slot[] = [];
  for (const [i, r] of raw.entries()) {
    const last = i === raw.length - 1 && typing;
    const alts: Alternative[] = [];
    if (r.expansions) alts.push(...abbreviationAlternatives(index, r.expansions));
    const literal = normalizeText(r.text).replace(/ /g, '');
    if (literal.length > 0) {
      const m = wordMatcher(index, literal, last, true);
      if (m.stem >= 0 || m.ranges.length > 0 || m.fuzzy.length > 0 || m.variants.length > 0)
        alts.push({ kind: 'word', words: [m] });
    }
    // A stop word never excludes a code; nor does a lone letter just typed after other words
    // ("displaced fracture o"): it says too little to filter by, so it only ranks.
    const optional =
      r.expansions === undefined &&
      (isStopWord(r.text) || (last && raw.length > 1 && /^[a-z]$/.test(r.text)));
    let cost = 0;
    for (const a of alts) cost += altCost(a);
    slots.push({ text: r.text, alts, optional, cost });
  }
  let id = 0;
  for (const s of slots) for (const a of s.alts) for (const w of a.words) w.id = id++;
  // A query of stop words only ("the") requires them after all.
  if (slots.length > 0 && slots.every((s) => s.optional)) for (const s of slots) s.optional = false;
  let maxPositions = 0;
  let qualitySum = 0;
  let required = 0;
  for (const s of slots) {
    if (s.optional) continue;
    required++;
    let widest = 0;
    let best = 0;
    for (const a of s.alts) {
      widest = Math.max(widest, a.words.length);
      best = Math.max(best, a.kind === 'abbreviation' ? QUALITY.abbreviation : bestQuality(a.words[0]!));
    }
    maxPositions += widest;
    qualitySum += best;
  }
  const maxQuality = required === 0 ? 0 : qualitySum / required;
  return { slots, ...(codeKey !== undefined ? { codeKey } : {}), maxPositions, maxQuality, typing };
}
