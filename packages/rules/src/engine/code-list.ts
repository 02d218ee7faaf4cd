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
  const head = code.slice(0, p.lo.length);
  return head.length === p.lo.length && head >= p.lo && head <= p.hi;
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

/** Prefixes grouped by length in sets (one hash lookup per distinct length); ranges scanned. */
class Matcher {
  readonly #byLength: { length: number; set: Set<string> }[] = [];
  readonly #ranges: { lo: string; hi: string }[] = [];

  constructor(patterns: CodePattern[]) {
    const byLen = new Map<number, Set<string>>();
    for (const p of patterns) {
      if (p.kind === 'range') this.#ranges.push({ lo: p.lo, hi: p.hi });
      else {
        const set = byLen.get(p.prefix.length) ?? new Set<string>();
        byLen.set(p.prefix.length, set);
        set.add(p.prefix);
      }
    }
    for (const [length, set] of [...byLen].sort((a, b) => a[0] - b[0])) this.#byLength.push({ length, set });
  }

  test(code: string): boolean {
    for (const { length, set } of this.#byLength)
      if (code.length >= length && set.has(length === code.length ? code : code.slice(0, length)))
        return true;
    for (const { lo, hi } of this.#ranges) {
      const head = code.slice(0, lo.length);
      if (head.length === lo.length && head >= lo && head <= hi) return true;
    }
    return false;
  }
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
