import type { Claim, Icd10CmCode, IsoDate } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { fixtureClaim } from '../testing/fixture-claim.ts';
import { cms1500Pages, formDate, formName, money } from './fields.ts';
import { cms1500Unfit } from './render.ts';

describe('1500 form fields', () => {
  it('formats names, dates and money the way the NUCC manual asks', () => {
    expect(formName({ last: 'DOE', first: 'JANE', middle: 'QUINN', suffix: 'JR' })).toBe('DOE, JANE, Q JR');
    expect(formDate('2024-03-04')).toBe('03 04 24');
    expect(formDate('1961-04-12', 4)).toBe('04 12 1961');
    expect(money(123456)).toEqual({ dollars: '1,234', cents: '56' });
  });

  it('splits thirteen lines over three pages; only the last page carries the total', () => {
    const base = fixtureClaim(10);
    const claim: Claim = {
      ...base,
      lines: [...base.lines, ...base.lines.slice(0, 3)].map((l, i) => ({ ...l, lineNumber: i + 1 })),
    };
    const pages = cms1500Pages(claim);
    expect(pages.map((p) => p.lines.length)).toEqual([6, 6, 1]);
    // Item 28 is the claim's total charge (CLM02), $484.50 here.
    expect(pages.map((p) => p.boxes['28.dollars'])).toEqual(['CONTINUED', 'CONTINUED', '484']);
    expect(pages.map((p) => p.boxes.page)).toEqual(['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    expect(pages.every((p) => p.boxes['2'] === 'DOE, JANE, Q')).toBe(true);
  });

  it('maps the checks: program, sex, relationship, accident with its state, assignment, EIN', () => {
    const [page] = cms1500Pages({
      ...fixtureClaim(1),
      accidentState: 'IL',
      accidentDate: '2024-02-19' as IsoDate,
    });
    expect([...(page?.checks ?? [])].sort()).toEqual(
      [
        '1:group',
        '3:F',
        '6:self',
        '10a:no',
        '10b:yes',
        '10c:no',
        '11a:F',
        '11d:no',
        '25:ein',
        '27:yes',
      ].sort(),
    );
    expect(page?.boxes['10b.state']).toBe('IL');
    expect(page?.boxes['14']).toBe('02 20 24'); // the onset leads the accident date
  });

  it('writes diagnosis pointers as letters and the ICD indicator by revision', () => {
    const [page] = cms1500Pages(fixtureClaim(2));
    expect(page?.lines.map((l) => l.pointer)).toEqual(['ABC', 'B']);
    expect(page?.boxes['21.ind']).toBe('0');
    const nine = {
      ...fixtureClaim(1),
      diagnoses: [{ code: '4019' as Icd10CmCode, kind: 'principal' as const, codeSystem: 'icd9cm' as const }],
    };
    expect(cms1500Pages(nine)[0]?.boxes['21.ind']).toBe('9');
  });

  it('refuses institutional claims and more than twelve diagnoses', () => {
    expect(cms1500Unfit(fixtureClaim(1))).toBeUndefined();
    expect(cms1500Unfit({ ...fixtureClaim(1), kind: 'institutional' })).toMatch(/UB-04/);
    const many = Array.from({ length: 13 }, () => ({ code: 'I10' as Icd10CmCode, kind: 'other' as const }));
    expect(cms1500Unfit({ ...fixtureClaim(1), diagnoses: many })).toMatch(/12 diagnoses/);
  });
});
