import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../store.ts';
import { inRange } from './code-ranges.ts';
import { ICD10CM_DATASETS, ICD10CM_LOADERS } from './datasets.ts';
import {
  excludesBetween,
  excludesPairs,
  manifestation,
  sequencingRefs,
  seventhCharacter,
} from './rules-read.ts';
import { fixture, installFixtures } from './testing.ts';

let store: CodeSetStore;

beforeAll(async () => {
  store = await installFixtures([
    {
      dataset: ICD10CM_DATASETS.tabular,
      loader: ICD10CM_LOADERS.tabular,
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

describe('rules-engine reads of the tabular list', () => {
  it('Excludes1 between E11.22 and E10.9, from both sides; nothing between E11.22 and N18.1', () => {
    const found = excludesBetween(store, 'E11.22', 'E10.9');
    expect(found.map((f) => [f.kind, f.noted, f.excluded, f.note.from.id])).toEqual([
      ['excludes1', 'E11.22', 'E10.9', 'E11'],
      ['excludes1', 'E10.9', 'E11.22', 'E10'],
    ]);
    expect(found[0]?.notesFrom).toBe('2023');
    expect(excludesBetween(store, 'E11.22', 'N18.1')).toEqual([]);
  });

  it('Excludes2 is told apart from Excludes1', () => {
    expect(excludesBetween(store, 'G63', 'N18.6').map((f) => f.kind)).toEqual(['excludes2']);
  });

  it('code first / use additional code references, with ranges to test codes against', () => {
    const e1122 = sequencingRefs(store, 'E11.22');
    const ckd = e1122?.useAdditionalCode.find((n) => n.ranges.some((r) => inRange('N186', r)));
    expect(ckd?.from.id).toBe('E11.22');
    expect(sequencingRefs(store, 'N18.6')?.codeFirst[0]?.refs).toEqual(['E11.22']);
    expect(sequencingRefs(store, 'E11.A')).toMatchObject({
      inTabular: false,
      codeFirst: [],
      useAdditionalCode: [],
    });
  });

  it('a manifestation code ("in diseases classified elsewhere") and its code-first note', () => {
    expect(manifestation(store, 'G63')).toMatchObject({ manifestation: true, titledAt: 'G63' });
    expect(manifestation(store, 'G63')?.codeFirst[0]?.text).toMatch(/amyloidosis/);
    expect(manifestation(store, 'E11.22')?.manifestation).toBe(false);
  });

  it('7th characters: required on S00.81, present on S00.81XA, not asked of E11.22', () => {
    expect(seventhCharacter(store, 'S00.81')).toMatchObject({ required: true, present: false });
    const s = seventhCharacter(store, 'S00.81XA');
    expect(s).toMatchObject({ required: true, present: true });
    expect(s?.chars.map((c) => c.char)).toEqual(['A', 'D', 'S']);
    expect(seventhCharacter(store, 'S00.8')?.required).toBe(false);
    expect(seventhCharacter(store, 'E11.22')?.required).toBe(false);
  });

  it('lists Excludes1 pairs with the scope of the level that carries them', () => {
    const pairs = excludesPairs(store, 'excludes1');
    const e11 = pairs.find((p) => p.at === 'E11');
    expect(e11).toMatchObject({ scope: { from: 'E11', to: 'E11~' }, excluded: { text: 'E10.-' } });
    expect(e11?.text).toBe('type 1 diabetes mellitus (E10.-)');
    expect(pairs.every((p) => p.kind === 'excludes1')).toBe(true);
  });
});
