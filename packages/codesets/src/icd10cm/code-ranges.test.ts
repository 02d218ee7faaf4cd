import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inRange, parseCodeRefs, parseNoteRefs } from './code-ranges.ts';

describe('code references in notes', () => {
  it('reads ranges, dashes and bare codes inside parentheses', () => {
    const refs = parseNoteRefs('code to identify stage of chronic kidney disease (N18.1-N18.6)');
    expect(refs.map((r) => r.text)).toEqual(['N18.1-N18.6']);
    expect(inRange('N183', refs[0]!)).toBe(true);
    expect(inRange('N1830', refs[0]!)).toBe(true);
    expect(inRange('N189', refs[0]!)).toBe(false);
    expect(inRange('N180', refs[0]!)).toBe(false);
    expect(parseNoteRefs('diabetes mellitus due to underlying condition (E08.-)')[0]).toMatchObject({
      from: 'E08',
      to: 'E08~',
    });
    expect(parseNoteRefs('gestational diabetes (O24.4-)')[0]).toMatchObject({ from: 'O244', to: 'O244~' });
    expect(parseNoteRefs('(P35-P39)')[0]).toMatchObject({ text: 'P35-P39', from: 'P35', to: 'P39~' });
    expect(parseNoteRefs('insulin (Z79.4)')[0]).toMatchObject({ from: 'Z794', to: 'Z794~' });
  });

  it('ignores code-like words outside parentheses', () => {
    expect(parseNoteRefs('vitamin B12 deficiency anemia (D51.-)').map((r) => r.text)).toEqual(['D51.-']);
  });

  it('reads conversion-table cells, bare codes exactly', () => {
    const refs = parseCodeRefs('H02.101-H02.106; H02.109', { single: 'exact' });
    expect(refs.map((r) => [r.from, r.to])).toEqual([
      ['H02101', 'H02106~'],
      ['H02109', 'H02109'],
    ]);
    expect(parseCodeRefs('I63.- and P91.88', { single: 'exact' }).map((r) => r.text)).toEqual([
      'I63.-',
      'P91.88',
    ]);
    expect(parseCodeRefs('Codes in Categories T15-T19', { single: 'exact' })[0]).toMatchObject({
      from: 'T15',
      to: 'T19~',
    });
    expect(parseCodeRefs('None', { single: 'exact' })).toEqual([]);
  });

  it('a code is in the range of its own prefix reference', () => {
    const code = fc.stringMatching(/^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/);
    fc.assert(
      fc.property(code, fc.integer({ min: 3, max: 7 }), (c, n) => {
        const prefix = c.slice(0, Math.min(n, c.length));
        const dotted = prefix.length > 3 ? `${prefix.slice(0, 3)}.${prefix.slice(3)}` : prefix;
        const [ref] = parseNoteRefs(`(${dotted}-)`);
        return ref !== undefined && inRange(c, ref);
      }),
    );
  });
});
