/**
 * A residual code's "see also", against the real books (MEDCODE_TEST_HOME). Index: "Stenosis,
 * artery NEC I77.1 — see also Arteriosclerosis"; "Arteriosclerosis, carotid I65.2- — see also
 * Occlusion, artery, carotid"; tabular I65.22 "Occlusion and stenosis of left carotid artery".
 * "NEC" is for the arteries the index classifies nowhere else: the carotid is classified under
 * the term the "see also" names.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from '../coder/installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a residual code and its "see also"', () => {
  it('an artery the referred term names is coded there', () => {
    expect(claim('Stenosis of the left internal carotid artery.')).toEqual(['I65.22']);
  });

  it('an artery named nowhere else keeps the residual code', () => {
    expect(claim('Stenosis of the artery.')).toEqual(['I77.1']);
  });
});
