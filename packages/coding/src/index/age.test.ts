import { describe, expect, it } from 'vitest';
import { ageFits, ageOf } from './age.ts';

describe('ageOf: index subterms that are an age and nothing else', () => {
  it.each([
    // Index, "Bronchitis": the lower-case L is the index's own spelling of the digit.
    ['under l5 years of age', { max: 15 }],
    ['in those under l5 years age', { max: 15 }],
    ['age 35 and over', { min: 35 }],
    ['under age 35', { max: 35 }],
    ['age under 2 years NOS', { max: 2 }],
  ])('%s', (title, range) => {
    expect(ageOf(title)).toEqual(range);
  });

  it('reads days as fractions of a year ("Newborn, examination, 8 to 28 days old")', () => {
    const r = ageOf('8 to 28 days old')!;
    expect(r.min).toBeCloseTo(8 / 365.25);
    expect(r.max).toBeCloseTo(29 / 365.25);
  });

  it('leaves a subterm that names a person, an onset or a condition to the words', () => {
    for (const t of ['child', 'adult type', 'childhood onset type', 'newborn', 'old age', 'tracheitis'])
      expect(ageOf(t)).toBeUndefined();
  });
});

describe('ageFits: completed years against a range', () => {
  it('decides when the whole year is in or out', () => {
    expect(ageFits({ max: 15 }, 14)).toBe(true);
    expect(ageFits({ max: 15 }, 15)).toBe(false);
    expect(ageFits({ min: 35 }, 35)).toBe(true);
    expect(ageFits({ min: 35 }, 34)).toBe(false);
  });

  it('does not decide "under 28 days old" at 0 years (a baby of 0 years may be 3 months old)', () => {
    expect(ageFits({ max: 28 / 365.25 }, 0)).toBeUndefined();
    expect(ageFits({ max: 28 / 365.25 }, 1)).toBe(false);
  });
});
