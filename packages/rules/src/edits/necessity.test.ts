import { describe, expect, it } from 'vitest';
import { GOLDEN_IMPLS, golden, run } from '../test-support/golden.ts';

// NCD 190.23B Lipids Testing (CMS lab NCD spreadsheet, January 2026): 80061 listed; E78.5 and
// I10 resolution 1 (covered), Z00.00 resolution 2 (denied).
describe.each(GOLDEN_IMPLS)('edit 7: medical necessity (Medicare lab NCDs) [%s]', (_impl, tables) => {
  it.each<[string, Parameters<typeof golden>[0], string[]]>([
    ['a lipid panel for a general exam', { dx: ['Z0000'], lines: [{ code: '80061' }] }, ['MN001@1']],
    ['a lipid panel for hyperlipidemia', { dx: ['E785'], lines: [{ code: '80061' }] }, []],
    [
      'one covered diagnosis among those pointed to is enough',
      { dx: ['Z0000', 'I10'], lines: [{ code: '80061', pointers: [1, 2] }] },
      [],
    ],
    [
      'the covered diagnosis not pointed to does not count',
      { dx: ['Z0000', 'I10'], lines: [{ code: '80061', pointers: [1] }] },
      ['MN001@1'],
    ],
    [
      'a commercial claim is not held to the Medicare NCD',
      { dx: ['Z0000'], filing: 'CI', lines: [{ code: '80061' }] },
      [],
    ],
    ['a test no NCD lists', { dx: ['Z0000'], lines: [{ code: '99213' }] }, []],
  ])('%s', (_name, input, expected) => {
    expect(golden(input, ['MN'], { tables })).toEqual(expected);
  });

  it('names the NCD, each diagnosis with its resolution, and the ABN way out', () => {
    const f = run({ dx: ['Z0000'], lines: [{ code: '80061' }] }, { tables }).findings.find(
      (x) => x.code === 'MN001',
    )!;
    expect(f.message).toContain('NCD 190.23B (Lipids Testing)');
    expect(f.message).toContain('Z00.00 (denied)');
    expect(f.carc).toEqual({ group: 'CO', reason: '50' });
    expect(f.rarc).toEqual(['N386']);
    expect(f.fix?.description).toContain('ABN');
  });
});
