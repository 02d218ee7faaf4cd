import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS, ICD10CM_LOADERS } from './datasets.ts';
import { joinPath } from './index-parse.ts';
import { drugRow, indexLookup, indexWalk, neoplasmRow } from './index-read.ts';
import { fixture, installFixtures } from './testing.ts';

let store: CodeSetStore;

beforeAll(async () => {
  store = await installFixtures([
    {
      dataset: ICD10CM_DATASETS.index,
      loader: ICD10CM_LOADERS.index,
      releases: [
        {
          id: 'idx',
          version: 'FY2023',
          effectiveFrom: '2022-10-01',
          files: [fixture('icd10cm-index-mini.xml')],
        },
      ],
    },
    {
      dataset: ICD10CM_DATASETS.indexTables,
      loader: ICD10CM_LOADERS.index,
      releases: [
        {
          id: 'tables',
          version: 'FY2025',
          effectiveFrom: '2025-04-01',
          files: [
            fixture('icd10cm-neoplasm-mini.xml'),
            fixture('icd10cm-drug-mini.xml'),
            fixture('icd10cm-eindex-mini.xml'),
          ],
        },
      ],
    },
  ]);
});
afterAll(() => store.close());

describe('alphabetic index', () => {
  it('returns a main term with its subterm tree, modifiers apart from the title', () => {
    const [diabetes] = indexLookup(store, 'diabetes, DIABETIC');
    expect(diabetes).toMatchObject({
      title: 'Diabetes, diabetic',
      nemod: '(mellitus) (sugar)',
      code: 'E11.9',
    });
    const withTerm = diabetes?.children[0]?.children[0];
    expect(withTerm?.title).toBe('with');
    expect(withTerm?.children.map((c) => [c.title, c.nemod, c.code])).toEqual([
      ['autonomic neuropathy', '(poly)', 'E11.43'],
      ['chronic kidney disease', undefined, 'E11.22'],
    ]);
  });

  it('keeps see references and manifestation codes', () => {
    expect(indexLookup(store, 'Abdominalgia')[0]?.see).toBe('Pain, abdominal');
    expect(indexWalk(store, ['Amyloidosis', 'heart'])).toMatchObject({ code: 'E85.4', manif: 'I43' });
    expect(indexWalk(store, ['Amyloidosis', 'kidney'])).toBeUndefined();
    expect(indexLookup(store, 'No such term')).toEqual([]);
  });

  it('joins a path the way the index reads ("with" runs on)', () => {
    expect(joinPath(['Diabetes, diabetic', 'type 2', 'with', 'chronic kidney disease'])).toBe(
      'Diabetes, diabetic, type 2, with chronic kidney disease',
    );
  });

  it('reads the external cause index, text after the modifiers kept', () => {
    const [t] = indexLookup(store, 'Abandonment NEC', { book: 'eindex' });
    expect(t).toMatchObject({ code: 'X58' });
    expect(t?.nemod).toMatch(/^\(causing exposure/);
  });
});

describe('neoplasm and drug tables', () => {
  it('reads a neoplasm row by column; "-" means no code', () => {
    expect(neoplasmRow(store, ['abdomen, abdominal', 'wall'])).toEqual({
      site: ['abdomen, abdominal', 'wall'],
      malignantPrimary: 'C44.509',
      malignantSecondary: 'C79.2-',
      benign: 'D23.5',
      uncertainBehavior: 'D48.5',
      unspecifiedBehavior: 'D49.2',
      seeAlso: 'Neoplasm, abdomen, wall, skin',
    });
    expect(neoplasmRow(store, [])?.malignantPrimary).toBe('C80.1');
    expect(neoplasmRow(store, ['liver'])).toBeUndefined();
  });

  it('reads a drug row by column; "--" means no code', () => {
    expect(drugRow(store, ['Acetaminophen'])).toMatchObject({
      poisoningAccidental: 'T39.1X1',
      poisoningIntentionalSelfHarm: 'T39.1X2',
      poisoningAssault: 'T39.1X3',
      poisoningUndetermined: 'T39.1X4',
      adverseEffect: 'T39.1X5',
      underdosing: 'T39.1X6',
    });
    const d = drugRow(store, ['2,4-D']);
    expect(d?.poisoningAccidental).toBe('T60.3X1');
    expect(d?.adverseEffect).toBeUndefined();
  });
});
