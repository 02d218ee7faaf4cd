/**
 * @module write/adjudication
 * Decisions as FHIR adjudication lists (shared by ExplanationOfBenefit and ClaimResponse).
 * Amounts use R4's adjudication categories (eligible = allowed, benefit = paid) and CARIN's
 * memberliability for the patient's share. Each X12 CAS adjustment is one entry whose category
 * carries the CAS group (Medcode system) and, for the patient-responsibility reasons with an
 * R4 or CARIN equivalent, that category too (PR-1 deductible, PR-2 coinsurance, PR-3 copay), so
 * other readers see the amount they expect and ours reads the exact group and reason back.
 */
import type { Adjustment, Cents } from '@medcode/domain';
import type { CodeableConcept, ExplanationOfBenefitItemAdjudication } from '@medplum/fhirtypes';
import type { LineDecision } from '../adjudicated-claim.ts';
import { REMARK } from '../read/adjudication.ts';
import { SYS } from '../systems.ts';
import { coding, concept, money } from './elements.ts';

type Adjudication = ExplanationOfBenefitItemAdjudication;

const amount = (system: string, code: string, c: Cents | undefined): Adjudication[] =>
  c === undefined ? [] : [{ category: concept(coding(system, code)), amount: money(c) }];

const STANDARD: Record<string, { system: string; code: string }> = {
  'PR-1': { system: SYS.adjudication, code: 'deductible' },
  'PR-2': { system: SYS.c4bbAdjudication, code: 'coinsurance' },
  'PR-3': { system: SYS.adjudication, code: 'copay' },
};

export function adjustmentEntry(a: Adjustment): Adjudication {
  const std = STANDARD[`${a.group}-${a.reason}`];
  const category: CodeableConcept = concept(
    coding(SYS.casGroup, a.group),
    ...(std === undefined ? [] : [coding(std.system, std.code)]),
  );
  return {
    category,
    reason: concept(coding(SYS.carc, a.reason)),
    amount: money(a.amount),
    ...(a.quantity === undefined ? {} : { value: a.quantity }),
  };
}

const remarkEntry = (code: string): Adjudication => ({
  category: concept(coding(SYS.info, REMARK)),
  reason: concept(coding(SYS.rarc, code)),
});

export interface DecisionAmounts {
  allowed?: Cents;
  paid?: Cents;
  patientResponsibility?: Cents;
  adjustments: Adjustment[];
  remarks: string[];
}

/** One adjudication list: amounts, then adjustments, then remarks. */
export function adjudicationList(d: DecisionAmounts, submitted?: Cents): Adjudication[] {
  return [
    ...amount(SYS.adjudication, 'submitted', submitted),
    ...amount(SYS.adjudication, 'eligible', d.allowed),
    ...amount(SYS.adjudication, 'benefit', d.paid),
    ...amount(SYS.c4bbAdjudication, 'memberliability', d.patientResponsibility),
    ...d.adjustments.map(adjustmentEntry),
    ...d.remarks.map(remarkEntry),
  ];
}

/** EOB.total / ClaimResponse.total entries from the claim-level amounts. */
export function totals(d: DecisionAmounts, submitted?: Cents) {
  return adjudicationList({ ...d, adjustments: [], remarks: [] }, submitted).map((a) => ({
    category: a.category,
    amount: a.amount ?? money(0 as Cents),
  }));
}

export const lineAdjudication = (d: LineDecision, submitted?: Cents): Adjudication[] =>
  adjudicationList(d, submitted);
