// Multiple procedure rules on hand-made units: ranking, percentages by indicator, ties, the
// endoscopy family rule, and what takes no part.
import type { Cents } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { multipleProcedure, type ProcedureUnit } from './multiple-procedure.ts';

const u = (
  line: number,
  code: string,
  fee: number,
  indicator: string,
  endo?: [string, number],
): ProcedureUnit => ({
  line,
  code,
  fee: fee as Cents,
  indicator,
  ...(endo ? { endoBase: endo[0], endoBaseFee: endo[1] as Cents } : {}),
});
const fees = (units: ProcedureUnit[]) =>
  Object.fromEntries(multipleProcedure(units).map((r) => [`${r.unit.line}`, [r.fee, r.percent]]));

describe('multipleProcedure', () => {
  it('indicator 2: 100% for the highest, 50% for every other, ranked by fee not by line', () => {
    expect(
      fees([u(0, 'A', 5000, '2'), u(1, 'B', 9000, '2'), u(2, 'C', 7000, '2'), u(3, 'D', 3001, '2')]),
    ).toEqual({
      1: [9000, 100],
      2: [3500, 50],
      0: [2500, 50],
      3: [1501, 50], // 1500.5 rounds half up
    });
  });

  it('indicator 1: 100, 50, 25, 25, 25 and 25 beyond', () => {
    const r = fees([1, 2, 3, 4, 5, 6].map((k) => u(k, `P${k}`, 10000 - k, '1')));
    expect(Object.values(r).map((x) => x[1])).toEqual([100, 50, 25, 25, 25, 25]);
  });

  it('equal fees keep claim order', () => {
    expect(fees([u(0, 'A', 4000, '2'), u(1, 'B', 4000, '2')])).toEqual({ 0: [4000, 100], 1: [2000, 50] });
  });

  it('a single ranked procedure is paid in full; indicators 0 and 9 take no part', () => {
    expect(fees([u(0, 'A', 4000, '2'), u(1, 'E', 9000, '0'), u(2, 'L', 1000, '9')])).toEqual({
      0: [4000, 100],
      1: [9000, 100],
      2: [1000, 100],
    });
  });

  it('indicator 3: the endoscopy family pays its highest in full and the others less the base, then ranks as one', () => {
    const base = 3000;
    const r = multipleProcedure([
      u(0, 'E1', 8000, '3', ['E0', base]),
      u(1, 'E2', 6000, '3', ['E0', base]),
      u(2, 'S', 20000, '2'),
    ]);
    const by = Object.fromEntries(r.map((x) => [x.unit.code, x]));
    // The family (8000 + 3000) ranks second behind S (20000): 50% of each member.
    expect(by.S!.fee).toBe(20000);
    expect(by.E1!.fee).toBe(4000);
    expect(by.E2!.fee).toBe(1500);
    expect(by.E2!.note).toMatch(/less the base/);
  });

  it('indicator 3: the base endoscopy billed with its family is not paid separately', () => {
    const r = multipleProcedure([u(0, 'E1', 8000, '3', ['E0', 3000]), u(1, 'E0', 3000, '3', ['E0', 3000])]);
    expect(r.find((x) => x.unit.code === 'E0')!.fee).toBe(0);
    expect(r.find((x) => x.unit.code === 'E1')!.fee).toBe(8000);
  });

  it('indicators 4-7 are priced in full and say the family reduction was not applied', () => {
    const [r] = multipleProcedure([u(0, 'I', 5000, '4')]);
    expect(r!.fee).toBe(5000);
    expect(r!.note).toMatch(/not applied/);
  });
});
