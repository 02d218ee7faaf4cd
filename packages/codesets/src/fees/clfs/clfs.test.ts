import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HcpcsCode, MedcodeError, type Modifier } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import {
  fixtureManifest,
  installedStore,
  installFixtures,
  put,
  runLoader,
  scratchDir,
} from '../../edits/test-support.ts';
import { clfsLoader } from './clfs-loader.ts';
import { CLFS_DATASET, clfsRate } from './clfs-read.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'PUF_CLFS_fixture.csv'), 'utf8');
const code = (c: string) => c as HcpcsCode;

describe('CLFS loader on a hand-made file in the PUF layout', () => {
  it('turns dollar rates into cents and keeps the CLIA-waived rows apart', async () => {
    const dir = scratchDir();
    const file = put(dir, 'PUF_CLFS_fixture.csv', FIXTURE);
    const store = await installFixtures(dir, [
      fixtureManifest(CLFS_DATASET, 'clfs', [
        {
          id: 'clfs-fixture',
          version: 'CY2026 Q2',
          effectiveFrom: '2026-04-01',
          effectiveTo: '2026-06-30',
          files: [file],
        },
      ]),
    ]);
    expect(clfsRate(store, code('0001U'), '2026-05-01')).toMatchObject({
      rate: 72_000,
      modifier: '',
      pricing: 'national',
      evidence: { line: 9, row: { RATE: '720.00', EFF_DATE: '20260101' } },
    });
    expect(clfsRate(store, code('80053'), '2026-05-01', 'QW' as Modifier)).toMatchObject({
      rate: 1056,
      modifier: 'QW',
      evidence: { line: 7 },
    });
    // No QW row for 85025 in the fixture: the code's own row answers.
    expect(clfsRate(store, code('85025'), '2026-05-01', 'QW' as Modifier)).toMatchObject({
      rate: 777,
      modifier: '',
    });
    expect(clfsRate(store, code('87999'), '2026-05-01')).toMatchObject({ rate: 0, pricing: 'local' });
    // 0500U is priced from 2026-04-01 only.
    expect(clfsRate(store, code('0500U'), '2026-04-01')?.rate).toBe(123_450);
    expect(clfsRate(store, code('0500U'), '2026-03-31')).toBeUndefined();
    store.close();
  });

  it.each([
    ['a rate that is not an amount', '2026,85025,,20260101,N,7.77.1,x,y,z', 'RATE'],
    ['an effective date that is not CCYYMMDD', '2026,85025,,2026-01-01,N,00007.77,x,y,z', 'EFF_DATE'],
    ['a code that is not CPT/HCPCS', '2026,8502,,20260101,N,00007.77,x,y,z', 'HCPCS'],
  ])('refuses %s, naming the file and line', async (_what, row, field) => {
    const dir = scratchDir();
    const file = put(dir, 'clfs-bad.csv', FIXTURE.replace(/^2026,85025,.*$/m, row));
    const err = await runLoader(clfsLoader, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MedcodeError);
    expect((err as MedcodeError).place).toMatchObject({ file: 'clfs-bad.csv', line: 8, field });
  });
});

describe('CLFS installed from PUF_CLFS_CY2026_Q2V1.csv', () => {
  const store = installedStore();

  it('has 2,179 rows for 2,055 codes', () => {
    const db = store.db(store.releaseOn(CLFS_DATASET, '2026-05-01')!.release.id);
    expect((db.prepare('SELECT count(*) AS n FROM clfs').get() as { n: number }).n).toBe(2179);
    expect((db.prepare('SELECT count(DISTINCT hcpcs) AS n FROM clfs').get() as { n: number }).n).toBe(2055);
  });

  it('known rates (lines 1473, 1474, 2058, 6 of the CSV)', () => {
    expect(clfsRate(store, code('85025'), '2026-05-01')).toMatchObject({
      rate: 777,
      evidence: { line: 1473 },
    });
    expect(clfsRate(store, code('85025'), '2026-05-01', 'QW' as Modifier)).toMatchObject({
      rate: 777,
      modifier: 'QW',
      evidence: { line: 1474 },
    });
    expect(clfsRate(store, code('87880'), '2026-05-01', 'QW' as Modifier)?.rate).toBe(1653);
    expect(clfsRate(store, code('0001U'), '2026-05-01')).toMatchObject({
      rate: 72_000,
      evidence: { line: 6 },
    });
  });
});
