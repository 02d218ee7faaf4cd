import { type HcpcsCode, MedcodeError } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import {
  fixtureManifest,
  installedStore,
  installFixtures,
  putXlsx,
  runLoader,
  scratchDir,
} from '../test-support.ts';
import { aocLoader } from './aoc-loader.ts';
import { AOC_DATASET, addOnEdits } from './aoc-read.ts';

const code = (c: string) => c as HcpcsCode;
const HEADER = [
  'AOC_Edit_Type',
  'Add-On_Code',
  'AOC_DelDT',
  'Primary_Code',
  'Primary_Code_DelDT',
  'AOC_Edit_EffDT',
  'AOC_Edit_DelDT',
  'Special_Instruction_Notes',
];
// Rows in the CMS AOC layout (dates CCYYDDD), as the AOC_V2026Q2-MCR.xlsx sheet writes them.
const ROWS: (string | null)[][] = [
  ['Current Procedural Terminology (CPT) codes ... copyright 2025 American Medical Association.'],
  HEADER,
  ['2', '0054T', null, 'CCCCC', null, '2013091', null, 'Contractor Defined Primary Codes'],
  ['1', '11045', null, '11042', null, '2011001', null],
  ['1', '22614', null, '22600', null, '2013001', null],
  ['1', '22614', null, '22610', null, '2013001', null],
  ['1', '22614', null, '22612', null, '2013001', '2019365'],
  ['1', '0079T', '2013365', '0078T', '2013365', '2013091', '2013365'],
  ['3', '99292', null, '99291', null, '2013091', null],
  ['3', '99292', null, 'CCCCC', null, '2013091', null, 'Contractor Defined Primary Codes'],
];

async function fixtureStore(rows = ROWS) {
  const dir = scratchDir();
  const file = await putXlsx(dir, 'AOC_V2026Q2-fixture.xlsx', 'AOC_V2026Q2-MCR_xlsx', rows);
  return installFixtures(dir, [
    fixtureManifest(AOC_DATASET, 'ncci-aoc', [
      {
        id: 'aoc-fixture',
        version: '2026 Q2',
        effectiveFrom: '2026-04-01',
        effectiveTo: '2026-06-30',
        files: [file],
      },
    ]),
  ]);
}

describe('add-on code edits on a hand-made sheet in the CMS layout', () => {
  it('lists the primaries in force, with CMS dates turned into days', async () => {
    const store = await fixtureStore();
    const e = addOnEdits(store, code('22614'), '2026-05-01');
    expect(e).toMatchObject({ type: 1, contractorDefined: false });
    expect(e?.primaries.map((p) => p.code)).toEqual(['22600', '22610']);
    // 2019365 = 2019-12-31, the last day the 22612 pairing was in force.
    expect(addOnEdits(store, code('22614'), '2019-12-31')?.primaries.map((p) => p.code)).toEqual([
      '22600',
      '22610',
      '22612',
    ]);
    const p = addOnEdits(store, code('11045'), '2026-05-01')?.primaries[0];
    expect(p).toMatchObject({ code: '11042', effective: '2011-01-01' });
    expect(p?.evidence).toMatchObject({
      table: 'ncci-aoc',
      file: 'AOC_V2026Q2-fixture.xlsx',
      line: 4,
      row: { 'Add-On_Code': '11045', Primary_Code: '11042', AOC_Edit_EffDT: '2011001' },
    });
    store.close();
  });

  it('type 2 and "CCCCC" rows are contractor defined; deleted add-ons are not add-ons then', async () => {
    const store = await fixtureStore();
    expect(addOnEdits(store, code('0054T'), '2026-05-01')).toMatchObject({
      type: 2,
      contractorDefined: true,
      primaries: [],
    });
    const t3 = addOnEdits(store, code('99292'), '2026-05-01');
    expect(t3).toMatchObject({ type: 3, contractorDefined: true });
    expect(t3?.primaries.map((x) => x.code)).toEqual(['99291']);
    expect(t3?.evidence).toHaveLength(2);
    expect(addOnEdits(store, code('0079T'), '2013-06-01')).toMatchObject({ addOnDeleted: '2013-12-31' });
    expect(addOnEdits(store, code('0079T'), '2014-01-01')).toBeUndefined();
    expect(addOnEdits(store, code('11042'), '2026-05-01')).toBeUndefined();
    store.close();
  });

  it.each([
    [
      'a date that is not CCYYDDD',
      ['1', '11045', null, '11042', null, '2011400', null],
      /row 4, field AOC_Edit_EffDT: not a CMS CCYYDDD date/,
    ],
    [
      'an edit type outside 1-3',
      ['4', '11045', null, '11042', null, '2011001', null],
      /row 4, field AOC_Edit_Type/,
    ],
    [
      'a primary code that is not CPT/HCPCS',
      ['1', '11045', null, '1104', null, '2011001', null],
      /row 4, field Primary_Code/,
    ],
  ])('refuses %s, naming the file, sheet and row', async (_what, row, message) => {
    const dir = scratchDir();
    const rows = ROWS.map((r, i) => (i === 3 ? row : r));
    const file = await putXlsx(dir, 'aoc-bad.xlsx', 'AOC', rows);
    const err = await runLoader(aocLoader, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MedcodeError);
    expect((err as MedcodeError).place).toMatchObject({ file: 'aoc-bad.xlsx', sheet: 'AOC', row: 4 });
    expect((err as MedcodeError).message).toMatch(message);
  });
});

describe('add-on code edits installed from AOC_V2026Q2-MCR.xlsx', () => {
  const store = installedStore();

  it('has 9,000 rows, 830 add-on codes, types 1/2/3 = 8293/47/660', () => {
    const db = store.db(store.releaseOn(AOC_DATASET, '2026-04-01')!.release.id);
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(one('SELECT count(*) AS n FROM aoc')).toBe(9000);
    expect(one('SELECT count(DISTINCT addon) AS n FROM aoc')).toBe(830);
    expect(db.prepare('SELECT type, count(*) AS n FROM aoc GROUP BY type ORDER BY type').all()).toEqual([
      { type: 1, n: 8293 },
      { type: 2, n: 47 },
      { type: 3, n: 660 },
    ]);
    expect(one('SELECT count(*) AS n FROM aoc WHERE deleted IS NULL')).toBe(7740);
  });

  it('known rows: 0071U needs 0070U (row 5); 0054T is contractor defined (row 3)', () => {
    const e = addOnEdits(store, code('0071U'), '2026-05-01');
    expect(e).toMatchObject({ type: 1, contractorDefined: false });
    expect(e?.primaries[0]).toMatchObject({ code: '0070U', effective: '2018-10-01', evidence: { line: 5 } });
    expect(addOnEdits(store, code('0054T'), '2026-05-01')).toMatchObject({
      type: 2,
      contractorDefined: true,
      evidence: [{ line: 3, row: { Special_Instruction_Notes: 'Contractor Defined Primary Codes' } }],
    });
    // U0005 (rows 9001-9002): add-on deleted 2023181 = 2023-06-30.
    expect(addOnEdits(store, code('U0005'), '2023-06-30')?.primaries.map((p) => p.code)).toEqual([
      'U0003',
      'U0004',
    ]);
    expect(addOnEdits(store, code('U0005'), '2023-07-01')).toBeUndefined();
  });
});
