/**
 * @module screening
 * Screening against diagnostic tests. ICD-10-CM Official Guidelines FY2026 I.C.21.c.5:
 * screening is testing for disease in seemingly well individuals; "the testing of a person to
 * rule out or confirm a suspected diagnosis because the patient has some sign or symptom is a
 * diagnostic examination, not a screening. In these cases, the sign or symptom is used to
 * explain the reason for the test." Section IV.K: routine laboratory testing without signs,
 * symptoms or a diagnosis takes Z01.89. The lab NCD tests are diagnostic tests (NCD benefit
 * category "Diagnostic Laboratory Tests"): ordered with nothing but examination and screening
 * codes (Z00-Z13), the order does not say why the test is diagnostic.
 *
 * Some tests are also a Medicare screening benefit with its own codes and frequency; with the
 * benefit's diagnosis they are screening, not diagnostic, and the NCD does not govern them.
 */
import type { Citation } from '@medcode/rules';

/** Examination and screening encounters: ICD-10-CM chapter 21, Z00-Z13. */
export const SCREENING_CODES: readonly string[] = ['Z00-Z13'];

export const SCREENING_GUIDELINES: readonly Citation[] = [
  {
    kind: 'guideline',
    document: 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026',
    section: 'I.C.21.c.5 Screening',
    text: 'The testing of a person to rule out or confirm a suspected diagnosis because the patient has some sign or symptom is a diagnostic examination, not a screening.',
  },
  {
    kind: 'guideline',
    document: 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026',
    section: 'IV.K Patients receiving diagnostic services only',
  },
];

export interface ScreeningBenefit {
  id: string;
  title: string;
  tests: readonly string[];
  /** The diagnosis that makes the test this screening benefit. */
  diagnoses: readonly string[];
  max: number;
  months: number;
  cite: Citation;
}

export const SCREENING_BENEFITS: readonly ScreeningBenefit[] = [
  {
    id: 'cv-screening',
    title: 'cardiovascular screening blood tests: once every five years',
    tests: ['80061', '82465', '83718', '84478'],
    diagnoses: ['Z13.6'],
    max: 1,
    months: 60,
    cite: {
      kind: 'policy',
      document:
        '42 CFR 410.17 Cardiovascular disease screening tests; Medicare Claims Processing Manual chapter 18, section 100',
      section: 'lipid panel or its components with Z13.6, once every 5 years',
    },
  },
];
