/**
 * @module edits
 * Read API of the edit tables: NCCI MUE, add-on code edits, PTP edits (SQL and in-memory),
 * lab NCDs, and presence of a code in CMS tables. See README.md beside this file.
 */
export * from './evidence.ts';
export {
  type AddOnEdit,
  type AddOnPrimary,
  type AddOnType,
  AOC_DATASET,
  addOnCodes,
  addOnEdits,
} from './aoc/aoc-read.ts';
export { MUE_DATASETS, type MueAdjudication, type MueEdit, type MueKind, mue } from './mue/mue-read.ts';
export {
  NCD_DATASET,
  type NcdForCode,
  type NcdResolution,
  type NcdResolutionCode,
  ncdCodes,
  ncdFor,
  ncdList,
  ncdResolution,
} from './ncd/ncd-read.ts';
export { ALL_OTHER_CODES } from './ncd/ncd-loader.ts';
export { codeKey } from './ptp/code-key.ts';
export { type PtpHit, PtpIndex, PtpTableIndex, ptpIndex } from './ptp/ptp-index.ts';
export { type PtpEdit, ptpEditsOf, ptpPair } from './ptp/ptp-read.ts';
export type { ModifierIndicator } from './ptp/ptp-schema.ts';
export {
  CUSTOM_PTP_LOADER,
  PTP_DATASETS,
  type PtpOptions,
  type PtpSetting,
  type PtpTable,
  ptpTables,
} from './ptp/ptp-sources.ts';
export {
  type CmsPresence,
  EDIT_AND_FEE_PRESENCE_SOURCES,
  presentInCmsTables,
  type TablePresence,
} from './presence.ts';
