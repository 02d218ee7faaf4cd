/**
 * @module frequency
 * Frequency limits the Medicare lab NCDs state in their text (NCD Manual, Pub. 100-03, chapter 1,
 * part 3), as data: which tests, how many in how many months, when the limit applies (a
 * diagnosis list, or its absence), and the sentence of the NCD it encodes. The screening
 * benefits that have their own frequency (42 CFR 410.17) are in screening.ts.
 *
 * A limit counts the patient's earlier orders of the listed tests in the window of `months`
 * months ending on the date of service (the earlier date excluded, the months counted by the
 * calendar: "every three months" after January 15 is April 15); the order exceeds it when the
 * earlier ones already reach `max`.
 */
import type { Citation } from '@medcode/rules';

export interface FrequencyLimit {
  id: string;
  /** The NCD (manual section) that states it. */
  ncd: string;
  title: string;
  /** Test codes (code-list patterns). */
  tests: readonly string[];
  max: number;
  months: number;
  /** The limit applies only when a diagnosis of the order is in this list. */
  whenDiagnosis?: readonly string[];
  /** The limit does not apply when a diagnosis of the order is in this list (a more lenient limit does). */
  unlessDiagnosis?: readonly string[];
  cite: Citation;
}

const manual = (section: string, text: string): Citation => ({
  kind: 'guideline',
  document: 'Medicare National Coverage Determinations Manual (Pub. 100-03), chapter 1, part 3',
  section,
  text,
});

/** Diabetes in pregnancy (ICD-10-CM O24.-): NCD 190.21 allows monthly testing. */
const DIABETES_IN_PREGNANCY = ['O24'];

export const NCD_FREQUENCY_LIMITS: readonly FrequencyLimit[] = [
  {
    id: 'ncd-190.21-controlled',
    ncd: '190.21',
    title: 'glycated hemoglobin / glycated protein: not more often than every three months',
    tests: ['83036', '83037', '82985'],
    max: 1,
    months: 3,
    unlessDiagnosis: DIABETES_IN_PREGNANCY,
    cite: manual(
      '190.21 Glycated Hemoglobin/Glycated Protein, Limitations',
      'testing more often than every three months on a controlled diabetic patient is not considered reasonable and necessary; more frequent testing needs documentation (therapy changed to improve control, uncontrolled diabetes)',
    ),
  },
  {
    id: 'ncd-190.21-pregnancy',
    ncd: '190.21',
    title: 'glycated hemoglobin / glycated protein in a pregnant diabetic patient: monthly',
    tests: ['83036', '83037', '82985'],
    max: 1,
    months: 1,
    whenDiagnosis: DIABETES_IN_PREGNANCY,
    cite: manual(
      '190.21 Glycated Hemoglobin/Glycated Protein, Limitations',
      'monthly testing may be reasonable and necessary for a pregnant diabetic patient',
    ),
  },
  {
    id: 'ncd-190.23-panel',
    ncd: '190.23',
    title: 'lipid panel: once a year when monitoring therapy or borderline levels',
    tests: ['80061'],
    max: 1,
    months: 12,
    cite: manual(
      '190.23 Lipid Testing, Limitations',
      'when monitoring long-term anti-lipid dietary or pharmacologic therapy, or following borderline high total or LDL cholesterol, a lipid panel once a year is reasonable; more frequent testing needs documentation (marked elevations, therapy changed for inadequate response)',
    ),
  },
  {
    id: 'ncd-190.23-component',
    ncd: '190.23',
    title: 'a lipid panel component or measured LDL: up to six times in the first year of therapy',
    tests: ['82465', '83718', '83721', '84478'],
    max: 6,
    months: 12,
    cite: manual(
      '190.23 Lipid Testing, Limitations',
      'any one component of the panel or a measured LDL may be reasonable and necessary up to six times the first year for monitoring dietary or pharmacologic therapy',
    ),
  },
  {
    id: 'ncd-190.22-stable',
    ncd: '190.22',
    title: 'thyroid testing in a clinically stable patient: up to twice a year',
    tests: ['84443', '84436', '84439', '84479'],
    max: 2,
    months: 12,
    cite: manual(
      '190.22 Thyroid Testing, Limitations',
      'in clinically stable patients, testing may be covered up to two times a year; more frequent testing may be reasonable when thyroid therapy has been altered or signs and symptoms are present',
    ),
  },
];

/** The first day of the window of `months` calendar months ending on `on` (YYYY-MM-DD). */
export function monthsBefore(on: string, months: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
