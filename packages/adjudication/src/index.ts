/**
 * @module @medcode/adjudication
 * The insurer's side of a claim: plans and members as schema-checked data, eligibility, the
 * claim edits with the payer's rule pack, benefits, limits and authorization, Medicare-style
 * pricing (PFS RVUs, CLFS, a plan's own schedule), cost sharing with accumulators, and a
 * decision per line; out as an X12 835, a FHIR ExplanationOfBenefit, and 270 → 271 eligibility
 * answers. Pure: the caller reads files and the store and keeps the ledger. See README.md.
 */
export * from './plan/schema.ts';
export { parsePlan, planProblems, planVersionOn } from './plan/parse.ts';
export { planYearOf } from './plan/plan-year.ts';
export * from './members/schema.ts';
export {
  type CoverageOn,
  coverageOn,
  MemberIndex,
  type PatientKey,
  parseMembers,
} from './members/member-index.ts';
export * from './accumulators/ledger.ts';
export { type FeeSource, storeFees } from './pricing/fee-source.ts';
export {
  FACILITY_POS,
  NATIONAL_GPCI,
  pfsAmount,
  settingFor,
  type GpciValues,
  type Setting,
} from './pricing/pfs-amount.ts';
export { multipleProcedure, type ProcedureUnit, type ReducedUnit } from './pricing/multiple-procedure.ts';
export { REASONS, type Reason, type ReasonCode, type ReasonDef } from './reasons.ts';
export * from './adjudicate/types.ts';
export { adjudicate, payerClaimId } from './adjudicate/adjudicate.ts';
export { claimRef, contentHash, idempotencyKey } from './adjudicate/identity.ts';
export { claimPayment, reversalOf } from './out/claim-payment.ts';
export { type Adjudicated, buildRemittances, type RemittanceOptions } from './out/remittance.ts';
export { adjudicatedClaim, explanationOfBenefit, type ExplanationOfBenefit } from './out/eob.ts';
export { type CodeLists, type CodeProblem, codeProblems, storeCodeLists } from './out/code-check.ts';
export {
  type EligibilityInquiry,
  type InquiryPerson,
  type InquiryProblem,
  type InquirySubject,
  type Read270Result,
  read270,
} from './eligibility/read270.ts';
export {
  answerInquiry,
  type EligibilityResponse,
  type Reject,
  type SubjectAnswer,
} from './eligibility/answer.ts';
export { ELIGIBILITY_VERSION, type Write271Options, write271 } from './eligibility/write271.ts';
