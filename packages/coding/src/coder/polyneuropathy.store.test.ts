/**
 * Peripheral neuropathy is polyneuropathy to the index, against the real books
 * (MEDCODE_TEST_HOME): "Neuropathy, peripheral (nerve) — see also Polyneuropathy"; "Diabetes,
 * type 2, with, polyneuropathy E11.42" (E11.40 is "diabetic neuropathy, unspecified").
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('peripheral neuropathy reads Polyneuropathy', () => {
  it('with diabetes: the polyneuropathy combination', () => {
    expect(claim('Type 2 diabetes with peripheral neuropathy.')).toEqual(['E11.42']);
    expect(claim('Diabetic peripheral neuropathy.')).toEqual(['E11.42']);
  });

  it('alone: polyneuropathy, unspecified', () => {
    expect(claim('Peripheral neuropathy.')).toEqual(['G62.9']);
  });
});
