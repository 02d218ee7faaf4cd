// Checks against the real installed store: the global test setup installs every manifest
// release from the official files into MEDCODE_TEST_HOME. Expected figures come from each
// folder's PROVENANCE.txt (sanity lines) and the files' own summaries.
import { afterAll, describe, expect, it } from 'vitest';
import { CodeSetStore } from '../store.ts';
import { gemsFrom } from './gems/read.ts';
import { hcpcsLookup, hcpcsSearchDocuments } from './hcpcs/lookup.ts';
import { hcpcsCounts, hcpcsModifier } from './hcpcs/read.ts';
import { icd10pcsLookup, icd10pcsSearchDocuments } from './icd10pcs/lookup.ts';
import { mceEditsFor, mceProcedureEditsFor } from './mce/read.ts';
import { placesOfService } from './pos/read.ts';
import { carc, rarc } from './x12/read.ts';

const store = CodeSetStore.open(process.env.MEDCODE_TEST_HOME ?? '');
afterAll(() => store.close());
const count = (release: string, sql: string): number =>
  (store.db(release).prepare(sql).get() as { n: number }).n;

describe('ICD-10-PCS FY2026 (order file)', () => {
  it('79,115 valid codes on October 1, 2025; 78,986 the year before, as the addenda count', () => {
    expect(icd10pcsLookup.stats(store, '2025-10-01')?.valid).toBe(79_115);
    expect(icd10pcsLookup.stats(store, '2024-10-01')?.valid).toBe(78_986);
    expect(icd10pcsSearchDocuments(store, '2025-10-01')).toHaveLength(79_115);
  });

  it('the FY2023 index: 3,017 main terms; its terms reach the FY2026 codes they lead to', () => {
    expect(
      store
        .db('icd10pcs-index-fy2023')
        .prepare("SELECT value FROM pcs_index_meta WHERE key = 'mainTerms'")
        .get(),
    ).toEqual({
      value: '3017',
    });
    const appendix = icd10pcsSearchDocuments(store, '2025-10-01').find((d) => d.code === '0DTJ4ZZ');
    expect(appendix?.terms).toContainEqual({ text: 'Appendectomy', source: 'index' });
  });

  it('shows a code with its table and axes', () => {
    expect(icd10pcsLookup.show(store, '0DTJ4ZZ', '2025-10-01')).toMatchObject({
      description: 'Resection of Appendix, Percutaneous Endoscopic Approach',
      billable: true,
      extra: { 'axis 2 Body System': 'D Gastrointestinal System', 'axis 3 Root Operation': 'T Resection' },
    });
  });
});

describe('HCPCS Level II', () => {
  it('October 2025 workbook: 8,463 codes and 383 modifiers; 7,621 records without termination date', () => {
    const c = hcpcsCounts(store, '2025-10-01');
    expect(c).toMatchObject({ codes: 8_463, modifiers: 383, release: { id: 'hcpcs-2025-oct' } });
    expect(count('hcpcs-2025-oct', 'SELECT count(*) n FROM hcpcs WHERE term_date IS NULL')).toBe(7_621);
    expect(
      count('hcpcs-2025-oct', "SELECT count(*) n FROM hcpcs WHERE kind = 'modifier' AND term_date IS NULL"),
    ).toBe(363);
    // Active on the date: every code without a termination date, and those ending later.
    expect(c?.activeCodes).toBeGreaterThanOrEqual(7_621 - 363);
    expect(c?.activeCodes).toBeLessThan(8_463);
    expect(hcpcsSearchDocuments(store, '2025-10-01').filter((d) => d.billable)).toHaveLength(
      c?.activeCodes ?? -1,
    );
  });

  it('modifiers GA, GY, GZ and XS are there', () => {
    for (const m of ['GA', 'GY', 'GZ', 'XS'])
      expect(hcpcsModifier(store, m, '2025-10-01')?.active).toBe(true);
  });

  it('the stale 2019 fixed-width file: 6,440 code records and 360 modifiers', () => {
    expect(hcpcsCounts(store, '2019-06-01')).toMatchObject({
      codes: 6_440,
      modifiers: 360,
      release: { id: 'hcpcs-2019-jan' },
    });
    expect(hcpcsLookup.show(store, 'G8891', '2019-06-01')?.description).toMatch(
      /^Documentation .* clinically appropriate\)$/,
    );
  });
});

describe('GEMs 2018', () => {
  it('holds every line of the four files', () => {
    const lines = store
      .db('gems-2018')
      .prepare(
        'SELECT system, direction, count(*) n FROM gems GROUP BY system, direction ORDER BY system, direction',
      )
      .all();
    expect(lines).toEqual([
      { system: 'cm', direction: 'I10I9', n: 81_593 },
      { system: 'cm', direction: 'I9I10', n: 24_860 },
      { system: 'pcs', direction: 'I10I9', n: 101_025 },
      { system: 'pcs', direction: 'I9I10', n: 73_593 },
    ]);
    expect(gemsFrom(store, 'cm', 'I9I10', '0010')[0]?.target).toBe('A000');
  });
});

describe('Medicare Code Editor v43.1', () => {
  it('places each of the 10,507 code lines of the document (10,500 in lists, 7 in chapter 2)', () => {
    expect(count('mce-v43.1', 'SELECT count(*) n FROM mce_codes')).toBe(10_500);
    expect(count('mce-v43.1', 'SELECT count(*) n FROM mce_changes')).toBe(7);
    expect(count('mce-v43.1', 'SELECT count(*) n FROM mce_lists')).toBe(21);
  });

  it('answers per code', () => {
    expect(mceEditsFor(store, 'A33')?.lists.map((l) => l.list)).toEqual(['age-perinatal']);
    expect(mceEditsFor(store, 'I10')?.lists.map((l) => l.list)).toContain('questionable-admission');
    expect(mceEditsFor(store, 'Z51.89')?.lists.find((l) => l.list === 'unacceptable-pdx')?.flag).toBe('*');
    expect(mceProcedureEditsFor(store, '5A1955Z')?.lists.map((l) => l.list)).toEqual([
      'procedure-inconsistent-with-los',
    ]);
  });
});

describe('place of service and X12 code lists', () => {
  it('99 place of service rows, 52 assigned', () => {
    const all = placesOfService(store);
    expect(all).toHaveLength(99);
    expect(all.filter((p) => p.assigned)).toHaveLength(52);
  });

  it('407 CARCs (110 deactivated) and 1,197 RARCs (79 with a stop date)', () => {
    expect(count('x12-carc-2026-05', 'SELECT count(*) n FROM x12_codes')).toBe(407);
    expect(count('x12-carc-2026-05', 'SELECT count(*) n FROM x12_codes WHERE stop_date IS NOT NULL')).toBe(
      110,
    );
    expect(count('x12-rarc-2026-05', 'SELECT count(*) n FROM x12_codes')).toBe(1_197);
    expect(count('x12-rarc-2026-05', 'SELECT count(*) n FROM x12_codes WHERE stop_date IS NOT NULL')).toBe(
      79,
    );
    expect(carc(store, 'B5', '2026-01-05')).toMatchObject({ stop: '2016-05-01', active: false });
    expect(rarc(store, 'N130', '2026-01-05')?.active).toBe(true);
  });
});
