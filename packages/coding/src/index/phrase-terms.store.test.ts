/**
 * A main term of several words is read where its words are said as one phrase, against the real
 * books (MEDCODE_TEST_HOME). Index: "Gallop rhythm R00.8"; "Unsteadiness on feet R26.81";
 * "Old age (without mention of debility) R54"; "Approximal wear K03.0". Their words said
 * apart, in a sentence about something else, name no such condition: a heart examination
 * "without murmur or gallop" is the usual normal finding.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a main term said as a phrase', () => {
  it('is read when its words stand together, an article, a preposition or a side between', () => {
    expect(claim('Gallop rhythm.')).toEqual(['R00.8']);
    expect(claim('She is unsteady on her feet.')).toEqual(['R26.81']);
  });

  it('is not read from its words said apart', () => {
    expect(claim('Heart: regular rate and rhythm without murmur or gallop.')).toEqual([]);
    expect(claim('She walked approximately 600 feet while wearing her brace.')).toEqual([]);
    expect(claim('He has been smoking since the age of 14 years old.').includes('R54')).toBe(false);
  });
});
