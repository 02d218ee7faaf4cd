/**
 * @module @medcode/fhir
 * FHIR R4 ⇄ the claim model. Writers: Claim, ExplanationOfBenefit and ClaimResponse from an
 * adjudicated claim, Coverage. Readers: Claim and ExplanationOfBenefit (R4, and Blue Button
 * STU3 EOBs) from a resource, a Bundle or NDJSON, resolving references across the input, with
 * positioned problems for what cannot be read and notes for what the model cannot hold. Clinical
 * notes: the text of DocumentReference attachments, with the patient and setting they name.
 */
export * from './adjudicated-claim.ts';
export { fromClaimPayment } from './from-remittance.ts';
export * from './problems.ts';
export { SYS, EXT, MEDCODE } from './systems.ts';
export { toFhirClaim, type WriteOptions } from './write/claim.ts';
export { toFhirEob, toFhirClaimResponse } from './write/eob.ts';
export { toFhirCoverage } from './write/coverage.ts';
export { ResourcePool } from './read/pool.ts';
export {
  addToPool,
  readFhir,
  readResource,
  type FhirReadItem,
  type ReadFhirOptions,
  type ReadSource,
} from './read/load.ts';
export {
  type ClinicalNote,
  type NoteContext,
  type NoteReadItem,
  type NoteSetting,
  noteContext,
  type ReadNotesOptions,
  readDocument,
  readNotes,
} from './read/document.ts';
