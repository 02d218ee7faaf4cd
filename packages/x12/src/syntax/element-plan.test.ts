import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../dictionary/segments.ts';
import { checkElements, checkElementsFully, type ElementIssue } from './element-check.ts';
import { elementsClean, planOf } from './element-plan.ts';
import { Tokenizer } from './tokenizer.ts';

const ISA =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';

/** Values near the edges of the element rules: lengths, signs, points, dates, times, delimiters. */
const value = fc.oneof(
  fc.constantFrom('', 'A', 'AB', 'ABC', '1', '12', '-1', '1.5', '-.5', '.', '1..2', '1-2', '1.00', '00'),
  fc.constantFrom(
    '20240229',
    '20230229',
    '20241301',
    '240101',
    '20240100',
    '1200',
    '2460',
    '123456',
    '1234567',
  ),
  fc.constantFrom(
    'D8',
    'RD8',
    'DT',
    'TM',
    '20240101-20240102',
    '202401011200',
    'HC:99213',
    'ABK:I10',
    'A:B:C',
  ),
  fc.constantFrom('A^B', 'x\ty', 'caf\u00e9', 'HC:99213:25:::::X:Y', '1:2:3:4:5', ':::'),
  fc.stringMatching(/^[0-9A-Z.:-]{0,20}$/),
);
const segment = fc.tuple(
  fc.constantFrom(...Object.keys(SEGMENTS).filter((t) => !['GS', 'GE', 'ST', 'SE', 'IEA'].includes(t))),
  fc.array(value, { maxLength: 24 }),
);

/** Both checkers on every segment of an interchange holding `segments`. */
function both(
  segments: [string, string[]][],
): { fast: ElementIssue[]; full: ElementIssue[]; clean: number }[] {
  const text = `${ISA}${segments.map(([tag, els]) => [tag, ...els].join('*')).join('~')}~`;
  const out: { fast: ElementIssue[]; full: ElementIssue[]; clean: number }[] = [];
  const t = new Tokenizer({
    segment: (v) => {
      if (v.tag === 'ISA') return;
      const fast: ElementIssue[] = [];
      const full: ElementIssue[] = [];
      checkElements(v, fast);
      checkElementsFully(v, full);
      const plan = planOf(v.tagNo, v.tag);
      out.push({ fast, full, clean: plan !== null && elementsClean(v, plan) ? 1 : 0 });
    },
    problem: () => {},
  });
  t.push(Buffer.from(text, 'utf8'));
  t.end();
  return out;
}

describe('compiled element plans', () => {
  it('find the same issues as the full checker, on segments near every rule edge', () => {
    let clean = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 10 }), (segments) => {
        for (const r of both(segments)) {
          expect(r.fast).toEqual(r.full);
          // A segment called clean has nothing to report, qualified dates included.
          if (r.clean === 1) expect(r.full).toEqual([]);
          clean += r.clean;
          total++;
        }
      }),
      { numRuns: 600, seed: 17 },
    );
    // The generator reaches both answers often enough for the property to mean something.
    expect(clean).toBeGreaterThan(total / 50);
    expect(clean).toBeLessThan(total);
  });

  it('call well-formed claim segments clean', () => {
    const r = both([
      ['CLM', ['PCN1', '490.41', '', '', '11:B:1', 'Y', 'A', 'Y', 'Y']],
      ['SV1', ['HC:99213:25', '100', 'UN', '1', '', '', '1:2']],
      ['DTP', ['472', 'D8', '20240229']],
      ['HI', ['ABK:I10', 'ABF:E119']],
    ]);
    expect(r.map((x) => x.clean)).toEqual([1, 1, 1, 1]);
    expect(both([['DTP', ['472', 'D8', '20230229']]])[0]!.fast[0]?.code).toBe('x12.element.invalid-date');
    expect(both([['DTP', ['472', 'RD8', '20240101-20240230']]])[0]!.clean).toBe(0);
    expect(both([['DTP', ['472', 'RD8', '20240101-20240131']]])[0]!.clean).toBe(1);
    expect(both([['DTP', ['096', 'TM', '2460']]])[0]!.fast[0]?.code).toBe('x12.element.invalid-time');
  });
});
