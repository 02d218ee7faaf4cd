/**
 * @module @medcode/lab
 * Lab order review before the test is run: the order model and its three input forms (JSON,
 * FHIR R4 Bundle, HL7 v2 ORM^O01 / OML^O21), the review on the rule engine (NCD medical
 * necessity, frequency limits, diagnosis quality, missing information, the ABN), and provider
 * query drafting with the answer folded back in and the order reviewed again.
 */
export * from './order.ts';
export { labOrderFromJson, labOrderJsonSchema, type LabOrderJson } from './parse/json.ts';
export { labOrderFromFhir, PAYER_PACK_EXTENSION } from './parse/fhir.ts';
export { labOrderFromHl7 } from './parse/hl7.ts';
export { detectForm, type LabOrderForm, readLabOrder } from './parse/read.ts';
export type { InputProblem } from './parse/problems.ts';
export { LAB_FINDINGS, type LabAction, type LabFindingCode, CLAIM_CODE_ACTIONS } from './findings.ts';
export type { CoveredDiagnosis, LabTables } from './tables.ts';
export { StoreLabTables } from './tables-store.ts';
export type { DiagnosisVerdict, NcdList, NcdVerdict, NecessityStatus, TestNecessity } from './necessity.ts';
export type { FrequencyCheck } from './frequency-check.ts';
export { NCD_FREQUENCY_LIMITS, type FrequencyLimit } from './frequency.ts';
export { SCREENING_BENEFITS, SCREENING_CODES } from './screening.ts';
export { ABN_OPTIONS, ABN_REASON_TEXT, type AbnItem, type AbnNotice, type AbnReason } from './abn.ts';
export { LAB_RULES } from './rules.ts';
export {
  actionOf,
  type LabOutcome,
  type LabReview,
  type LabReviewContext,
  type ReviewedDiagnosis,
  reviewAnswered,
  reviewLabOrder,
} from './review.ts';
export {
  applyQueryAnswer,
  draftQueries,
  EVALUATION_OPTION,
  type LabQueryDraft,
  OTHER,
  type QueryAnswer,
  SCREENING_OPTION,
  toQueryBody,
  topicOfQuestion,
  UNDETERMINED,
} from './query.ts';
