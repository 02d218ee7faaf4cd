import { describe, expect, it } from 'vitest';
import type { Claim } from '@medcode/domain';
import { scrub } from '../scrub.ts';
import { claim } from '../test-support/claims.ts';
import { GOLDEN_IMPLS, golden, goldenTables, run } from '../test-support/golden.ts';

// Rows: test-support/official-rows.ts (FY2025/FY2026 order files, FY2026 conversion table,
// HCPCS October 2025 file). Rule: Guidelines I.A.3, only codes valid on the date.
describe.each(GOLDEN_IMPLS)('edit 1: code validity on the date of service [%s]', (_impl, tables) => {
  it.each<[string, Parameters<typeof golden>[0], string[]]>([
    ['a billable code', { dx: ['I10'] }, []],
    // E11 is a header in the order file (order 04301, billable flag 0).
    ['a category header', { dx: ['E11'] }, ['CV002@dx1']],
    // E11.23 is in no ICD-10-CM release (E11.21, E11.22, E11.29 are).
    ['a code that does not exist', { dx: ['E1123'] }, ['CV001@dx1']],
    // S30.1XXA: in FY2025, not in FY2026 (expanded to S30.11XA-S30.13XA).
    ['a code deleted at the FY2026 update', { dx: ['S301XXA'] }, ['CV003@dx1']],
    ['the same code in FY2025', { dx: ['S301XXA'], date: '2025-06-02' }, []],
    // G35: a code through FY2025, a header (G35.A ... G35.D) from October 1, 2025.
    ['G35 before the FY2026 update', { dx: ['G35'], date: '2025-09-30' }, []],
    ['G35 after it', { dx: ['G35'], date: '2025-10-01' }, ['CV002@dx1']],
    // G0106 ADD DT 19980101, TERM DT 20241231.
    ['a terminated HCPCS code', { lines: [{ code: 'G0106' }] }, ['CV005@1']],
    ['the same code before termination', { lines: [{ code: 'G0106' }], date: '2024-06-03' }, []],
    ['an active HCPCS code', { lines: [{ code: 'G0439' }] }, []],
    ['a HCPCS code in no HCPCS file', { lines: [{ code: 'G0000' }] }, ['CV006@1']],
    ['a CPT code in no CMS table', { lines: [{ code: '12345' }] }, ['CV007@1']],
    ['a modifier not in the modifier list', { lines: [{ code: '99213', modifiers: ['ZZ'] }] }, ['CV008@1']],
  ])('%s', (_name, input, expected) => {
    expect(golden(input, ['CV'], { tables })).toEqual(expected);
  });

  it('a deleted code names its successors from the conversion table', () => {
    const f = run({ dx: ['S301XXA'] }, { tables }).findings.find((x) => x.code === 'CV003')!;
    expect(f.message).toContain('valid through 2025-09-30');
    expect(f.fix?.description).toContain('S30.11XA, S30.12XA, S30.13XA');
    expect(f.fix?.patch).toBeUndefined(); // three successors: the coder chooses
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        table: 'icd10cm-codes',
        row: expect.objectContaining({ code: 'S301XXA' }),
      }),
    );
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'guideline', section: 'I.A.3' }));
  });

  it('cites the guidelines of the fiscal year of the date of service', () => {
    const doc = (date: string) =>
      run({ dx: ['E11'], date }, { tables }).findings[0]!.evidence.find((e) => e.kind === 'guideline');
    expect(doc('2025-09-30')).toMatchObject({ document: expect.stringContaining('FY2025') });
    expect(doc('2025-10-01')).toMatchObject({ document: expect.stringContaining('FY2026') });
  });

  it('an ICD-9-CM code on a 2026 claim is rejected, and not read as ICD-10-CM', () => {
    const c: Claim = claim({ dx: ['I10'] });
    c.diagnoses[0] = { ...c.diagnoses[0]!, codeSystem: 'icd9cm' };
    const r = scrub(c, { tables: goldenTables, today: '2026-05-01' as never });
    expect(r.findings.filter((f) => f.code.startsWith('CV')).map((f) => f.code)).toEqual(['CV010']);
  });
});
