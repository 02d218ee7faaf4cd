/**
 * @module reasons
 * Adjudication reason codes: why a line was denied, reduced, pended or charged to the patient.
 * Scheme: AJ and three digits, numbered in the order they were added; a code is never
 * renumbered, reused or removed. Each names the X12 answer a provider reads on the 835: the
 * claim adjustment group (CO contractual, PR patient responsibility, OA other, PI payer
 * initiated), the Claim Adjustment Reason Code (CARC) and Remittance Advice Remark Codes (RARC),
 * all checked against the installed X12 code lists (reasons.test.ts) so a code X12 stopped
 * (CARC 15 stopped 2018-05-01) cannot slip in. `group: 'plan'` takes the group from the plan
 * (who owes a non-covered service is a plan term).
 */
import type { Adjustment, EvidenceSource } from '@medcode/domain';

export type ReasonKind = 'deny' | 'reduce' | 'patient' | 'pend' | 'info';
export type Group = Adjustment['group'];

export interface ReasonDef {
  kind: ReasonKind;
  title: string;
  group: Group | 'plan';
  carc: string;
  rarc: readonly string[];
}

// biome-ignore format: one code per line reads as the ledger it is.
export const REASONS = {
  // Eligibility (42 CFR 424.5 conditions for payment; the plan's members file)
  AJ001: { kind: 'deny', title: 'patient not found among the plan\'s members', group: 'CO', carc: '31', rarc: [] },
  AJ002: { kind: 'deny', title: 'date of service before the member\'s coverage began', group: 'PR', carc: '26', rarc: [] },
  AJ003: { kind: 'deny', title: 'date of service after the member\'s coverage ended', group: 'PR', carc: '27', rarc: [] },
  AJ004: { kind: 'deny', title: 'member covered by another plan of the payer on the date', group: 'CO', carc: '109', rarc: [] },
  AJ005: { kind: 'deny', title: 'another payer is primary and the claim carries no primary payment', group: 'CO', carc: '22', rarc: ['MA04'] },
  AJ006: { kind: 'deny', title: 'timely filing limit passed', group: 'CO', carc: '29', rarc: [] },
  // Benefits
  AJ007: { kind: 'deny', title: 'no covered benefit category includes the service', group: 'plan', carc: '204', rarc: ['N130'] },
  AJ008: { kind: 'deny', title: 'plan exclusion', group: 'plan', carc: '96', rarc: ['N130'] },
  AJ009: { kind: 'deny', title: 'statutory exclusion', group: 'plan', carc: '96', rarc: ['N425'] },
  AJ010: { kind: 'deny', title: 'prior authorization required and not on the claim', group: 'CO', carc: '197', rarc: [] },
  AJ011: { kind: 'deny', title: 'the authorization on the claim does not cover the service', group: 'CO', carc: '197', rarc: ['N54'] },
  AJ012: { kind: 'deny', title: 'frequency limit reached', group: 'CO', carc: '119', rarc: ['N640'] },
  AJ013: { kind: 'reduce', title: 'units above the plan\'s quantity limit', group: 'CO', carc: '119', rarc: ['N362'] },
  AJ014: { kind: 'deny', title: 'provider\'s network tier not covered for the service', group: 'CO', carc: '242', rarc: [] },
  // Pricing (Medicare PFS status indicators: RVU file documentation, attachment A)
  AJ015: { kind: 'deny', title: 'bundled code: paid in the allowance of other services', group: 'CO', carc: '97', rarc: ['M15'] },
  AJ016: { kind: 'deny', title: 'code not valid for payment under the fee schedule', group: 'CO', carc: '181', rarc: ['N56'] },
  AJ017: { kind: 'deny', title: 'service not covered under the fee schedule', group: 'CO', carc: '204', rarc: ['N130'] },
  AJ018: { kind: 'deny', title: 'reporting-only code', group: 'CO', carc: '246', rarc: ['N620'] },
  AJ019: { kind: 'deny', title: 'modifier 26/TC not valid for the code\'s PC/TC indicator', group: 'CO', carc: '4', rarc: [] },
  AJ020: { kind: 'deny', title: 'injection paid only without other fee schedule services that day', group: 'CO', carc: '97', rarc: ['N390'] },
  AJ021: { kind: 'deny', title: 'claim edit', group: 'CO', carc: '16', rarc: [] },
  AJ022: { kind: 'reduce', title: 'multiple procedure payment reduction', group: 'CO', carc: '59', rarc: [] },
  AJ023: { kind: 'reduce', title: 'charge above the fee schedule or contracted amount', group: 'CO', carc: '45', rarc: [] },
  // Cost sharing
  AJ024: { kind: 'patient', title: 'deductible', group: 'PR', carc: '1', rarc: [] },
  AJ025: { kind: 'patient', title: 'coinsurance', group: 'PR', carc: '2', rarc: [] },
  AJ026: { kind: 'patient', title: 'copay', group: 'PR', carc: '3', rarc: [] },
  AJ027: { kind: 'reduce', title: 'prior payer\'s adjudication', group: 'OA', carc: '23', rarc: [] },
  // Pended for a reviewer (never on an 835: a pended claim waits for its decision)
  AJ028: { kind: 'pend', title: 'plan requires review before payment', group: 'OA', carc: '133', rarc: [] },
  AJ029: { kind: 'pend', title: 'no fee schedule amount: manual pricing', group: 'OA', carc: '133', rarc: [] },
  AJ030: { kind: 'pend', title: 'restricted coverage (PFS status R): covered only in unusual circumstances', group: 'OA', carc: '133', rarc: [] },
  AJ031: { kind: 'deny', title: 'no fee schedule amount and the plan denies unpriced services', group: 'CO', carc: '96', rarc: ['N216'] },
  // Reviewer decisions
  AJ032: { kind: 'info', title: 'decision by a reviewer', group: 'CO', carc: '16', rarc: ['N10'] },
  AJ033: { kind: 'info', title: 'denial reversed by a reviewer', group: 'CO', carc: '16', rarc: ['N11'] },
} as const satisfies Record<string, ReasonDef>;

export type ReasonCode = keyof typeof REASONS;

/** One reason on one line, with the words and the evidence a person needs to see why. */
export interface Reason {
  code: ReasonCode;
  message: string;
  /** The CARC group and reason as this line gets them (a plan term may set the group). */
  group: Group;
  carc: string;
  rarc: string[];
  evidence: EvidenceSource[];
}

export function reason(
  code: ReasonCode,
  message: string,
  evidence: EvidenceSource[] = [],
  over: { group?: Group; carc?: string; rarc?: readonly string[] } = {},
): Reason {
  const def: ReasonDef = REASONS[code];
  const group = over.group ?? (def.group === 'plan' ? 'CO' : def.group);
  return {
    code,
    message,
    group,
    carc: over.carc ?? def.carc,
    rarc: [...(over.rarc ?? def.rarc)],
    evidence,
  };
}
