import { describe, expect, it } from 'vitest';
import { GOLDEN_IMPLS, golden, run } from '../test-support/golden.ts';

// Notes: FY2023 tabular XML as copied in test-support/official-rows.ts; sections of the
// ICD-10-CM Official Guidelines FY2026 quoted in edits/conventions.ts.
describe.each(GOLDEN_IMPLS)('edit 2: ICD-10-CM conventions [%s]', (_impl, tables) => {
  it.each<[string, Parameters<typeof golden>[0], string[]]>([
    // I.A.12.a: E11 Excludes1 "type 1 diabetes mellitus (E10.-)".
    ['type 1 and type 2 diabetes together', { dx: ['E119', 'E109'] }, ['CC001@dx2']],
    // I.A.13: E11.22 "Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)".
    ['diabetic CKD without the stage', { dx: ['E1122'] }, ['CC004@dx1']],
    ['diabetic CKD with the stage', { dx: ['E1122', 'N1830'] }, []],
    // N18 "Code first any associated: diabetic chronic kidney disease (... E11.22 ...)".
    ['the stage listed before the diabetic CKD', { dx: ['N1830', 'E1122'] }, ['CC003@dx1']],
    // E11 "use additional code to identify control using: insulin (Z79.4) ..." is conditional.
    ['type 2 diabetes without an insulin code', { dx: ['E119'] }, []],
    // I.A.13: "in diseases classified elsewhere" codes are never first-listed (MCE list, F02.80).
    ['a manifestation alone', { dx: ['F0280'] }, ['CC005@dx1']],
    ['etiology then manifestation', { dx: ['G309', 'F0280'] }, []],
    ['manifestation then etiology', { dx: ['F0280', 'G309'] }, ['CC003@dx1', 'CC005@dx1']],
    // I.A.5: S00 has 7th characters A, D, S; S00.81 is not a code without one.
    ['a 7th character missing', { dx: ['S0081'] }, ['CC006@dx1']],
    ['a 7th character not defined for S00', { dx: ['S0081XZ'] }, ['CC007@dx1']],
    // I.A.4-5: the placeholder X fills the 6th position: S00.81XA.
    ['the placeholder X missing', { dx: ['S0081A'] }, ['CC008@dx1']],
    ['a complete injury code', { dx: ['S0081XA'] }, []],
    // I.C.21.c.15 (FY2026): Z00 may only be first-listed.
    ['a first-listed-only Z code as secondary', { dx: ['Z23', 'Z0000'] }, ['CC010@dx2']],
    ['the same code first-listed', { dx: ['Z0000', 'Z23'] }, []],
    // I.C.20.a.6: an external cause code is never first-listed.
    ['an external cause code first', { dx: ['W19XXXA', 'S0081XA'] }, ['CC012@dx1']],
    ['the injury first', { dx: ['S0081XA', 'W19XXXA'] }, []],
    // MCE edit 9 (inpatient only): Z00.00 unacceptable as principal diagnosis.
    [
      'Z00.00 as principal of an admission',
      { kind: 'institutional', typeOfBill: '111', dx: ['Z0000'], lines: [{ code: '99213', pointers: [] }] },
      ['CC011@dx1'],
    ],
    ['Z00.00 first on an office claim', { dx: ['Z0000'] }, []],
    ['a code reported twice', { dx: ['I10', 'I10'] }, ['CC013@dx2']],
  ])('%s', (_name, input, expected) => {
    expect(golden(input, ['CC', 'CV'], { tables })).toEqual(expected);
  });

  it('a missing placeholder comes with the corrected code as a patch', () => {
    const f = run({ dx: ['S0081A'] }, { tables }).findings.find((x) => x.code === 'CC008')!;
    expect(f.fix?.patch).toEqual([{ op: 'replace', path: '/diagnoses/0/code', value: 'S0081XA' }]);
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'guideline', section: 'I.A.4' }));
  });

  it('a missing 7th character lists the codes the category allows', () => {
    const f = run({ dx: ['S0081'] }, { tables }).findings.find((x) => x.code === 'CC006')!;
    expect(f.fix?.description).toContain('S00.81XA, S00.81XD, S00.81XS');
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        row: expect.objectContaining({ level: 'S00', '7th A': 'initial encounter' }),
      }),
    );
  });

  it('an Excludes1 finding quotes the note and the level it is written at', () => {
    const f = run({ dx: ['E119', 'E109'] }, { tables }).findings.find((x) => x.code === 'CC001')!;
    expect(f.message).toContain('E11 has Excludes1 "type 1 diabetes mellitus (E10.-)"');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'guideline', section: 'I.A.12.a' }));
  });

  it('the first-listed Z code list is cited by the section number of the year', () => {
    const section = (date: string) =>
      run({ dx: ['Z23', 'Z0000'], date }, { tables })
        .findings.find((x) => x.code === 'CC010')!
        .evidence.find((e) => e.kind === 'guideline');
    expect(section('2025-06-02')).toMatchObject({ section: 'I.C.21.c.16' });
    expect(section('2026-03-02')).toMatchObject({ section: 'I.C.21.c.15' });
  });
});
