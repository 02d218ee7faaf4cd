/**
 * Reading index titles into the words a note must supply (index/compile.ts). Titles as printed
 * in the ICD-10-CM Alphabetic Index (FY2023).
 */
import { describe, expect, it } from 'vitest';
import { phraseKeys } from '../lexicon/normalize.ts';
import { compileIndex } from './compile.ts';

const sub = (parent: string, title: string) => {
  const index = compileIndex({
    kind: 'index',
    release: 'test',
    mainTerms: [{ title: parent, code: 'B99.9', children: [{ title, code: 'N73.9' }] }],
  });
  return index.mainTerms[0]!.children[0]!;
};
const keys = (p: string): string[] => phraseKeys(p);

describe('subterm titles with "or"', () => {
  it('either word names the subterm ("atrial or auricular")', () => {
    expect(sub('Fibrillation', 'atrial or auricular').req).toEqual([keys('atrial'), keys('auricular')]);
  });

  it('a modifier before the first alternative qualifies the others ("genital organ or tract")', () => {
    // "Infection, genital organ or tract": a genital organ or a genital tract, not any tract
    // ("urinary tract infection" is "Infection, urinary (tract)").
    const req = sub('Infection, infected, infective', 'genital organ or tract').req;
    expect(req).toEqual([keys('genital organ'), keys('genital tract')]);
    expect(req).not.toContainEqual(keys('tract'));
    expect(sub('Enlargement, enlarged', 'lymph gland or node').req).toEqual([
      keys('lymph gland'),
      keys('lymph node'),
    ]);
  });
});
