/**
 * @module claim/cite
 * Citations rule versions carry: the documents the edits enforce, named once.
 */
import type { Citation } from '../engine/types.ts';

export const GUIDELINES_FY2025 = 'ICD-10-CM Official Guidelines for Coding and Reporting FY2025';
export const GUIDELINES_FY2026 = 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026';
export const TR3_837P = 'ASC X12 005010X222A1 Health Care Claim: Professional (837P)';
export const TR3_837I = 'ASC X12 005010X223A2 Health Care Claim: Institutional (837I)';
export const NCCI_MANUAL = 'National Correct Coding Initiative Policy Manual for Medicare Services';
export const MCE = 'Definitions of Medicare Code Edits (MCE)';
export const NPI_RULE = 'CMS, Requirements for National Provider Identifier check digit (Luhn, prefix 80840)';

export const guideline = (document: string, section: string, text?: string): Citation => ({
  kind: 'guideline',
  document,
  section,
  ...(text !== undefined ? { text } : {}),
});

export const policy = (document: string, section?: string, url?: string): Citation => ({
  kind: 'policy',
  document,
  ...(section !== undefined ? { section } : {}),
  ...(url !== undefined ? { url } : {}),
});

/** ICD-10-CM rules apply from the US implementation of ICD-10, October 1, 2015. */
export const ICD10_START = '2015-10-01';
/** Rules that hold for any date of service (claim structure, dates, code existence). */
export const ALWAYS = '1900-01-01';
/** NCCI PTP edits began January 1, 1996; MUEs January 1, 2007; the AOC file April 1, 2013. */
export const NCCI_PTP_START = '1996-01-01';
export const MUE_START = '2007-01-01';
export const AOC_START = '2013-04-01';
