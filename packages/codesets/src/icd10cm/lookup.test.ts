import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS as D, ICD10CM_LOADERS as L } from './datasets.ts';
import { icd10cmLookup, NOTE_KINDS } from './lookup.ts';
import { fixture, installFixtures, scratchDir } from './testing.ts';

let store: CodeSetStore;

function zipped(year: number): string {
  const path = join(scratchDir(), `icd10cm-code-descriptions-${year}.zip`);
  const name = `icd10cm-order-${year}.txt`;
  writeFileSync(path, zipSync({ [name]: readFileSync(fixture(name)) }));
  return path;
}

beforeAll(async () => {
  const [z25, z26] = [zipped(2025), zipped(2026)];
  store = await installFixtures([
    {
      dataset: D.codes,
      loader: L.order,
      releases: [
        {
          id: 'cm25',
          version: 'FY2025',
          effectiveFrom: '2024-10-01',
          effectiveTo: '2025-09-30',
          files: [z25],
        },
        {
          id: 'cm26',
          version: 'FY2026',
          effectiveFrom: '2025-10-01',
          effectiveTo: '2026-09-30',
          files: [z26],
        },
      ],
    },
    {
      dataset: D.history,
      loader: L.history,
      releases: [
        {
          id: 'hist',
          version: 'FY2025-FY2026',
          effectiveFrom: '2024-10-01',
          files: [z25, fixture('icd10cm-order-addenda-2026.txt'), fixture('conversion-fy2026.csv')],
        },
      ],
    },
    {
      dataset: D.tabular,
      loader: L.tabular,
      releases: [
        {
          id: 'tab',
          version: 'FY2023',
          effectiveFrom: '2022-10-01',
          files: [fixture('icd10cm-tabular-mini.xml')],
        },
      ],
    },
  ]);
});
afterAll(() => store.close());

const show = (code: string, on: string) => icd10cmLookup.show(store, code, on);

describe('codes show (ICD-10-CM)', () => {
  it('E11.22: billable, its path, and every note with the level it comes from', () => {
    const d = show('E11.22', '2025-10-01');
    expect(d).toMatchObject({
      code: 'E11.22',
      system: 'icd10cm',
      billable: true,
      valid: true,
      notesFrom: '2023',
    });
    expect(d?.release).toEqual({ id: 'cm26', version: 'FY2026', covers: true });
    expect(d?.path.map((p) => [p.level, p.id])).toEqual([
      ['chapter', '4'],
      ['section', 'E08-E13'],
      ['category', 'E11'],
      ['subcategory', 'E11.2'],
    ]);
    expect(Object.keys(d?.notes ?? {}).sort()).toEqual([...NOTE_KINDS].sort());
    const ckd = d?.notes.useAdditionalCode?.find((n) => n.refs?.includes('N18.1-N18.6'));
    expect(ckd?.from).toEqual({ level: 'code', id: 'E11.22' });
    expect(d?.notes.useAdditionalCode?.filter((n) => n.from.id === 'E11')).toHaveLength(2);
    expect(d?.caveats).toBeUndefined();
  });

  it('accepts e1122 and E1122 alike, and knows nothing of non-codes', () => {
    expect(show('e1122', '2025-10-01')?.code).toBe('E11.22');
    expect(show('E1122', '2025-10-01')?.code).toBe('E11.22');
    expect(show('Z99.99', '2025-10-01')).toBeUndefined();
    expect(show('hello', '2025-10-01')).toBeUndefined();
  });

  it('B88.0 turned into a header in FY2026: valid, not billable, and what replaced it', () => {
    const d = show('B88.0', '2025-10-01');
    expect(d).toMatchObject({ valid: true, billable: false, validFrom: '2024-10-01' });
    expect(d?.replacedBy?.map((r) => [r.code, r.description])).toEqual([
      ['B88.01', 'Infestation by Demodex mites'],
      ['B88.09', 'Other acariasis'],
    ]);
    const before = show('B88.0', '2025-09-30');
    expect(before).toMatchObject({ valid: true, billable: true, release: { id: 'cm25' } });
    expect(before?.replacedBy).toBeUndefined();
  });

  it('E11.A before it existed: not valid, valid from FY2026, no notes invented', () => {
    const d = show('E11.A', '2024-10-01');
    expect(d).toMatchObject({ valid: false, billable: false, validFrom: '2025-10-01' });
    expect(Object.values(d?.notes ?? {}).flat()).toEqual([]);
    expect(d?.caveats?.join(' ')).toMatch(/not in the FY2023 tabular list/);
    expect(d?.path.map((p) => p.id)).toEqual(['E11']);
  });

  it('S00.81XA: notes and 7th character from the levels above', () => {
    const d = show('S00.81XA', '2025-10-01');
    expect(d?.extra).toEqual({ seventhCharacter: 'A: initial encounter' });
    expect(d?.path.at(-1)).toMatchObject({ id: 'S00.81', level: 'subcategory' });
    expect(d?.notes.sevenChrDef?.map((n) => n.char)).toEqual(['A', 'D', 'S']);
  });

  it('a date no release covers: the nearest answers and says so', () => {
    const d = show('E11.22', '2027-01-15');
    expect(d?.release).toEqual({ id: 'cm26', version: 'FY2026', covers: false });
    expect(d?.caveats?.[0]).toMatch(/no ICD-10-CM release on hand covers 2027-01-15: answered from FY2026/);
  });

  it('a date before everything on hand: the first release answers and says so', () => {
    const d = show('E11.22', '2023-06-01');
    expect(d?.release).toEqual({ id: 'cm25', version: 'FY2025', covers: false });
    expect(d?.caveats?.[0]).toMatch(/covers 2023-06-01: answered from FY2025/);
  });
});

describe('codes stats (ICD-10-CM)', () => {
  it('counts codes and billable codes of the release in force', () => {
    expect(icd10cmLookup.stats(store, '2025-10-01')).toEqual({
      valid: 14,
      billable: 7,
      release: 'cm26',
      covers: true,
    });
    expect(icd10cmLookup.stats(store, '2024-10-01')).toEqual({
      valid: 11,
      billable: 5,
      release: 'cm25',
      covers: true,
    });
    expect(icd10cmLookup.stats(store, '2030-01-01')?.covers).toBe(false);
  });
});
