/**
 * Whose history "history of" names, claim profile, against the real books (MEDCODE_TEST_HOME).
 * Guidelines I.C.21.c.4: "Family history codes are for use when a patient has a family
 * member(s) who has had a particular disease"; personal history codes are for the patient's own
 * past. The index files the two apart: "History, family (of), malignant neoplasm (of) NOS, lung
 * Z80.1" and "History, personal (of), malignant neoplasm (of), lung NEC Z85.118". A history
 * denied ("no history of DVT") is no history at all (I.C.21.c.4 codes a history that exists).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a relative\u2019s history is a family history', () => {
  it('a relative as the subject of "had a history of"', () => {
    expect(claim('Both her mother and father had a history of lung cancer.')).toEqual(['Z80.1']);
    expect(claim('Her sister has a history of breast cancer.')).toEqual(['Z80.3']);
  });

  it('the family named after it, or the family history heading', () => {
    expect(claim('There is a history of asthma in her father.')).toEqual(['Z82.5']);
    expect(claim('FAMILY HISTORY: Father, history of stroke.')).toEqual(['Z82.3']);
  });

  it('the patient as the subject stays personal', () => {
    expect(claim('Her mother says she has a history of lung cancer.')).toEqual(['Z85.118']);
    expect(claim('History of lung cancer.')).toEqual(['Z85.118']);
  });
});

describe('a denied history is not coded', () => {
  it.each([
    'No history of DVT.',
    'No history of stroke.',
    'FAMILY HISTORY: No history of asthma.',
    'Family history is negative for ischemic heart disease.',
  ])('%s', (text) => {
    expect(claim(text)).toEqual([]);
  });
});
