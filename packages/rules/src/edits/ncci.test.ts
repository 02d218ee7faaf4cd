import { describe, expect, it } from 'vitest';
import { VALID_NPI } from '../test-support/claims.ts';
import { GOLDEN_IMPLS, golden, run } from '../test-support/golden.ts';
import { ptpBypass } from './ncci-ptp.ts';

// PTP pairs (derived list, see its PROVENANCE): 43239/43235 indicator 0, 45385/45380 indicator 1,
// 80053/80048 indicator 0. MUE practitioner 2026-04-01: 99213 2 MAI 3, 17000 1 MAI 2,
// 17003 13 MAI 2, A0425 250 MAI 1. AOC 2026Q2: 17003 type 1 (primary 17000), 0984T type 3.
describe.each(GOLDEN_IMPLS)('edit 4: NCCI procedure-to-procedure [%s]', (_impl, tables) => {
  it.each<[string, Parameters<typeof golden>[0], string[]]>([
    ['an indicator 0 pair', { lines: [{ code: '43239' }, { code: '43235' }] }, ['NP001@2']],
    [
      'an indicator 0 pair with 59: still not payable',
      { lines: [{ code: '80053' }, { code: '80048', modifiers: ['59'] }] },
      ['NP001@2'],
    ],
    [
      'an indicator 1 pair without a modifier',
      { lines: [{ code: '45385' }, { code: '45380' }] },
      ['NP002@2'],
    ],
    [
      'an indicator 1 pair with XS on column 2',
      { lines: [{ code: '45385' }, { code: '45380', modifiers: ['XS'] }] },
      ['NP003@2'],
    ],
    ['the column 2 code listed first', { lines: [{ code: '45380' }, { code: '45385' }] }, ['NP002@1']],
    [
      '25 on a non-E/M code does not bypass',
      { lines: [{ code: '45385' }, { code: '45380', modifiers: ['25'] }] },
      ['NP002@2'],
    ],
    [
      '25 on the E/M code bypasses',
      { lines: [{ code: '99214' }, { code: '99213', modifiers: ['25'] }] },
      ['NP003@2'],
    ],
    [
      'different sides bypass',
      {
        lines: [
          { code: '45385', modifiers: ['RT'] },
          { code: '45380', modifiers: ['LT'] },
        ],
      },
      ['NP003@2'],
    ],
    [
      'the same side does not',
      {
        lines: [
          { code: '45385', modifiers: ['RT'] },
          { code: '45380', modifiers: ['RT'] },
        ],
      },
      ['NP002@2'],
    ],
    ['different dates', { lines: [{ code: '45385' }, { code: '45380', date: '2026-03-03' }] }, []],
    [
      'different rendering providers',
      {
        lines: [
          { code: '45385', rendering: VALID_NPI },
          { code: '45380', rendering: '1245319599' },
        ],
      },
      [],
    ],
  ])('%s', (_name, input, expected) => {
    expect(golden(input, ['NP'], { tables })).toEqual(expected);
  });

  it('cites the pair row and the policy, with CARC 236', () => {
    const f = run({ lines: [{ code: '43239' }, { code: '43235' }] }, { tables }).findings.find(
      (x) => x.code === 'NP001',
    )!;
    expect(f.carc).toEqual({ group: 'CO', reason: '236' });
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        row: expect.objectContaining({ column1: '43239', column2: '43235', modifierIndicator: 0 }),
      }),
    );
  });

  it('ptpBypass follows the NCCI-associated modifier list', () => {
    const l = (code: string, ...modifiers: string[]) => ({ code, modifiers: modifiers as never[] });
    expect(ptpBypass(l('45385'), l('45380', 'XU'))?.modifier).toBe('XU');
    expect(ptpBypass(l('45385', '59'), l('45380'))?.modifier).toBe('59');
    expect(ptpBypass(l('45385'), l('45380', 'GA'))).toBeUndefined();
    expect(ptpBypass(l('80053'), l('80048', '91'))?.modifier).toBe('91');
    expect(ptpBypass(l('45385'), l('45380', '91'))).toBeUndefined();
    expect(ptpBypass(l('45385', 'F1'), l('45380', 'F2'))?.reason).toContain('different anatomic sites');
  });

  it('an E/M paired with a procedure is bypassed only by 24, 25 or 57 on the E/M line', () => {
    const l = (code: string, ...modifiers: string[]) => ({ code, modifiers: modifiers as never[] });
    // 20610 (arthrocentesis) / 99213: a knee injection on the day of an office visit.
    expect(ptpBypass(l('20610', 'LT'), l('99213'))).toBeUndefined();
    expect(ptpBypass(l('20610'), l('99213', '59'))).toBeUndefined();
    expect(ptpBypass(l('20610'), l('99213', 'XU'))).toBeUndefined();
    expect(ptpBypass(l('20610', 'LT'), l('99213', '25'))).toEqual({
      modifier: '25',
      reason: '25 on the E/M code 99213',
    });
    expect(ptpBypass(l('20610', '25'), l('99213'))).toBeUndefined();
  });
});

describe.each(GOLDEN_IMPLS)('edit 5: NCCI MUE and add-on codes [%s]', (_impl, tables) => {
  it.each<[string, Parameters<typeof golden>[0], string[]]>([
    ['3 units of 99213 (MUE 2, MAI 3)', { lines: [{ code: '99213', units: 3 }] }, ['NM003@1']],
    ['2 units of 99213', { lines: [{ code: '99213', units: 2 }] }, []],
    // 17000 MUE 1 MAI 2: units are summed over the lines of the date.
    [
      '17000 on two lines of one date',
      {
        lines: [
          { code: '17000', charge: 90 },
          { code: '17000', charge: 91 },
        ],
      },
      ['NM002@1'],
    ],
    ['17000 on two dates', { lines: [{ code: '17000' }, { code: '17000', date: '2026-03-03' }] }, []],
    // A0425 MUE 250, MAI 1: per line; two lines of 200 are within it.
    ['300 miles on one line (MAI 1)', { lines: [{ code: 'A0425', units: 300 }] }, ['NM001@1']],
    [
      'two lines of 200 miles (MAI 1)',
      {
        lines: [
          { code: 'A0425', units: 200, charge: 1 },
          { code: 'A0425', units: 200, charge: 2 },
        ],
      },
      [],
    ],
    ['17003 without 17000', { lines: [{ code: '17003', units: 3 }] }, ['NM004@1']],
    ['17003 with 17000', { lines: [{ code: '17000' }, { code: '17003', units: 3 }] }, []],
    [
      '17003 with 17000 on another date',
      { lines: [{ code: '17000', date: '2026-03-01' }, { code: '17003' }] },
      ['NM004@2'],
    ],
    ['0984T (type 3) without a listed primary', { lines: [{ code: '0984T' }] }, ['NM005@1']],
  ])('%s', (_name, input, expected) => {
    expect(golden(input, ['NM'], { tables })).toEqual(expected);
  });

  it('says which lines add up and which MAI applies', () => {
    const f = run(
      {
        lines: [
          { code: '17000', charge: 90 },
          { code: '17000', charge: 91 },
        ],
      },
      { tables },
    ).findings.find((x) => x.code === 'NM002')!;
    expect(f.message).toContain('2 units of 17000 on 2026-03-02 (lines 1, 2)');
    expect(f.message).toContain('MAI 2');
    expect(f.rarc).toEqual(['N362']);
  });
});
