import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CodePattern, CodeList, parseCodePattern } from './code-list.ts';

/** The plain reading of a pattern, by substrings: the reference the matcher must agree with. */
const reference = (p: CodePattern, code: string): boolean => {
  if (p.kind === 'prefix') return code.startsWith(p.prefix);
  const head = code.slice(0, p.lo.length);
  return head.length === p.lo.length && head >= p.lo && head <= p.hi;
};

describe('CodeList', () => {
  it('reads prefixes, ranges, trailing dashes and exceptions as the guidelines write them', () => {
    const l = new CodeList(['E08-E13', 'N18.-', 'I10', '!Z00.6', 'Z00', 'N18.1-N18.6']);
    expect(l.has('E1165')).toBe(true);
    expect(l.has('E14')).toBe(false);
    expect(l.has('N189')).toBe(true);
    expect(l.has('I10')).toBe(true);
    expect(l.has('I1')).toBe(false);
    expect(l.has('Z0000')).toBe(true);
    expect(l.has('Z006')).toBe(false);
    expect(l.which('N1830')).toBe('N18.-');
  });

  it('answers as the patterns do, one by one, for any list and any code', () => {
    const char = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    const code = (min: number, max: number) =>
      fc.array(char, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
    const pattern = fc.oneof(
      code(1, 7),
      fc.tuple(code(1, 5), code(1, 5)).map(([a, b]) => (a <= b ? `${a}-${b}` : `${b}-${a}`)),
    );
    fc.assert(
      fc.property(
        fc.array(pattern, { maxLength: 12 }),
        fc.array(code(0, 8), { maxLength: 20 }),
        (ps, codes) => {
          const list = new CodeList(ps);
          const parsed = ps.map((p) => parseCodePattern(p)).filter((p) => p !== undefined);
          for (const c of codes) expect(list.has(c)).toBe(parsed.some((p) => reference(p, c)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
