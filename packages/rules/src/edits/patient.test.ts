import { describe, expect, it } from 'vitest';
import { scrub } from '../scrub.ts';
import { MemoryTables } from '../tables-memory.ts';
import { claim } from '../test-support/claims.ts';
import { GOLDEN_IMPLS, golden, run } from '../test-support/golden.ts';

// MCE v43.1 edit 4 lists (official-rows.ts): Z00.129 pediatric (0-17), Z34.00 maternity (9-64),
// Z00.00 adult (15-124). Dates of service 2026-03-02, checked on 2026-05-01.
describe.each(GOLDEN_IMPLS)('edit 3: patient age, sex and dates [%s]', (_impl, tables) => {
  it.each<[string, Parameters<typeof golden>[0], string[]]>([
    ['a child health exam for a 45-year-old', { dx: ['Z00129'], birthDate: '1980-05-15' }, ['PT001@dx1']],
    ['a child health exam for a 4-year-old', { dx: ['Z00129'], birthDate: '2021-07-01' }, []],
    ['an adult exam for a 10-year-old', { dx: ['Z0000'], birthDate: '2016-01-01' }, ['PT001@dx1']],
    ['an adult exam on the 15th birthday', { dx: ['Z0000'], birthDate: '2011-03-02' }, []],
    [
      'an adult exam the day before the 15th birthday',
      { dx: ['Z0000'], birthDate: '2011-03-03' },
      ['PT001@dx1'],
    ],
    ['pregnancy supervision at 70', { dx: ['Z3400'], birthDate: '1955-01-01' }, ['PT001@dx1']],
    ['pregnancy supervision at 30', { dx: ['Z3400'], birthDate: '1995-06-01' }, []],
    ['a date of service before birth', { dx: ['I10'], birthDate: '2026-04-01' }, ['PT003@1']],
    ['a date of service after today', { dx: ['I10'], date: '2026-06-01' }, ['PT004@1']],
    ['no birth date', { dx: ['I10'], birthDate: '' }, ['PT005']],
  ])('%s', (_name, input, expected) => {
    expect(golden(input, ['PT'], { tables })).toEqual(expected);
  });

  it('says which MCE list and age range the diagnosis belongs to', () => {
    const f = run({ dx: ['Z00129'], birthDate: '1980-05-15' }, { tables }).findings.find(
      (x) => x.code === 'PT001',
    )!;
    expect(f.message).toBe('Z00.129 is a pediatric diagnosis (ages 0-17); the patient is 45');
    expect(f.carc).toEqual({ group: 'CO', reason: '9' });
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'table', table: 'mce' }));
  });

  // MCE v43.1 has no sex lists: edit 5 was deactivated as of 10/01/2024. The row below is
  // hand-made in the shape of the earlier MCE lists (N40.0 benign prostatic hyperplasia, male),
  // to show the rule's versions: it applies to dates through 2024-09-30 only.
  it('the sex conflict edit stops with its deactivation on October 1, 2024', () => {
    const tables = new MemoryTables({
      icd10cm: [{ code: 'N400', from: '2015-10-01' }],
      mce: { sex: { M: ['N400'] } },
    });
    const sex = (date: string, patient: 'M' | 'F') =>
      scrub(claim({ dx: ['N400'], sex: patient, date }), { tables, today: '2026-05-01' as never })
        .findings.filter((f) => f.code === 'PT002')
        .map((f) => f.carc?.reason);
    expect(sex('2024-09-30', 'F')).toEqual(['10']);
    expect(sex('2024-09-30', 'M')).toEqual([]);
    expect(sex('2024-10-01', 'F')).toEqual([]);
  });
});
