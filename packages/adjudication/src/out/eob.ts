/**
 * @module out/eob
 * An adjudicated claim as FHIR R4: the `AdjudicatedClaim` that @medcode/fhir maps (the claim
 * plus the decision, shaped after the 835), and from it an ExplanationOfBenefit. Pended lines
 * make the outcome "partial" (FHIR RemittanceOutcome: some lines not yet adjudicated); a voided
 * claim has no EOB of its own (its reversal is on the 835).
 */
import type { Claim, IsoDate } from '@medcode/domain';
import { type AdjudicatedClaim, type ClaimDecision, toFhirEob } from '@medcode/fhir';
import { payerClaimId } from '../adjudicate/adjudicate.ts';
import type { ClaimResult } from '../adjudicate/types.ts';

export type ExplanationOfBenefit = ReturnType<typeof toFhirEob>;

export function adjudicatedClaim(
  result: ClaimResult,
  claim: Claim,
  paymentDate?: IsoDate,
): AdjudicatedClaim | undefined {
  if (result.status === 'voided') return undefined;
  const decision: ClaimDecision = {
    outcome: result.status === 'pended' ? 'partial' : 'complete',
    payerClaimId: payerClaimId(claim),
    submitted: result.billed,
    allowed: result.allowed,
    paid: result.paid,
    patientResponsibility: result.patientResponsibility,
    adjustments: result.claimAdjustments,
    remarks: [],
    ...(paymentDate !== undefined ? { paymentDate } : {}),
    lines: result.lines
      .filter((l) => l.status !== 'pended')
      .map((l) => ({
        lineNumber: l.lineNumber,
        submitted: l.billed,
        allowed: l.allowed,
        paid: l.paid,
        patientResponsibility: l.patientResponsibility,
        adjustments: l.adjustments,
        remarks: l.remarks,
      })),
  };
  return { claim, decision };
}

export function explanationOfBenefit(
  result: ClaimResult,
  claim: Claim,
  opts: { created?: string; paymentDate?: IsoDate } = {},
): ExplanationOfBenefit | undefined {
  const a = adjudicatedClaim(result, claim, opts.paymentDate);
  return a ? toFhirEob(a, opts.created !== undefined ? { created: opts.created } : {}) : undefined;
}
