/**
 * @module abn
 * The Advance Beneficiary Notice of Non-coverage (form CMS-R-131; Medicare Claims Processing
 * Manual, Pub. 100-04, chapter 30, section 50, and the form's instructions). When Medicare will
 * likely deny a test as not reasonable and necessary (a lab NCD that covers none of the
 * diagnoses given, or a frequency limit passed), the lab gives the patient the ABN before the
 * test; the claim line then carries GA when the patient signed it, GZ when no ABN is on file.
 * A test Medicare never pays (statutorily excluded: the NCDs' "never covered" list of routine
 * examination and screening codes) needs no ABN: the line carries GY, with GX as well when the
 * patient was given a voluntary ABN (Pub. 100-04 ch. 30 §40.3, §50.3; modifier definitions in
 * the HCPCS Level II modifier list).
 *
 * The form's fields: (A) notifier, (B) patient name, (C) identification number (not the
 * Medicare number), (D) the items or services, (E) the reason Medicare may not pay, (F) the
 * estimated cost (here from the clinical laboratory fee schedule, in cents), (G) options,
 * (H) additional information, (I) signature, (J) date. (G), (I) and (J) are the patient's.
 */
import type { TableEvidence } from '@medcode/codesets';
import type { Cents, HcpcsCode, Modifier } from '@medcode/domain';
import type { FrequencyCheck } from './frequency-check.ts';
import type { TestNecessity } from './necessity.ts';
import type { LabOrder } from './order.ts';
import type { LabTables } from './tables.ts';

export type AbnReason = 'not-necessary' | 'too-frequent' | 'statutory-exclusion';

/** The form's reason wording (CMS-R-131 instructions, field E, laboratory examples). */
export const ABN_REASON_TEXT: Record<AbnReason, string> = {
  'not-necessary': 'Medicare does not pay for this test for your condition.',
  'too-frequent': 'Medicare does not pay for this test as often as this (denied as too frequent).',
  'statutory-exclusion':
    'Medicare never pays for routine examination or screening tests ordered without signs, symptoms or a condition.',
};

export interface AbnItem {
  line: number;
  test: HcpcsCode;
  name?: string;
  reason: AbnReason;
  reasonText: string;
  /** Required ABN (GA/GZ) or voluntary (statutory exclusion: GY, GX with it). */
  required: boolean;
  /** The line's modifiers: GA or GZ; GY, or GX + GY. */
  modifiers: Modifier[];
  /** CLFS rate × units, when the test is on the fee schedule. */
  estimatedCost?: Cents;
  costEvidence?: TableEvidence;
}

export interface AbnNotice {
  form: 'CMS-R-131';
  notifier?: string;
  patientName?: string;
  identificationNumber: string;
  items: AbnItem[];
  totalEstimatedCost?: Cents;
  /** (G) the options the patient chooses from. */
  options: readonly string[];
  signed: boolean;
}

export const ABN_OPTIONS: readonly string[] = [
  'OPTION 1. I want the test listed above. You may ask to be paid now, but I also want Medicare billed for an official decision on payment.',
  'OPTION 2. I want the test listed above, but do not bill Medicare. You may ask to be paid now as I am responsible for payment.',
  "OPTION 3. I don't want the test listed above. I understand I am not responsible for payment, and I cannot appeal to see if Medicare would pay.",
];

const mod = (m: string): Modifier => m as Modifier;

/** Why Medicare would likely deny the test, if it would: the NCD first, then the frequency. */
export function abnReason(
  order: LabOrder,
  necessity: TestNecessity,
  frequency: readonly FrequencyCheck[],
  screeningConfirmed: boolean,
): AbnReason | undefined {
  if (order.coverage.kind !== 'medicare') return undefined;
  if (necessity.status === 'not-necessary') return 'not-necessary';
  if (necessity.status === 'never-covered') return 'statutory-exclusion';
  if (screeningConfirmed && necessity.status !== 'screening-benefit') return 'statutory-exclusion';
  if (frequency.some((f) => f.exceeded === true)) return 'too-frequent';
  return undefined;
}

export function abnItem(
  order: LabOrder,
  index: number,
  reason: AbnReason,
  tables: LabTables,
  on: string,
): AbnItem {
  const t = order.tests[index]!;
  const required = reason !== 'statutory-exclusion';
  const signed = order.abnSigned === true;
  const modifiers = required ? [mod(signed ? 'GA' : 'GZ')] : signed ? [mod('GX'), mod('GY')] : [mod('GY')];
  const rate = tables.clfsRate(t.code, on as never);
  return {
    line: index + 1,
    test: t.code,
    ...(t.name !== undefined ? { name: t.name } : {}),
    reason,
    reasonText: ABN_REASON_TEXT[reason],
    required,
    modifiers,
    ...(rate ? { estimatedCost: (rate.rate * t.units) as Cents, costEvidence: rate.evidence } : {}),
  };
}

export function abnNotice(order: LabOrder, items: AbnItem[], notifier?: string): AbnNotice {
  const name = order.patient.name;
  const costs = items.map((i) => i.estimatedCost);
  return {
    form: 'CMS-R-131',
    ...(notifier !== undefined ? { notifier } : {}),
    ...(name ? { patientName: [name.first, name.middle, name.last].filter(Boolean).join(' ') } : {}),
    identificationNumber: order.id,
    items,
    ...(costs.every((c) => c !== undefined)
      ? { totalEstimatedCost: costs.reduce((a, b) => a + b, 0) as Cents }
      : {}),
    options: ABN_OPTIONS,
    signed: order.abnSigned === true,
  };
}
