/**
 * @module engine/code-list
 * Code lists as they are written in guidelines, tabular notes, NCCI and payer policies, compiled
 * once into a fast matcher:
 * - "Z00", "E11.2", "N18.-", "O24.4-": the code and everything below it (a note that names a
 *   category covers its subcategories and codes; the trailing dash means "additional characters
 *   are required", ICD-10-CM Guidelines FY2026 I.B.1);
 * - "E08-E13", "N18.1-N18.6", "70551-70553": an inclusive range, compared on the range's own
 *   length (so "N18.1-N18.6" covers N18.30 and N18.6);
 * - "!Z00.6": an exception ("Z00 ... Except: Z00.6", Guidelines I.C.21.c).
 * Dots and trailing dashes are ignored, case is folded: codes are matched in canonical form.
 */

export type CodePattern = { kind: 'prefix'; prefix: string } | { kind: 'range'; lo: string; hi: string };

const canon = (s: string): string => s.trim().toUpperCase().replace(/\./g, '').replace(/-+$/, '');

/** Parses one pattern; returns undefined when the text is not a code pattern. */
export function parseCodePattern(text: string): CodePattern | undefined {
  // A trailing "-" or ".-" says "and below" (E08.-, E00-E03.-): it changes nothing here.
  const t = text.trim().toUpperCase().replace(/\.?-$/, '');
  const dash = t.indexOf('-');
  if (dash > 0) {
    const lo = canon(t.slice(0, dash));
    const hi = canon(t.slice(dash + 1));
    if (!/^[A-Z0-9]{1,7}$/.test(lo) || !/^[A-Z0-9]{1,7}$/.test(hi)) return undefined;
    // "E08-E13.9": compare on the shorter length.
    const n = Math.min(lo.length, hi.length);
    return { kind: 'range', lo: lo.slice(0, n), hi: hi.slice(0, n) };
  }
  const p = canon(t);
  if (!/^[A-Z0-9]{1,7}$/.test(p)) return undefined;
  return { kind: 'prefix', prefix: p };
}

export const patternMatches = (p: CodePattern, code: string): boolean => {
  if (p.kind === 'prefix') return code.startsWith(p.prefix);
  return headWithin(code, p.lo, p.hi);
};

/** A compiled include/except list. */
export class CodeList {
  readonly source: readonly string[];
  readonly #include: Matcher;
  readonly #except: Matcher;

  constructor(source: readonly string[]) {
    this.source = source;
    const inc: CodePattern[] = [];
    const exc: CodePattern[] = [];
    for (const s of source) {
      const neg = s.trim().startsWith('!');
      const p = parseCodePattern(neg ? s.trim().slice(1) : s);
      if (p) (neg ? exc : inc).push(p);
    }
    this.#include = new Matcher(inc);
    this.#except = new Matcher(exc);
  }

  has(code: string): boolean {
    return this.#include.test(code) && !this.#except.test(code);
  }

  /** The first listed pattern that matches (for messages and evidence). */
  which(code: string): string | undefined {
    if (!this.has(code)) return undefined;
    for (const s of this.source) {
      if (s.trim().startsWith('!')) continue;
      const p = parseCodePattern(s);
      if (p && patternMatches(p, code)) return s;
    }
    return undefined;
  }

  toJSON(): readonly string[] {
    return this.source;
  }
}

/** A code character as a digit of bijective base 37: 0-9 → 1-10, A-Z → 11-36; -1 otherwise. */
function digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 47;
  if (c >= 65 && c <= 90) return c - 54;
  return -1;
}

/**
 * Prefixes held as numbers (each prefix read in bijective base 37, so prefixes of different
 * lengths never share a number) in one set, ranges compared in place. A test walks the code
 * once and allocates nothing: no substring is cut and hashed per prefix length, which mattered
 * on the scrubber's hot path, where each pair of diagnoses on a claim meets the notes of each.
 */
class Matcher {
  readonly #prefixes = new Set<number>();
  /** Bit n set when some prefix has n characters. */
  #lengths = 0;
  #longest = 0;
  readonly #ranges: { lo: string; hi: string }[] = [];

  constructor(patterns: CodePattern[]) {
    for (const p of patterns) {
      if (p.kind === 'range') {
        this.#ranges.push({ lo: p.lo, hi: p.hi });
        continue;
      }
      let v = 0;
      for (let k = 0; k < p.prefix.length; k++) v = v * 37 + digit(p.prefix.charCodeAt(k));
      this.#prefixes.add(v);
      this.#lengths |= 1 << p.prefix.length;
      this.#longest = Math.max(this.#longest, p.prefix.length);
    }
  }

  test(code: string): boolean {
    const n = Math.min(code.length, this.#longest);
    let v = 0;
    for (let k = 0; k < n; k++) {
      const d = digit(code.charCodeAt(k));
      if (d < 0) break;
      v = v * 37 + d;
      if ((this.#lengths >> (k + 1)) & 1 && this.#prefixes.has(v)) return true;
    }
    for (const { lo, hi } of this.#ranges) if (headWithin(code, lo, hi)) return true;
    return false;
  }
}

/** Whether the first `lo.length` characters of `code` fall between lo and hi (same length). */
function headWithin(code: string, lo: string, hi: string): boolean {
  const n = lo.length;
  if (code.length < n) return false;
  let low = 0;
  let high = 0;
  for (let k = 0; k < n && (low === 0 || high === 0); k++) {
    const c = code.charCodeAt(k);
    if (low === 0) low = c - lo.charCodeAt(k);
    if (high === 0) high = c - hi.charCodeAt(k);
  }
  return low >= 0 && high <= 0;
}

/** Code patterns cited in a note's text: "(E08.-)", "(N18.1-N18.6)", "(I10-I1A)", "Z79.4". */
export function patternsInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    for (const part of m[1]!.split(/,\s*|\s+and\s+|\s+or\s+/)) {
      const t = part.trim();
      if (/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z-]{0,4})?(-[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{0,4})?-?)?$/i.test(t))
        out.push(t.toUpperCase());
    }
  }
  return out;
}
