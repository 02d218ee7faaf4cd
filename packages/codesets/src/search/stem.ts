/**
 * @module search/stem
 * Light stemming: plural to singular, nothing more. "fractures" and "fracture" are one word to
 * the search, "hypertensive" and "hypertension" stay two (a heavier stemmer such as Porter's
 * conflates clinical words that coders keep apart: "arterial"/"artery", "infective"/"infection").
 * The rules follow the plural-only S-stemmer of Harman (1991, "How effective is suffixing?",
 * JASIS 42(1)), with the English "-sses/-xes/-ches/-shes" forms and the Latin "-ae" plural
 * (vertebrae, bursae) that clinical text uses. Latin singulars in -is and -us (arthritis,
 * stenosis, pubis, humerus) are left alone. Applied until nothing changes, so it is idempotent.
 */

/** Words shorter than this are never stemmed: "gas", "has", "its", "ms". */
const MIN_LENGTH = 4;

function stemOnce(w: string): string {
  if (w.length < MIN_LENGTH) return w;
  // Only words made of letters are stemmed: "t2s" or "c7s" are codes or labels.
  if (!/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4 && !/[ae]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (
    w.endsWith('sses') ||
    w.endsWith('xes') ||
    w.endsWith('ches') ||
    w.endsWith('shes') ||
    w.endsWith('zzes')
  )
    return w.slice(0, -2);
  if (w.endsWith('ae') && w.length > 4) return w.slice(0, -1);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Stems already worked out: a vocabulary is small and every word recurs (index builds). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** The singular stem of a normalised word (lower case, folded). Idempotent. */
export function stem(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  let w = word;
  for (;;) {
    const next = stemOnce(w);
    if (next === w) break;
    w = next;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, w);
  return w;
}
