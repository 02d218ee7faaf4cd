// Checks against the real installed store: the global test setup installs every manifest
// release from the official files into MEDCODE_TEST_HOME.
import { afterAll, describe, expect, it } from 'vitest';
import { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';
import { icd10cmSearchDocuments } from './search-documents.ts';

const store = CodeSetStore.open(process.env.MEDCODE_TEST_HOME ?? '');
afterAll(() => store.close());

const billable = (on: string): number => icd10cmSearchDocuments(store, on).filter((d) => d.billable).length;

describe('ICD-10-CM releases by date of service', () => {
  it('counts the billable codes CDC publishes for FY2026 and FY2025', () => {
    expect(billable('2025-10-01')).toBe(74_719);
    expect(billable('2024-10-01')).toBe(74_260);
    // The fiscal year ends on September 30.
    expect(billable('2025-09-30')).toBe(74_260);
  });

  it('history: every fiscal year since FY2016, and the newest matches the FY2026 release', () => {
    const h = store.releasesOf(ICD10CM_DATASETS.history).at(-1);
    expect(h).toBeDefined();
    const years = store.db(h!.id).prepare('SELECT fy, codes FROM years ORDER BY fy').all() as {
      fy: number;
      codes: number;
    }[];
    expect(years.map((y) => y.fy)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(years.find((y) => y.fy === 2016)?.codes).toBe(69_823);
    expect(years.find((y) => y.fy === 2026)?.codes).toBe(74_719);
  });
});
