/**
 * Chronic diseases in the patient's history, claim profile, against the real books
 * (MEDCODE_TEST_HOME). Guidelines IV.I: "Chronic diseases treated on an ongoing basis may be
 * coded and reported as many times as the patient receives treatment and care for the
 * condition(s)"; a history code is for a condition that no longer exists (I.C.21.c.4), which a
 * chronic disease does not become by being listed as history (guidelines/chronic.ts).
 */
import { describe, expect, it } from 'vitest';
import { codeNote } from './coder.ts';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const options = { setting: 'outpatient', profile: 'claim' } as const;
const claim = suggestedCodes(k, options);

describe('a chronic disease listed as history is coded', () => {
  it('said "history of", or under a past medical history heading', () => {
    expect(claim('History of hypertension.')).toEqual(['I10']);
    expect(claim('PAST MEDICAL HISTORY: Type 2 diabetes, hyperlipidemia.')).toEqual(['E11.9', 'E78.5']);
    const r = codeNote('History of hypertension.', k, options);
    expect(r.suggestions[0]?.guidelines).toContain('IV.I');
  });

  it('but not when the note says it ended, nor an acute condition', () => {
    expect(claim('Atrial fibrillation years ago.')).toEqual([]);
    expect(claim('History of pneumonia.')).not.toContain('J18.9');
  });

  it('a chronic disease from the history does not explain away a symptom of today', () => {
    // R07.9 is integral to coronary disease (guidelines/integral.ts) when it is diagnosed now.
    expect(claim('History of coronary artery disease. She presents with chest pain.')).toContain('R07.9');
  });
});
