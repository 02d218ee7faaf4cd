/**
 * @module from-remittance
 * An 835 claim payment (the domain's `ClaimPayment`, loop 2100 CLP and its 2110 SVC lines) as
 * the decision the FHIR writers take, so a remittance becomes an ExplanationOfBenefit or a
 * ClaimResponse for the claim it answers. Service lines are matched to the claim's lines by the
 * line item control number (2110 REF*6R = 837 2400 REF*6R), else by position, as the 835 TR3
 * (005010X221A1, 2110 REF*6R) intends.
 */
import type { Claim, ClaimPayment, IsoDate, ServicePayment } from '@medcode/domain';
import { sumCents } from '@medcode/domain';
import type { AdjudicatedClaim, ClaimDecision, LineDecision } from './adjudicated-claim.ts';

function lineNumberOf(claim: Claim, s: ServicePayment, i: number): number {
  const byControl =
    s.controlNumber === undefined ? undefined : claim.lines.find((l) => l.controlNumber === s.controlNumber);
  return byControl?.lineNumber ?? claim.lines[i]?.lineNumber ?? i + 1;
}

function lineDecision(claim: Claim, s: ServicePayment, i: number): LineDecision {
  const d: LineDecision = {
    lineNumber: lineNumberOf(claim, s, i),
    paid: s.paid,
    adjustments: s.adjustments,
    remarks: s.remarks,
  };
  if (s.allowed !== undefined) d.allowed = s.allowed;
  const pr = s.adjustments.filter((a) => a.group === 'PR');
  // The patient's share of a line: its PR (patient responsibility) adjustments.
  if (pr.length > 0) d.patientResponsibility = sumCents(pr.map((a) => a.amount));
  return d;
}

/** The claim with the payer's decision from its 835 claim payment. */
export function fromClaimPayment(
  claim: Claim,
  payment: ClaimPayment,
  paymentDate?: IsoDate,
): AdjudicatedClaim {
  const decision: ClaimDecision = {
    // An 835 reports claims the payer finished adjudicating, paid or denied (CLP02 1-4, 19-23).
    outcome: 'complete',
    paid: payment.paid,
    adjustments: payment.adjustments,
    remarks: payment.remarks,
    lines: payment.services.map((s, i) => lineDecision(claim, s, i)),
  };
  if (payment.payerClaimControlNumber !== undefined) decision.payerClaimId = payment.payerClaimControlNumber;
  if (payment.patientResponsibility !== undefined)
    decision.patientResponsibility = payment.patientResponsibility;
  if (paymentDate !== undefined) decision.paymentDate = paymentDate;
  return { claim, decision };
}
