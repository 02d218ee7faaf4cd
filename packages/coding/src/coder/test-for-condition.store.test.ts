/**
 * A test, a vaccination or advice about a condition is not the condition, claim profile, against
 * the real books (MEDCODE_TEST_HOME). Guidelines IV.C: code "the diagnosis, condition, problem,
 * or other reason for encounter/visit"; IV.H: "Do not code diagnoses documented as 'probable',
 * 'suspected', 'questionable', 'rule out' ..."; I.C.1.a.1: "Code only confirmed cases of HIV
 * infection/illness". A vaccination is coded Z23 for the encounter, not as the disease.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge, suggestedCodes } from './installed.test-support.ts';

const k = installedKnowledge();
const claim = suggestedCodes(k, { setting: 'outpatient', profile: 'claim' });

describe('a test, a vaccination or advice for a condition is not the condition', () => {
  it('a serology or test ordered for an infection', () => {
    expect(claim('HIV serology was ordered.')).not.toContain('B20');
    expect(claim('Serology for hepatitis C was sent.')).not.toContain('B19.20');
    expect(claim('He was tested for tuberculosis.')).not.toContain('A15.9');
    // The result says: a positive test is read as the condition.
    expect(claim('Infectious mononucleosis screen is positive.')).toContain('B27.90');
  });

  it('a work-up or studies for a condition, and a screening', () => {
    expect(claim('Further studies for Graves disease as an outpatient.')).not.toContain('E05.00');
    expect(claim('Colon cancer screening.')).not.toContain('C18.9');
    // "work-up of" her anemia: the anemia is hers.
    expect(claim('She was admitted for work-up of her iron deficiency anemia.')).toContain('D50.9');
  });

  it('a vaccination', () => {
    const codes = claim('Needs vaccination for influenza and pneumonia.');
    expect(codes).not.toContain('J11.00');
    expect(codes).not.toContain('J18.9');
    expect(claim('Influenza and pneumonia.')).toContain('J11.00');
  });

  it('the symptoms of a condition told to the patient', () => {
    expect(claim('I discussed with her the symptoms of retinal detachment.')).toEqual([]);
    expect(claim('She has symptoms of depression.')).toContain('F32.A');
  });
});

describe('HIV is coded only when confirmed (I.C.1.a.1)', () => {
  it('an uncertain HIV is not coded, inpatient either (the exception to II.H)', () => {
    const inpatient = suggestedCodes(k, { setting: 'inpatient', profile: 'claim' });
    expect(inpatient('He was tested for HIV.')).not.toContain('B20');
    expect(inpatient('Probable HIV infection.')).not.toContain('B20');
    expect(inpatient('HIV disease, on antiretroviral therapy.')).toContain('B20');
  });
});
