/**
 * Hypertension with kidney and heart disease, claim profile, against the real books
 * (MEDCODE_TEST_HOME). Guidelines I.C.9.a: the classification presumes a causal relationship
 * between hypertension and heart involvement and between hypertension and kidney involvement
 * (I.A.15 "with"); I.C.9.a.2: "assign codes from category I12 ... when both hypertension and a
 * condition classifiable to category N18 ... are present", with "use additional code to
 * identify the stage of chronic kidney disease". Index: "Hypertension, with, kidney involvement
 * — see Hypertension, kidney"; "Hypertension, kidney, with stage 1 through stage 4 chronic
 * kidney disease I12.9"; "with heart failure (congestive) I11.0". I10 is part of I11-I13.
 *
 * The mentions profile lists what was said: the hypertension by its own words ("Hypertension
 * (essential) I10") beside the combination that words said apart from its own complete (in
 * another sentence, or in the same one after other words), not when the note joins them ("with",
 * "due to").
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });
const mentions = suggestedCodes(k, { setting: 'outpatient', profile: 'mentions' });

describe('hypertension combined with kidney and heart disease (I.C.9.a)', () => {
  it('with chronic kidney disease, said in another sentence too: I12, and the stage', () => {
    expect(claim('Hypertension. Chronic kidney disease stage 3.')).toEqual(['I12.9', 'N18.30']);
    expect(claim('Hypertension and chronic renal failure.')).toEqual(['I12.9', 'N18.9']);
  });

  it('with heart failure: I11.0, suggested (the presumed link is no doubt in the claim profile)', () => {
    expect(claim('Hypertension, congestive heart failure.')).toContain('I11.0');
  });

  it('with both: I13.0, not also the reading "without heart failure", and no I10 beside it', () => {
    const codes = claim('Hypertension with CKD stage 3 and heart failure.');
    expect(codes).toContain('I13.0');
    expect(codes).not.toContain('I13.10');
    expect(codes).not.toContain('I10');
  });

  it('a kidney stone is no kidney involvement', () => {
    expect(claim('Hypertension. Kidney stones.')).toEqual(['I10', 'N20.0']);
  });

  it('mentions profile: the combination read across sentences, and the hypertension as said', () => {
    expect(mentions('Chronic renal failure. History of COPD and hypertension.')).toEqual(
      expect.arrayContaining(['N18.9', 'J44.9', 'I12.9', 'I10']),
    );
    // Said joined in one sentence, the words are one condition in either profile.
    expect(mentions('Hypertension with chronic kidney disease stage 3.')).not.toContain('I10');
    expect(mentions('Chronic kidney disease due to hypertension.')).not.toContain('I10');
    // Said apart in one sentence, the link is the classification's presumption: each as said too.
    const apart = 'History of hypertension and hypercholesterolemia, with end stage renal disease.';
    expect(mentions(apart)).toEqual(expect.arrayContaining(['I12.0', 'N18.6', 'I10', 'E78.00']));
    expect(claim(apart)).not.toContain('I10');
    expect(claim('Chronic renal failure. History of COPD and hypertension.')).not.toContain('I10');
  });
});
