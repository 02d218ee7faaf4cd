/**
 * "High" read through its subterms, against the real books (MEDCODE_TEST_HOME). Index: "High,
 * cholesterol E78.00; with high triglycerides E78.2"; "High, triglycerides E78.1"; "High, blood
 * pressure — see also Hypertension; reading (incidental) (isolated) (nonspecific), without
 * diagnosis of hypertension R03.0"; "Hypertension, hypertensive I10". The word alone is no
 * condition ("high school", "high dose"): the main term is read only with a subterm the note
 * names, and "high blood pressure" names the disease (lexicon/abbreviations.ts, PHRASES).
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from '../coder/coder.ts';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('high, read with what is high', () => {
  it('a high cholesterol or triglyceride level is its subterm, and both together the combination', () => {
    expect(claim('She has a history of high cholesterol.')).toEqual(['E78.00']);
    expect(claim('She has high triglycerides.')).toEqual(['E78.1']);
    expect(claim('High cholesterol with high triglycerides.')).toEqual(['E78.2']);
  });

  it('"high blood pressure" is hypertension, quoted in full; a high reading is R03.0', () => {
    const r = codeNote('He has high blood pressure.', k, options);
    expect(r.suggestions.map((s) => s.code)).toEqual(['I10']);
    expect(r.suggestions[0]?.evidence.map((e) => e.text)).toEqual(['high blood pressure']);
    expect(claim('Blood pressure was high at 160/95.')).toEqual(['R03.0']);
  });

  it('"high" alone names nothing', () => {
    expect(claim('He attended high school.')).toEqual([]);
    expect(claim('High dose steroids were given.')).toEqual([]);
    expect(claim('He is at high risk.')).toEqual([]);
  });
});
