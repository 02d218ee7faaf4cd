import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifyingWords } from './conventions.ts';
import { buildFuzzyTable, fuzzyMatches, withinOneEdit } from './fuzzy.ts';
import { normalizeText, textWords } from './normalize.ts';
import { stem } from './stem.ts';
import { areVariants } from './variants.ts';

describe('normalizeText', () => {
  it.each([
    ['Sjögren syndrome', 'sjogren syndrome'],
    ["Parkinson's disease", 'parkinsons disease'],
    ['Gastro-esophageal  reflux, NOS', 'gastro esophageal reflux nos'],
    ['E11.22', 'e11 22'],
    ['  (primary)  ', 'primary'],
  ])('%s → %s', (input, out) => {
    expect(normalizeText(input)).toBe(out);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)),
    );
    fc.assert(fc.property(fc.string(), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it('gives the same words as textWords', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizeText(s);
        expect(
          textWords(s)
            .map((w) => w.surface)
            .join(' '),
        ).toBe(n);
      }),
    );
  });
});

describe('textWords', () => {
  it('marks words in parentheses and brackets as nonessential', () => {
    const words = textWords('Essential (primary) hypertension [HTN]');
    expect(words.map((w) => [w.surface, w.nonessential])).toEqual([
      ['essential', false],
      ['primary', true],
      ['hypertension', false],
      ['htn', true],
    ]);
  });
});

describe('stem', () => {
  it.each([
    ['fractures', 'fracture'],
    ['injuries', 'injury'],
    ['abscesses', 'abscess'],
    ['vertebrae', 'vertebra'],
    ['kidneys', 'kidney'],
    ['arthritis', 'arthritis'],
    ['humerus', 'humerus'],
    ['stenosis', 'stenosis'],
    ['gas', 'gas'],
    ['t2s', 't2s'],
  ])('%s → %s', (w, s) => {
    expect(stem(w)).toBe(s);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9]{0,14}$/), (w) => stem(stem(w)) === stem(w)));
  });

  it('maps a singular and its -s plural together', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,10}[b-df-hj-np-rtv-z]$/), (w) => {
        expect(stem(`${w}s`)).toBe(stem(w));
      }),
    );
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['diabetes', 'diabtes', true],
    ['diabetes', 'daibetes', true],
    ['diabetes', 'diabetis', true],
    ['diabetes', 'diabetess', true],
    ['diabetes', 'dibaetse', false],
    ['kidney', 'kidney', true],
    ['kidney', 'kid', false],
  ])('%s ~ %s: %s', (a, b, yes) => {
    expect(withinOneEdit(a, b)).toBe(yes);
    expect(withinOneEdit(b, a)).toBe(yes);
  });

  it('holds for any one deletion, insertion, substitution or swap', () => {
    const edit = fc
      .tuple(
        fc.stringMatching(/^[a-z]{2,12}$/),
        fc.nat(),
        fc.constantFrom('del', 'ins', 'sub', 'swap'),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      )
      .map(([w, n, kind, c]) => {
        const i = n % w.length;
        const ch = c;
        if (kind === 'del') return [w, w.slice(0, i) + w.slice(i + 1)];
        if (kind === 'ins') return [w, w.slice(0, i) + ch + w.slice(i)];
        if (kind === 'sub') return [w, w.slice(0, i) + ch + w.slice(i + 1)];
        const j = Math.min(i + 1, w.length - 1);
        const a = [...w];
        [a[i], a[j]] = [a[j]!, a[i]!];
        return [w, a.join('')];
      });
    fc.assert(fc.property(edit, ([a, b]) => withinOneEdit(a!, b!)));
  });

  it('the deletion table finds what withinOneEdit accepts', () => {
    const vocabulary = [
      'diabetes',
      'diabetic',
      'kidney',
      'kidneys',
      'failure',
      'fracture',
      'hypertension',
    ].sort();
    const table = buildFuzzyTable(vocabulary);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,13}$/), (q) => {
        const want = vocabulary.filter((w) => w !== q && withinOneEdit(q, w));
        expect(fuzzyMatches(table, vocabulary, q).map((i) => vocabulary[i])).toEqual(want);
      }),
    );
    expect(fuzzyMatches(table, vocabulary, 'fractrue').map((i) => vocabulary[i])).toEqual(['fracture']);
  });
});

describe('areVariants', () => {
  it.each([
    ['diabetes', 'diabetic', true],
    ['hypertension', 'hypertensive', true],
    ['artery', 'arterial', true],
    ['thrombosis', 'thrombophlebitis', false],
    ['ulcer', 'ulcerative', false],
    ['fracture', 'fracture', false],
  ])('%s / %s: %s', (a, b, yes) => {
    expect(areVariants(a, b)).toBe(yes);
  });
});

describe('qualifyingWords', () => {
  const marked = (text: string): string[] => {
    const words = textWords(text);
    const q = qualifyingWords(text, words);
    return words.filter((_, i) => q[i]).map((w) => w.surface);
  };
  it('marks default words, default phrases and the encounter tail', () => {
    expect(marked('Chronic obstructive pulmonary disease, unspecified')).toEqual(['unspecified']);
    expect(marked('Urinary tract infection, site not specified')).toEqual(['site', 'not', 'specified']);
    expect(marked('Type 2 diabetes mellitus without complications')).toEqual(['without', 'complications']);
    expect(marked('Fracture of neck of right femur, initial encounter for closed fracture')).toEqual([
      'initial',
      'encounter',
      'for',
      'closed',
      'fracture',
    ]);
    expect(marked('Essential (primary) hypertension')).toEqual(['primary']);
    expect(marked('Other specified diabetes mellitus')).toEqual([]);
  });
});
