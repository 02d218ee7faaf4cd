import { type HcpcsCode, type Icd10CmCode, MedcodeError } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import {
  fixtureManifest,
  installedStore,
  installFixtures,
  putXlsx,
  runLoader,
  scratchDir,
} from '../test-support.ts';
import { ncdLoader } from './ncd-loader.ts';
import { NCD_DATASET, ncdFor, ncdList, ncdResolution } from './ncd-read.ts';

const hcpcs = (c: string) => c as HcpcsCode;
const icd = (c: string) => c as Icd10CmCode;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// The CMS lab NCD spreadsheet layout: title and legend rows, a two-row header, then one row per
// NCD and ICD-10-CM code; description and CPT codes only in an NCD's first rows; NCD numbers as
// numbers (190.3 is 190.30) or text (190.20A).
const ROWS: (string | number | Date | null)[][] = [
  [null, null, null, 'MEDICARE NATIONAL COVERAGE DETERMINATIONS'],
  [null, null, 'Legend', null, null, null, 'Resolution Code Definitions '],
  [
    'Red in this spreadsheet indicates an January 2026 change.',
    null,
    null,
    null,
    null,
    '     1 - ICD-10-CM codes covered by Medicare.',
  ],
  [null, null, null, null, null, '     2 - ICD-10-CM codes denied. '],
  [null, null, null, null, null, '     3 - ICD-10-CM codes that do not support medical necessity.'],
  [
    'NCD ',
    'NCD',
    'CPT/HCPCS ',
    'CPT/HCPCS',
    'CPT/HCPCS',
    'ICD-10',
    'ICD-10 EFF',
    'ICD-10 TERM',
    'RESOLUTION',
  ],
  ['Number', 'DESCRIPTION', 'CODES', 'EFF DATE', 'TERM DATE', 'CODE', ' DATE', 'DATE', 'CODE 1/'],
  [190.12, 'Urine Culture, Bacterial', 87086, null, null, 'A021', day('2015-10-01'), null, 1],
  [190.12, null, 87088, null, null, 'N390', day('2015-10-01'), null, 1],
  [190.12, null, null, null, null, '@@@@@@@', day('2015-10-01'), null, 3],
  ['190.20A', 'Blood Glucose Testing', 82948, null, null, 'E1165', day('2015-10-01'), null, 1],
  ['190.20A', null, null, null, null, '@@@@@@@', day('2015-10-01'), null, 3],
  [
    190.3,
    'Tumor Antigen by Immunoassay CA 19-9',
    86301,
    day('2004-01-01'),
    null,
    'C250',
    day('2015-10-01'),
    null,
    1,
  ],
  [190.3, null, null, null, null, 'Z1211', day('2015-10-01'), day('2025-09-30'), 2],
  [190.3, null, null, null, null, '@@@@@@@', day('2015-10-01'), null, 3],
];

async function fixtureStore() {
  const dir = scratchDir();
  const file = await putXlsx(dir, 'lab-ncd-fixture.xlsx', 'sheet1', ROWS);
  return installFixtures(dir, [
    fixtureManifest(NCD_DATASET, 'ncd-lab', [
      { id: 'ncd-fixture', version: '2026 Q1', effectiveFrom: '2026-01-01', files: [file] },
    ]),
  ]);
}

describe('lab NCD loader on a hand-made sheet in the CMS layout', () => {
  it('knows which NCDs govern a test code, and when', async () => {
    const store = await fixtureStore();
    expect(ncdList(store)).toEqual([
      { ncd: '190.12', description: 'Urine Culture, Bacterial' },
      { ncd: '190.20A', description: 'Blood Glucose Testing' },
      { ncd: '190.30', description: 'Tumor Antigen by Immunoassay CA 19-9' },
    ]);
    expect(ncdFor(store, hcpcs('87088'), '2026-02-01')).toMatchObject([
      {
        ncd: '190.12',
        description: 'Urine Culture, Bacterial',
        evidence: { line: 9, file: 'lab-ncd-fixture.xlsx' },
      },
    ]);
    expect(ncdFor(store, hcpcs('86301'), '2026-02-01')[0]).toMatchObject({
      ncd: '190.30',
      effective: '2004-01-01',
    });
    expect(ncdFor(store, hcpcs('86301'), '2003-12-31')).toEqual([]);
    expect(ncdFor(store, hcpcs('80053'), '2026-02-01')).toEqual([]);
    store.close();
  });

  it('resolves a diagnosis: listed codes by their row, others by the @@@@@@@ row', async () => {
    const store = await fixtureStore();
    expect(ncdResolution(store, '190.12', icd('N390'), '2026-02-01')).toMatchObject({
      resolution: 1,
      meaning: 'covered',
      matched: 'code',
      evidence: { line: 9, row: { 'ICD-10 CODE': 'N390', 'RESOLUTION CODE': 1 } },
    });
    expect(ncdResolution(store, '190.12', icd('R509'), '2026-02-01')).toMatchObject({
      resolution: 3,
      meaning: 'not medically necessary',
      matched: 'all other codes',
    });
    // Z1211 was denied under 190.30 until 2025-09-30; after that it falls to "all other codes".
    expect(ncdResolution(store, '190.30', icd('Z1211'), '2025-09-30')).toMatchObject({
      resolution: 2,
      terminated: '2025-09-30',
    });
    expect(ncdResolution(store, '190.30', icd('Z1211'), '2025-10-01')).toMatchObject({
      resolution: 3,
      matched: 'all other codes',
    });
    expect(ncdResolution(store, '190.20A', icd('E1165'))?.resolution).toBe(1);
    expect(ncdResolution(store, '190.99', icd('E1165'), '2026-02-01')).toBeUndefined();
    store.close();
  });

  it.each([
    ['an ICD-10-CM code that is not one', '11E65', 'ICD-10 CODE', /not an ICD-10-CM code/],
    ['a resolution outside 1-3', 4, 'RESOLUTION CODE', /resolution must be 1, 2 or 3/],
    ['an NCD number that is not one', 'NCD 12', 'NCD Number', /not an NCD number/],
  ])('refuses %s, naming the file, sheet and row', async (_what, value, field, message) => {
    const dir = scratchDir();
    const column = { 'ICD-10 CODE': 5, 'RESOLUTION CODE': 8, 'NCD Number': 0 }[field] ?? 0;
    const rows = ROWS.map((r, i) => (i === 8 ? r.map((c, j) => (j === column ? value : c)) : r));
    const file = await putXlsx(dir, 'ncd-bad.xlsx', 'sheet1', rows);
    const err = await runLoader(ncdLoader, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MedcodeError);
    expect((err as MedcodeError).place).toMatchObject({
      file: 'ncd-bad.xlsx',
      sheet: 'sheet1',
      row: 9,
      field,
    });
    expect((err as MedcodeError).message).toMatch(message);
  });
});

describe('lab NCDs installed from the January 2026 spreadsheet', () => {
  const store = installedStore();

  it('has 66,278 code rows in 26 NCDs, resolutions 1/2/3 = 37211/6370/22697', () => {
    const db = store.db(store.releaseOn(NCD_DATASET, '2026-02-01')!.release.id);
    expect((db.prepare('SELECT count(*) AS n FROM ncd_icd').get() as { n: number }).n).toBe(66_278);
    expect(ncdList(store)).toHaveLength(26);
    expect(ncdList(store).map((n) => n.ncd)).toContain('190.30');
    expect(
      db
        .prepare('SELECT resolution, count(*) AS n FROM ncd_icd GROUP BY resolution ORDER BY resolution')
        .all(),
    ).toEqual([
      { resolution: 1, n: 37_211 },
      { resolution: 2, n: 6_370 },
      { resolution: 3, n: 22_697 },
    ]);
  });

  it('known rows: 85025 is under 190.15 (row 2700); A021 covered for 190.12 (row 8); Z408 under 190.31', () => {
    expect(ncdFor(store, hcpcs('85025'), '2026-02-01')).toMatchObject([
      { ncd: '190.15', description: 'Blood Counts', allOtherCodes: 1, evidence: { line: 2700 } },
    ]);
    expect(ncdResolution(store, '190.12', icd('A021'), '2026-02-01')).toMatchObject({
      resolution: 1,
      evidence: { line: 8 },
    });
    // Row 60000: 190.31, Z408, 2015-10-01 to 2025-09-30, resolution 2; then the NCD's @@@@@@@ row (3).
    expect(ncdResolution(store, '190.31', icd('Z408'), '2024-02-01')).toMatchObject({
      resolution: 2,
      evidence: { line: 60000 },
    });
    expect(ncdResolution(store, '190.31', icd('Z408'), '2026-02-01')).toMatchObject({
      resolution: 3,
      matched: 'all other codes',
    });
    // 190.15 (blood counts) lists the codes it does not cover; every other code is covered.
    expect(ncdResolution(store, '190.15', icd('D649'), '2026-02-01')?.resolution).toBe(1);
  });
});
