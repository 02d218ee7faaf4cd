/**
 * @module adjudicated-claim
 * A claim with the payer's decision on it: what an ExplanationOfBenefit carries (a claim plus
 * its adjudication) and what a ClaimResponse answers. The domain package has no remittance
 * model yet; this is the minimum the FHIR mappers need, shaped after the X12 835 (CLP claim
 * payment, SVC service line, CAS adjustments with group and CARC reason, LQ*HE remarks) so an
 * 835 model can replace it without changing the mapping's meaning.
 */
import type { Adjustment, Cents, Claim, IsoDate } from '@medcode/domain';

/** FHIR RemittanceOutcome: complete, partial (some lines not adjudicated), error, queued. */
export type AdjudicationOutcome = 'complete' | 'partial' | 'error' | 'queued';

/** The decision on one service line (835 loop 2110: SVC, CAS, AMT*B6, LQ*HE). */
export interface LineDecision {
  /** `ServiceLine.lineNumber` of the line decided. */
  lineNumber: number;
  /** SVC02 billed amount, when the payer restates it. */
  submitted?: Cents;
  /** AMT*B6 allowed amount. */
  allowed?: Cents;
  /** SVC03 line paid amount. */
  paid?: Cents;
  /** The patient's share (deductible, coinsurance, copay): the PR adjustments' sum when stated apart. */
  patientResponsibility?: Cents;
  /** CAS: group, CARC reason, amount, quantity. */
  adjustments: Adjustment[];
  /** LQ*HE remittance advice remark codes (RARC). */
  remarks: string[];
}

/** The decision on the claim (835 loop 2100: CLP, claim-level CAS). */
export interface ClaimDecision {
  outcome: AdjudicationOutcome;
  /** CLP07 payer claim control number. */
  payerClaimId?: string;
  /** CLP03 total billed, when stated apart from the claim's. */
  submitted?: Cents;
  /** Sum of allowed amounts, when the payer states it. */
  allowed?: Cents;
  /** CLP04 claim paid amount. */
  paid?: Cents;
  /** CLP05 patient responsibility. */
  patientResponsibility?: Cents;
  /** Claim-level CAS adjustments. */
  adjustments: Adjustment[];
  /** Claim-level remark codes (MOA / MIA remarks). */
  remarks: string[];
  /** BPR16 / payment date. */
  paymentDate?: IsoDate;
  lines: LineDecision[];
}

export interface AdjudicatedClaim {
  claim: Claim;
  decision: ClaimDecision;
}
