/**
 * @module cms
 * The public face of the CMS code sets: ICD-10-PCS, HCPCS Level II and CPT presence, GEMs, the
 * Medicare Code Editor lists, place of service codes, and the X12 CARC/RARC lists.
 */
export { type PcsAxis, PCS_AXIS_NAMES, PCS_SECTIONS, pcsAxes } from './icd10pcs/axes.ts';
export {
  PCS_DATASET,
  type PcsCode,
  type PcsCounts,
  pcsCode,
  pcsCounts,
  pcsTableTitle,
} from './icd10pcs/read.ts';
export { icd10pcsLookup, icd10pcsSearchDocuments } from './icd10pcs/lookup.ts';
export { HCPCS_ACTION, HCPCS_COVERAGE, type HcpcsRecord } from './hcpcs/record.ts';
export {
  HCPCS_DATASET,
  type HcpcsCounts,
  type HcpcsEntry,
  hcpcsCounts,
  hcpcsLevel2,
  hcpcsModifier,
} from './hcpcs/read.ts';
export { HCPCS_SECTIONS, hcpcsLookup, hcpcsSearchDocuments } from './hcpcs/lookup.ts';
export { CPT_CUSTOMER_DATASET } from './cpt/loader.ts';
export { type CptEntry, parseCptText, readCptFile } from './cpt/customer-file.ts';
export {
  type CptKnowledge,
  type CptPresenceSource,
  cptCustomerDescription,
  cptFirstSource,
  cptKnown,
} from './cpt/presence.ts';
export { CPT_PRESENCE_SOURCES } from './cpt/presence-sources.ts';
export { type LocalReleases, localReleases } from './cpt/local-release.ts';
export {
  GEMS_DATASET,
  type GemDirection,
  type GemEntry,
  type GemSystem,
  gemsFrom,
  gemsTo,
} from './gems/read.ts';
export { MCE_EXTERNAL_CAUSE_FIRST_LETTERS, MCE_LISTS, MCE_VALID_AGES, type MceListId } from './mce/lists.ts';
export {
  MCE_DATASET,
  type MceAnswer,
  type MceMembership,
  mceDischargeStatuses,
  mceEditsFor,
  mceListCodes,
  mceProcedureEditsFor,
} from './mce/read.ts';
export { POS_DATASET, type PlaceOfService } from './pos/loader.ts';
export { placeOfService, placesOfService } from './pos/read.ts';
export type { X12Code } from './x12/code-list.ts';
export { CARC_DATASET, RARC_DATASET, type X12CodeOn, carc, rarc } from './x12/read.ts';
