/**
 * "Secondary to" names a cause, not a secondary kind of the condition after it, against the real
 * books (MEDCODE_TEST_HOME).
 * - I.A.15 and the index's "due to" subterms: "X secondary to Y" says Y caused X. The index's
 *   "Hypertension, secondary NEC I15.9" and "Carcinoma, secondary — see Neoplasm, secondary"
 *   (C77-C79) are kinds of the condition: the condition is the secondary one, so the word must
 *   say it of the condition ("secondary hypertension", "anemia secondary to blood loss"), never come
 *   before it as a cause
 *   ("neuropathy secondary to chemotherapy for breast cancer" names a primary breast cancer).
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const codes = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('secondary to', () => {
  it('the condition after "secondary to" is the cause, of its own kind', () => {
    // Left ventricular hypertrophy is "Hypertrophy, cardiac" (I51.7, Cardiomegaly): with
    // hypertension, a hypertensive heart disease (I.C.9.a.1: "Hypertension with heart conditions
    // classified to ... I51.7 ... is assigned to a code from category I11"), never I15.9.
    const ht = codes('Left ventricular hypertrophy secondary to hypertension.');
    expect(ht).toContain('I11.9');
    expect(ht).not.toContain('I15.9');
    const ca = codes('Bone pain secondary to his prostate cancer.');
    expect(ca).not.toContain('C79.82');
    expect(codes('Thrombocytopenia. Bleeding gums secondary to thrombocytopenia.')).not.toContain('D69.59');
  });

  it('the word said of the condition itself still reads its kind', () => {
    expect(codes('Secondary hypertension.')).toEqual(['I15.9']);
    // "Anemia, secondary to, blood loss (chronic) D50.0": the subterm is the phrase itself.
    expect(codes('Anemia secondary to chronic blood loss.')).toContain('D50.0');
  });
});
