/**
 * @module cms/hcpcs/record
 * One HCPCS Level II procedure or modifier record, whichever layout it came from. Field names
 * follow the CMS record layout (HCPCS<year>_recordlayout.txt) and the ANWEB workbook's column
 * headings (PRICE1-4, MULT_PI, CIM1-3, ... ACTION CD).
 */
import type { Place } from '@medcode/domain';

export interface HcpcsRecord {
  /** RECID 3 (procedure/supply code) or 7 (modifier). */
  kind: 'code' | 'modifier';
  /** The 5-character code or the 2-character modifier. */
  code: string;
  seq: string;
  longDescription: string;
  shortDescription: string;
  /** Pricing indicator codes (up to 4), e.g. "32" DME, "51" drugs, "00" not separately priced. */
  pricing: string[];
  multiplePricing: string;
  /** Coverage Issues Manual (now NCD manual) and Medicare Carriers Manual references. */
  cim: string[];
  mcm: string[];
  statute: string;
  labCert: string[];
  /** Cross-references: for a deleted code or one not valid for Medicare, the code(s) to use. */
  xref: string[];
  /** C carrier judgment, D special coverage instructions, I not payable, M non-covered, S non-covered by statute. */
  coverage: string;
  ascGroup: string;
  ascDate?: string;
  /** OPPS payment group (MOG in layouts before OPPS), its payment indicator and date. */
  opps: string;
  oppsIndicator: string;
  oppsDate?: string;
  procNote: string;
  /** Berenson-Eggers type of service. */
  betos: string;
  typeOfService: string[];
  anesthesiaBaseUnits?: number;
  addDate?: string;
  actionDate?: string;
  /** Last day the code may be used (CMS record layout, field "HCPCS Termination Date"). */
  termDate?: string;
  actionCode: string;
  place: Place;
}

/** Meanings of the coverage code (CMS record layout, field 16 "HCPCS Coverage Code"). */
export const HCPCS_COVERAGE: Readonly<Record<string, string>> = {
  C: 'carrier judgment',
  D: 'special coverage instructions apply',
  I: 'not payable by Medicare',
  M: 'non-covered by Medicare',
  S: 'non-covered by Medicare statute',
};

/** Meanings of the action code (CMS record layout, field 30 "HCPCS Action Code"). */
export const HCPCS_ACTION: Readonly<Record<string, string>> = {
  A: 'added',
  B: 'changed: administrative data and long description',
  C: 'changed: long description',
  D: 'discontinued',
  F: 'changed: administrative data',
  N: 'no maintenance',
  P: 'payment change',
  R: 're-activated',
  S: 'changed: short description',
  T: 'miscellaneous change',
};
