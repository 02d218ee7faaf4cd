/**
 * @module x837/code-cache
 * The domain's code parsers, remembered: a batch names the same few hundred procedure,
 * diagnosis and place-of-service codes over and over, and each parse trims, upper-cases, runs a
 * regular expression and builds a result. A remembered answer is the parser's own (results are
 * never changed once made), so the claim model still gets its codes only from the parsers.
 */
import { parseHcpcs, parseIcd10Cm, parseModifier, parsePos, parseTaxId, type Result } from '@medcode/domain';
import { owned } from '../syntax/shared-strings.ts';

/** Distinct inputs remembered per parser before it starts over (random input cannot grow it). */
const KEPT = 4096;
/** Slots of the in-place table (`at`): a power of two. */
const SLOTS = 1 << 10;

export interface RememberedParser<T> {
  (input: string): Result<T>;
  /**
   * The answer for `text.substring(from, to)`, found in place: a value read before is matched by
   * its characters in a direct-mapped table, so no string is built for it (codes are read from
   * segments for every claim; building each one and hashing it in a Map was the larger part of
   * looking it up, bench/x12.bench.ts).
   */
  at(text: string, from: number, to: number): Result<T>;
}

function remembered<T>(parse: (input: string) => Result<T>): RememberedParser<T> {
  const answers = new Map<string, Result<T>>();
  const call = (input: string): Result<T> => {
    const known = answers.get(input);
    if (known !== undefined) return known;
    const r = parse(input);
    // Only successes: a failure's message names the input, and failures are rare.
    if (r.ok) {
      if (answers.size >= KEPT) answers.clear();
      answers.set(input, r);
    }
    return r;
  };
  const keys: string[] = new Array<string>(SLOTS).fill('');
  const values: (Result<T> | undefined)[] = new Array<Result<T> | undefined>(SLOTS).fill(undefined);
  const at = (text: string, from: number, to: number): Result<T> => {
    const n = to - from;
    let h = n;
    for (let p = from; p < to; p++) h = (Math.imul(h, 31) + text.charCodeAt(p)) | 0;
    const slot = (h ^ (h >>> 11)) & (SLOTS - 1);
    const key = keys[slot]!;
    const known = values[slot];
    if (known !== undefined && key.length === n) {
      let k = 0;
      while (k < n && key.charCodeAt(k) === text.charCodeAt(from + k)) k++;
      if (k === n) return known;
    }
    const input = owned(text, from, to);
    const r = call(input);
    if (r.ok) {
      keys[slot] = input;
      values[slot] = r;
    }
    return r;
  };
  return Object.assign(call, { at });
}

export const hcpcsCode = remembered(parseHcpcs);
export const icd10CmCode = remembered(parseIcd10Cm);
export const modifierCode = remembered(parseModifier);
export const posCode = remembered(parsePos);
export const taxId = remembered(parseTaxId);
