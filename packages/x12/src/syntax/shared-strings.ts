/**
 * @module syntax/shared-strings
 * Short element values as shared strings. A batch repeats the same short values thousands of
 * times (unit "UN", relationship "18", a payer id, a taxonomy, states, cities, zip codes, first
 * names), and a set's claims are held until its SE: one string per value instead of one per
 * occurrence roughly halved the strings a held claim keeps (bench/x12.bench.ts). The table is
 * direct-mapped: a value is found by a hash of its characters and compared in place, so a hit
 * allocates nothing, and a miss takes the slot, so the table never grows.
 */

/** Values up to this length are shared (and copied: see `own`). */
const MAX = 32;
/** V8 makes a substring this long or longer a slice that keeps the whole decoded input piece alive. */
const SLICED = 13;
const SIZE = 1 << 12;
const table: string[] = new Array<string>(SIZE).fill('');

/** text.substring(from, to), shared with earlier equal values when short. */
export function shared(text: string, from: number, to: number): string {
  const n = to - from;
  if (n > MAX) return owned(text, from, to);
  let h = n;
  for (let p = from; p < to; p++) h = (Math.imul(h, 31) + text.charCodeAt(p)) | 0;
  const slot = (h ^ (h >>> 13)) & (SIZE - 1);
  const known = table[slot]!;
  if (known.length === n) {
    let k = 0;
    while (k < n && known.charCodeAt(k) === text.charCodeAt(from + k)) k++;
    if (k === n) return known;
  }
  const fresh = n < SLICED ? text.substring(from, to) : own(text.substring(from, to));
  table[slot] = fresh;
  return fresh;
}

/**
 * text.substring(from, to) holding its own characters. V8 makes a long substring a slice that
 * keeps the whole decoded input piece (16 KB) alive for as long as a held claim keeps the value
 * (most pieces were kept whole by a name or two). The concatenation is flattened by `substring`,
 * whose result then slices only the short copy.
 */
export function owned(text: string, from: number, to: number): string {
  const s = text.substring(from, to);
  return to - from < SLICED ? s : own(s);
}

const own = (slice: string): string => ` ${slice}`.substring(1);
