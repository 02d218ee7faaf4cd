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
} from '../../edits/test-support.ts';
import { pfsLoader } from './pfs-loader.ts';
import { anesthesiaCf, gpci, oppsCap, PFS_DATASET, pfsRvu } from './pfs-read.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const code = (c: string) => c as HcpcsCode;
const COMPANIONS = ['GPCI_fixture.csv', '25LOCCO_fixture.csv', 'ANES_fixture.csv', 'OPPSCAP_fixture.csv'];

async function fixtureStore() {
  const dir = scratchDir();
  const older = [
    put(dir, 'PPRRVU_fixture.csv', fixture('PPRRVU_fixture.csv')),
    ...COMPANIONS.map((f) => put(dir, f, fixture(f))),
  ];
  // A newer release that brings only its RVU file (as RVU26C does), with another conversion factor.
  const newer = put(dir, 'PPRRVU_newer.csv', fixture('PPRRVU_fixture.csv').replaceAll('33.4009', '34.0000'));
  return installFixtures(dir, [
    fixtureManifest(PFS_DATASET, 'pfs-rvu', [
      {
        id: 'pfs-old',
        version: 'RVU-OLD',
        effectiveFrom: '2025-10-01',
        effectiveTo: '2025-12-31',
        files: older,
      },
      {
        id: 'pfs-new',
        version: 'RVU-NEW',
        effectiveFrom: '2026-07-01',
        effectiveTo: '2026-09-30',
        files: [newer],
      },
    ]),
  ]);
}

describe('PFS loader on hand-made files in the RVU release layouts', () => {
  it('reads RVUs and indicators by the joined captions of the multi-row header', async () => {
    const store = await fixtureStore();
    const tc = pfsRvu(store, code('71046'), 'TC', '2025-11-01');
    expect(tc).toMatchObject({
      modifier: 'TC',
      status: 'A',
      paidOnRvus: true,
      work: 0,
      peNonFacility: 0.68,
      facilityNa: true,
      nonFacilityNa: false,
      mp: 0.01,
      pctc: '1',
      globalDays: 'XXX',
      conversionFactor: 33.4009,
      opps: { peNonFacility: 2.62, peFacility: 2.62, mp: 0.04 },
      evidence: { table: 'pfs-rvu', release: 'pfs-old', file: 'PPRRVU_fixture.csv', line: 11 },
    });
    expect(tc?.evidence.row['NON-FAC PE RVU']).toBe(0.68);
    expect(tc?.evidence.row).not.toHaveProperty('DESCRIPTION');
    expect(pfsRvu(store, code('43239'), '', '2025-11-01')).toMatchObject({
      multipleProcedure: '3',
      bilateral: '0',
      assistant: '2',
      coSurgeons: '1',
      team: '0',
      endoBase: '43235',
      globalDays: '000',
    });
    expect(pfsRvu(store, code('99213'), '26', '2025-11-01')).toBeUndefined();
    expect(pfsRvu(store, code('99213'), undefined, '2026-08-01')?.conversionFactor).toBe(34);
    store.close();
  });

  it('reads GPCIs, anesthesia CFs and OPPS caps; a release without them borrows the newest earlier ones', async () => {
    const store = await fixtureStore();
    expect(gpci(store, '1112', '5', '2025-11-01')).toMatchObject({
      work: 1.088,
      pe: 1.419,
      mp: 0.445,
      evidence: { covers: true, line: 6 },
    });
    expect(gpci(store, '01112', '05', '2026-08-01')).toMatchObject({
      work: 1.088,
      evidence: { release: 'pfs-old', covers: false },
    });
    expect(anesthesiaCf(store, '01112', '05', '2025-11-01')).toMatchObject({ cf: 22.37 });
    expect(oppsCap(store, code('71046'), 'TC', '01112', '05', '2025-11-01')).toMatchObject({
      facility: 2641,
      nonFacility: 2641,
    });
    const db = store.db('pfs-old');
    expect(db.prepare('SELECT mac, locality, state FROM locality_county ORDER BY line').all()).toEqual([
      { mac: '10112', locality: '00', state: 'ALABAMA' },
      { mac: '01112', locality: '05', state: 'CALIFORNIA' },
      { mac: '01112', locality: '51', state: 'CALIFORNIA' },
    ]);
    store.close();
  });

  it.each([
    [
      'an RVU that is not a number',
      (t: string) => t.replace('99213,,Short text,A,,1.30', '99213,,Short text,A,,1.3x'),
      'work',
    ],
    [
      'a status that is not one letter',
      (t: string) => t.replace('99213,,Short text,A,', '99213,,Short text,AA,'),
      'STATUS CODE',
    ],
  ])('refuses %s, naming the file and line', async (_what, edit, field) => {
    const dir = scratchDir();
    const file = put(dir, 'PPRRVU_bad.csv', edit(fixture('PPRRVU_fixture.csv')));
    const err = await runLoader(pfsLoader, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MedcodeError);
    expect((err as MedcodeError).place).toMatchObject({ file: 'PPRRVU_bad.csv', line: 13, field });
  });

  it('refuses a GPCI row with a bad locality and a file that is not part of a PFS release', async () => {
    const dir = scratchDir();
    const rvu = put(dir, 'PPRRVU_fixture.csv', fixture('PPRRVU_fixture.csv'));
    const bad = put(dir, 'GPCI_bad.csv', fixture('GPCI_fixture.csv').replace('02102,AK,01,', '02102,AK,1A,'));
    await expect(runLoader(pfsLoader, [rvu, bad])).rejects.toThrow(/GPCI_bad\.csv, line 5, field Locality/);
    const other = put(dir, 'notes.csv', 'a,b\n');
    await expect(runLoader(pfsLoader, [rvu, other])).rejects.toThrow(
      /notes\.csv: not a file of a PFS relative value release/,
    );
  });
});

describe('PFS installed from RVU25D and RVU26C', () => {
  const store = installedStore();
  const count = (release: string, table: string) =>
    (store.db(release).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('row counts: 19,356 (RVU26C), 19,090 (RVU25D), 109 GPCI localities, 16,100 OPPS caps', () => {
    expect(count('pfs-rvu-2026c', 'pfs_rvu')).toBe(19_356);
    expect(count('pfs-rvu-2025d', 'pfs_rvu')).toBe(19_090);
    expect(count('pfs-rvu-2025d', 'gpci')).toBe(109);
    expect(count('pfs-rvu-2025d', 'anesthesia_cf')).toBe(109);
    expect(count('pfs-rvu-2025d', 'opps_cap')).toBe(16_100);
  });

  it('known rows: 99213 (RVU26C line 12954, RVU25D line 12807), 71046-TC, GPCI of Alabama', () => {
    expect(pfsRvu(store, code('99213'), '', '2026-08-01')).toMatchObject({
      work: 1.3,
      peNonFacility: 1.46,
      peFacility: 0.33,
      mp: 0.09,
      totalNonFacility: 2.85,
      conversionFactor: 33.4009,
      evidence: { release: 'pfs-rvu-2026c', line: 12954 },
    });
    expect(pfsRvu(store, code('99213'), '', '2025-11-01')).toMatchObject({
      peNonFacility: 1.35,
      peFacility: 0.57,
      conversionFactor: 32.3465,
      evidence: { release: 'pfs-rvu-2025d', line: 12807 },
    });
    expect(pfsRvu(store, code('71046'), 'TC', '2026-08-01')).toMatchObject({
      peNonFacility: 0.68,
      facilityNa: true,
      opps: { peNonFacility: 2.62 },
    });
    expect(gpci(store, '10112', '00', '2025-11-01')).toMatchObject({
      work: 1,
      pe: 0.869,
      mp: 0.575,
      evidence: { line: 4 },
    });
  });
});
