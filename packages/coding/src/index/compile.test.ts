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

describe('comma pieces that are word forms', () => {
  it('forms of one word are alternatives ("tympanum, tympanic membrane")', () => {
    // Index: "Perforation, tympanum, tympanic membrane": either names the site.
    expect(sub('Perforation, perforated', 'tympanum, tympanic membrane').req).toEqual([
      keys('tympanum'),
      keys('tympanic membrane'),
    ]);
  });

  it('a piece that begins with a connecting word is no word form ("with ulcer ..., with hemorrhage")', () => {
    // Index: "Melena K92.1, with ulcer - code by site under Ulcer, with hemorrhage K27.4": the
    // hemorrhage is the ulcer's, not another name of the melena, so "with hemorrhage" alone
    // ("bleeding in the form of melena") does not reach K27.4.
    const req = sub('Melena', 'with ulcer - code by site under Ulcer, with hemorrhage').req;
    expect(req).not.toContainEqual(keys('with hemorrhage'));
    expect(req.every((alt) => alt.includes(keys('ulcer')[0]!))).toBe(true);
  });
});
