/**
 * @module search/fuzzy
 * One typo: words within one edit (insert, delete, substitute, or swap two neighbours: the
 * optimal-string-alignment distance) of a query word. Candidates come from a deletion
 * neighbourhood (Garbe's "symmetric delete" scheme): every vocabulary word is filed under a hash
 * of itself and of each of its one-letter deletions; a query looks up the same keys and checks
 * each candidate's true distance. The table is two sorted typed arrays, so it is stored in the
 * index file as is and costs nothing to load.
 */

/** Words shorter than this get no typo tolerance ("mi" → "mr" would be noise). */
export const FUZZY_MIN_LENGTH = 4;

/** 32-bit FNV-1a over the UTF-16 code units of a string, skipping position `skip`. */
export function fnv1a(s: string, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The keys a word is filed under: itself and each distinct one-letter deletion. */
export function deletionKeys(word: string): number[] {
  const keys = [fnv1a(word)];
  for (let i = 0; i < word.length; i++) {
    // Deleting either letter of a doubled pair gives the same string: file it once.
    if (i > 0 && word[i] === word[i - 1]) continue;
    keys.push(fnv1a(word, i));
  }
  return keys;
}

/** True when a and b differ by at most one insert, delete, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // Substitution at i, or a swap of i and i+1.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface FuzzyTable {
  /** Deletion-key hashes, ascending. */
  hashes: Uint32Array;
  /** The vocabulary word filed under each hash. */
  words: Uint32Array;
}

/** Files every word of a sorted vocabulary that is long enough to be a typo's target. */
export function buildFuzzyTable(vocabulary: readonly string[]): FuzzyTable {
  const pairs: number[] = [];
  for (const [id, w] of vocabulary.entries()) {
    if (w.length < FUZZY_MIN_LENGTH - 1) continue;
    for (const k of deletionKeys(w)) pairs.push(k, id);
  }
  const n = pairs.length / 2;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => pairs[2 * x]! - pairs[2 * y]! || pairs[2 * x + 1]! - pairs[2 * y + 1]!);
  const hashes = new Uint32Array(n);
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = pairs[2 * order[i]!]!;
    words[i] = pairs[2 * order[i]! + 1]!;
  }
  return { hashes, words };
}

function lowerBound(a: Uint32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Vocabulary ids within one edit of `word` (itself excluded), ascending, without repeats. */
export function fuzzyMatches(table: FuzzyTable, vocabulary: readonly string[], word: string): number[] {
  if (word.length < FUZZY_MIN_LENGTH) return [];
  const found = new Set<number>();
  for (const key of deletionKeys(word)) {
    for (let i = lowerBound(table.hashes, key); i < table.hashes.length && table.hashes[i] === key; i++) {
      const id = table.words[i]!;
      const w = vocabulary[id]!;
      if (w !== word && withinOneEdit(word, w)) found.add(id);
    }
  }
  return [...found].sort((a, b) => a - b);
}
