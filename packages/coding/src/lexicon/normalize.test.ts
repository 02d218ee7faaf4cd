import { describe, expect, it } from 'vitest';
import { tokenKeys, wordKey } from './normalize.ts';

describe('wordKey: a Latin organ noun and its adjective share a key', () => {
  it.each([
    ['esophagus', 'esophageal'],
    ['oesophagus', 'esophageal'],
    ['peritoneum', 'peritoneal'],
    ['pharynx', 'pharyngeal'],
    ['larynx', 'laryngeal'],
    ['bronchus', 'bronchial'],
    ['trachea', 'tracheal'],
    ['cornea', 'corneal'],
    ['pylorus', 'pyloric'],
    // Not an "-a" noun: "Calculus, ureter N20.1" is read from "ureteral stone".
    ['ureter', 'ureteral'],
  ])('%s ~ %s', (noun, adjective) => {
    expect(wordKey(adjective)).toBe(wordKey(noun));
  });

  it('keeps short roots and -ous adjectives apart', () => {
    // "cornea" does not become "corn" (Corn, L84).
    expect(wordKey('cornea')).not.toBe(wordKey('corn'));
    expect(wordKey('various')).not.toBe(wordKey('vary'));
  });

  it('reads the Latin plural "testes" as the testis, not as "tests"', () => {
    expect(wordKey('testes')).toBe(wordKey('testis'));
    expect(wordKey('tests')).not.toBe(wordKey('testis'));
  });
});

describe('tokenKeys: a "non-" word is its own key', () => {
  it('"non-obstructive" supplies no key of "obstructive" (no "Dilatation, ureter, due to obstruction")', () => {
    expect(tokenKeys('non-obstructive')).not.toContain(wordKey('obstructive'));
    expect(tokenKeys('post-obstructive')).toContain(wordKey('obstructive'));
  });
});

describe("wordKey: British spelling is the index's American spelling", () => {
  it.each([
    ['leucopenia', 'leukopenia'],
    ['leucocytosis', 'leukocytosis'],
    ['leucaemia', 'leukemia'],
    ['haemorrhage', 'hemorrhage'],
    ['faecal', 'fecal'],
  ])('%s reads as %s', (british, american) => {
    expect(wordKey(british)).toBe(wordKey(american));
  });

  it('keeps words apart that only begin alike', () => {
    expect(wordKey('leucine')).not.toBe(wordKey('leukopenia'));
  });
});
