import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HcpcsCode, MedcodeError } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import {
  fixtureManifest,
  installedStore,
  installFixtures,
  put,
  runLoader,
  scratchDir,
} from '../test-support.ts';
import { mueLoader } from './mue-loader.ts';
import { MUE_DATASETS, mue } from './mue-read.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'mue-practitioner.fixture.csv');
const code = (c: string) => c as HcpcsCode;

describe('MUE loader on a hand-made table in the CMS layout', () => {
  it('skips the AMA notice, finds the header and reads every row with its line', async () => {
    const dir = scratchDir();
    const file = put(dir, 'MCR_MUE_PractitionerServices_fixture.csv', readFileSync(FIXTURE));
    const store = await installFixtures(dir, [
      fixtureManifest(MUE_DATASETS.practitioner, 'ncci-mue', [
        {
          id: 'mue-pra-fixture',
          version: '2026 Q2',
          effectiveFrom: '2026-04-01',
          effectiveTo: '2026-06-30',
          files: [file],
        },
      ]),
    ]);
    const e = mue(store, code('20610'), 'practitioner', '2026-05-01');
    expect(e).toMatchObject({
      value: 2,
      mai: 1,
      per: 'line',
      appealable: false,
      rationale: 'Anatomic Consideration',
    });
    expect(e?.evidence).toMatchObject({
      table: 'ncci-mue-practitioner',
      release: 'mue-pra-fixture',
      covers: true,
      file: 'MCR_MUE_PractitionerServices_fixture.csv',
      line: 10,
    });
    expect(e?.evidence.row['Practitioner Services MUE Values']).toBe(2);
    expect(mue(store, code('99213'), 'practitioner', '2026-05-01')).toMatchObject({
      mai: 3,
      per: 'date',
      appealable: true,
    });
    expect(mue(store, code('0001U'), 'practitioner', '2026-05-01')).toMatchObject({
      mai: 2,
      appealable: false,
    });
    expect(mue(store, code('99214'), 'practitioner', '2026-05-01')).toBeUndefined();
    // Another setting's table is not installed: no answer rather than the practitioner's.
    expect(mue(store, code('20610'), 'dme', '2026-05-01')).toBeUndefined();
    // Outside the quarter the nearest release answers, and says it does not cover the date.
    expect(mue(store, code('20610'), 'practitioner', '2026-09-01')?.evidence.covers).toBe(false);
    store.close();
  });

  it.each([
    ['a code that is not CPT/HCPCS', '2061,2,1 Line Edit,x', /line 8.*not a CPT\/HCPCS code/],
    [
      'a unit value that is not a whole number',
      '20610,two,1 Line Edit,x',
      /line 8.*MUE value is not a whole number/,
    ],
    ['an indicator outside 1-3', '20610,2,4 Something,x', /line 8.*must start with 1, 2 or 3/],
  ])('refuses %s, naming the file and line', async (_what, row, message) => {
    const dir = scratchDir();
    const text = readFileSync(FIXTURE, 'utf8').replace(
      '0001U,1,2 Date of Service Edit: Policy,Code Descriptor / CPT Instruction',
      row,
    );
    const file = put(dir, 'MCR_MUE_bad.csv', text);
    const err = await runLoader(mueLoader, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MedcodeError);
    expect((err as MedcodeError).place).toMatchObject({ file: 'MCR_MUE_bad.csv', line: 8 });
    expect((err as MedcodeError).message).toMatch(message);
  });

  it('refuses a code listed twice and a file without the MUE header', async () => {
    const dir = scratchDir();
    const twice = put(dir, 'twice.csv', `${readFileSync(FIXTURE, 'utf8')}20610,3,1 Line Edit,x\n`);
    await expect(runLoader(mueLoader, [twice])).rejects.toThrow(
      /twice\.csv, line 13: 20610 is listed twice \(first on line 10\)/,
    );
    const headless = put(dir, 'headless.csv', '20610,2,1 Line Edit,x\n');
    await expect(runLoader(mueLoader, [headless])).rejects.toThrow(
      /headless\.csv: no "HCPCS\/CPT Code" header/,
    );
  });
});

describe('MUE tables installed from the official files', () => {
  const store = installedStore();

  it.each([
    ['practitioner', 15_095],
    ['outpatient-hospital', 15_045],
    ['dme', 3_083],
  ] as const)('%s table has %i codes', (kind, rows) => {
    const release = store.releaseOn(MUE_DATASETS[kind], '2026-04-01');
    expect(release?.covers).toBe(true);
    const db = store.db(release!.release.id);
    expect((db.prepare('SELECT count(*) AS n FROM mue').get() as { n: number }).n).toBe(rows);
  });

  it('practitioner MAI counts match the file (1/2/3 = 41/5417/9637)', () => {
    const db = store.db(store.releaseOn(MUE_DATASETS.practitioner, '2026-04-01')!.release.id);
    const byMai = db.prepare('SELECT mai, count(*) AS n FROM mue GROUP BY mai ORDER BY mai').all();
    expect(byMai).toEqual([
      { mai: 1, n: 41 },
      { mai: 2, n: 5417 },
      { mai: 3, n: 9637 },
    ]);
  });

  it('known rows of the official tables (read from the CSVs)', () => {
    // MCR_MUE_PractitionerServices_Eff_04-01-2026.csv line 10348: 99213,2,3 ...,Clinical: Data
    expect(mue(store, code('99213'), 'practitioner', '2026-05-15')).toMatchObject({
      value: 2,
      mai: 3,
      rationale: 'Clinical: Data',
      evidence: { line: 10348, file: 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv' },
    });
    // J1100: 120 units per date for practitioners and hospitals, 0 for DME suppliers.
    expect(mue(store, code('J1100'), 'outpatient-hospital', '2026-05-15')?.value).toBe(120);
    expect(mue(store, code('J1100'), 'dme', '2026-05-15')).toMatchObject({
      value: 0,
      rationale: 'CMS Policy',
    });
    // E0260 (DME line 535): 1 unit, MAI 2.
    expect(mue(store, code('E0260'), 'dme', '2026-05-15')).toMatchObject({ value: 1, mai: 2 });
  });
});
