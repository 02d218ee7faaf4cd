/**
 * @module fees/pfs/pprrvu-columns
 * The columns of the PPRRVU file (National Physician Fee Schedule Relative Value File, record
 * layout in RVU25D/RVU26x documentation). The CSV's header is spread over several caption rows
 * ("WORK" above "RVU", "NON-FAC" above "PE RVU" ...); the loader joins each column's captions
 * and finds the fields below by those joined names, so a release that adds a column (RVU26
 * added "PRIC IND") still loads.
 */

export type RvuField =
  | 'hcpcs'
  | 'modifier'
  | 'status'
  | 'notUsedForMedicare'
  | 'work'
  | 'peNonFacility'
  | 'nonFacilityNa'
  | 'peFacility'
  | 'facilityNa'
  | 'mp'
  | 'totalNonFacility'
  | 'totalFacility'
  | 'pctc'
  | 'globalDays'
  | 'preOp'
  | 'intraOp'
  | 'postOp'
  | 'multipleProcedure'
  | 'bilateral'
  | 'assistant'
  | 'coSurgeons'
  | 'team'
  | 'pricing'
  | 'endoBase'
  | 'conversionFactor'
  | 'supervision'
  | 'calculationFlag'
  | 'imagingFamily'
  | 'oppsPeNonFacility'
  | 'oppsPeFacility'
  | 'oppsMp';

/** Joined caption → field. Fields marked optional below may be missing from older releases. */
export const RVU_COLUMNS: Readonly<Record<string, RvuField>> = {
  HCPCS: 'hcpcs',
  MOD: 'modifier',
  'STATUS CODE': 'status',
  'NOT USED FOR MEDICARE PAYMENT': 'notUsedForMedicare',
  'WORK RVU': 'work',
  'NON-FAC PE RVU': 'peNonFacility',
  'NON-FAC NA INDICATOR': 'nonFacilityNa',
  'FACILITY PE RVU': 'peFacility',
  'FACILITY NA INDICATOR': 'facilityNa',
  'MP RVU': 'mp',
  'NON-FACILITY TOTAL': 'totalNonFacility',
  'FACILITY TOTAL': 'totalFacility',
  'PCTC IND': 'pctc',
  'GLOB DAYS': 'globalDays',
  'PRE OP': 'preOp',
  'INTRA OP': 'intraOp',
  'POST OP': 'postOp',
  'MULT PROC': 'multipleProcedure',
  'BILAT SURG': 'bilateral',
  'ASST SURG': 'assistant',
  'CO- SURG': 'coSurgeons',
  'TEAM SURG': 'team',
  'PRIC IND': 'pricing',
  'ENDO BASE': 'endoBase',
  'CONV FACTOR': 'conversionFactor',
  'PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES': 'supervision',
  'CALCULATION FLAG': 'calculationFlag',
  'DIAGNOSTIC IMAGING FAMILY INDICATOR': 'imagingFamily',
  'NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT': 'oppsPeNonFacility',
  'FACILITY PE USED FOR OPPS PAYMENT AMOUNT': 'oppsPeFacility',
  'MP USED FOR OPPS PAYMENT AMOUNT': 'oppsMp',
};

export const OPTIONAL_RVU_FIELDS: ReadonlySet<RvuField> = new Set([
  'pricing',
  'notUsedForMedicare',
  'calculationFlag',
]);

/** Fields holding RVUs, percentages or the conversion factor: decimal numbers. */
export const NUMERIC_RVU_FIELDS: ReadonlySet<RvuField> = new Set([
  'work',
  'peNonFacility',
  'peFacility',
  'mp',
  'totalNonFacility',
  'totalFacility',
  'preOp',
  'intraOp',
  'postOp',
  'conversionFactor',
  'oppsPeNonFacility',
  'oppsPeFacility',
  'oppsMp',
]);

/** Column order of the pfs_rvu table: the fields, snake-cased, then the source line. */
export const RVU_FIELDS = [...new Set(Object.values(RVU_COLUMNS))];
export const column = (f: RvuField): string => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
