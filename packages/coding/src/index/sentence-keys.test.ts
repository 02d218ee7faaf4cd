/**
 * Abbreviations read only where their sense fits (lexicon/abbreviations.ts). "CA" is a carcinoma
 * as the head of its phrase ("prostate CA", "CA of the lung"); before a word it modifies it names
 * a structure ("CA ligament", the coracoacromial ligament); after "City," it is a postal code;
 * before a number it is a tumour marker ("CA 125").
 */
import { describe, expect, it } from 'vitest';
import { phraseKeys } from '../lexicon/normalize.ts';
import { tokenize } from '../text/tokens.ts';
import { sentenceKeys } from './sentence-keys.ts';

const CARCINOMA = phraseKeys('carcinoma')[0]!;
const readsCarcinoma = (sentence: string): boolean => sentenceKeys(tokenize(sentence)).at.has(CARCINOMA);

describe('"CA" as carcinoma only where that sense fits', () => {
  it.each([
    ['Prostate CA, status post radium seed implant.', true],
    ['Past history of CA of the lung.', true],
    ['Father died from CA at the age of 79.', true],
    ['The CA ligament was released.', false],
    ['Stratus OCT (Carl Zeiss Meditec, Dublin, CA) showed normal fibers.', false],
    ['CA 125 was elevated.', false],
    // Lower case is not the abbreviation ("ca" for circa, calcium).
    ['Prostate ca.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(readsCarcinoma(sentence)).toBe(expected);
  });
});

/**
 * Roman numerals after "stage", "type", "class", "grade": the index writes them in Arabic
 * ("Disease, kidney, chronic, stage 3 (moderate) N18.30"; "Diabetes, type 1"). Elsewhere a
 * Roman numeral is a word of its own: "I" the pronoun, "IV" the intravenous route.
 */
describe('Roman numerals of stages and types', () => {
  const reads = (sentence: string, key: string): boolean => sentenceKeys(tokenize(sentence)).at.has(key);
  it.each([
    ['Chronic kidney disease, stage III.', '3', true],
    ['Diabetes mellitus, type I.', '1', true],
    ['Class III obesity.', '3', true],
    ['IV antibiotics were started.', '4', false],
    ['I expressed my doubt.', '1', false],
  ])('%s reads %s: %s', (sentence, key, expected) => {
    expect(reads(sentence, key)).toBe(expected);
  });
});
