/**
 * A hyphenated word supplies its words to the main term and to its subterms alike, as an
 * abbreviation does, against the real books (MEDCODE_TEST_HOME). Index: "Syndrome, sick, sinus
 * I49.5"; "Failure, to thrive, child R62.51" (tabular R62.51 "Failure to thrive (child)");
 * "Light-headedness R42" is read "Light, headedness". Without it the subterm found no word of
 * its own left: "sick-sinus syndrome" fell to "Syndrome, sick — see also Disease, sinus"
 * (sinusitis, J32.9).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a hyphenated word', () => {
  it('supplies the main term and its subterms', () => {
    expect(claim('Sick-sinus syndrome.')).toEqual(['I49.5']);
    expect(claim('The infant has failure-to-thrive.')).toEqual(['R62.51']);
    expect(claim('A feeling of light-headedness.')).toEqual(['R42']);
  });

  it('reads as the same words written apart', () => {
    expect(claim('Sick sinus syndrome.')).toEqual(['I49.5']);
  });
});
