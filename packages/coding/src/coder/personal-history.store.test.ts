/**
 * "History of" in the claim profile, against the real books (MEDCODE_TEST_HOME). Guidelines
 * I.C.21.c.4: personal history codes explain a patient's past medical condition that no longer
 * exists; the index files them under "History, personal (of)": "embolism, venous Z86.718",
 * "malignant neoplasm, breast Z85.3", "myocardial infarction (old) I25.2", "stroke without
 * residual deficits Z86.73". A chronic disease said with "history of" is the disease, and a
 * condition coded as current is not also coded as past.
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('history of a past condition', () => {
  it.each([
    ['History of DVT.', 'Z86.718'],
    ['History of breast cancer.', 'Z85.3'],
    ['History of myocardial infarction.', 'I25.2'],
    ['History of stroke.', 'Z86.73'],
    ['History of kidney stones.', 'Z87.442'],
  ])('%s → %s', (text, code) => {
    expect(claim(text)).toEqual([code]);
  });

  it('residual deficits make a stroke a sequela, not a history without residuals', () => {
    expect(claim('History of stroke with residual left hemiparesis.')).not.toContain('Z86.73');
  });

  it('the family history stays the family’s, and the mentions profile lists the condition', () => {
    expect(claim('Family history of breast cancer.')).not.toContain('Z85.3');
    const mentions = codeNote('History of DVT.', k, { setting: 'outpatient', profile: 'mentions' });
    expect(mentions.suggestions.map((s) => s.code)).toEqual(['I82.409']);
  });

  it('a catch-all "disease or disorder" history is not read for a chronic disease', () => {
    expect(claim('History of bipolar disorder.')).not.toContain('Z87.898');
  });

  it('a history reading yields to the same condition coded as current', () => {
    const codes = claim('History of alcohol dependence. Admitted for acute alcohol withdrawal.');
    expect(codes).toContain('F10.239');
    expect(codes).not.toContain('F10.21');
  });
});
