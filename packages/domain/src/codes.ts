/**
 * @module codes
 * Branded code types and their parsers. Canonical forms are the ones in the official files and
 * in X12: upper case, no decimal point (ICD-10-CM "E1122" is shown as "E11.22").
 */
import type { Brand } from './brand.ts';
import { err, ok, type Result } from './result.ts';

/** ICD-10-CM diagnosis code, canonical without the dot: "E1122", "S0081XA". */
export type Icd10CmCode = Brand<string, 'Icd10CmCode'>;
/** ICD-10-PCS procedure code: exactly 7 characters, digits and letters except I and O. */
export type Icd10PcsCode = Brand<string, 'Icd10PcsCode'>;
/** CPT (AMA) or HCPCS Level II code: 5 characters. CPT descriptions are never shipped. */
export type HcpcsCode = Brand<string, 'HcpcsCode'>;
/** A two-character procedure modifier (25, 59, XS, LT, GA ...). */
export type Modifier = Brand<string, 'Modifier'>;
/** UB-04 revenue code: 4 digits ("0450"). */
export type RevenueCode = Brand<string, 'RevenueCode'>;
/** CMS place-of-service code: 2 digits ("11" office). */
export type PosCode = Brand<string, 'PosCode'>;
/** National Drug Code in the 11-digit 5-4-2 billing form. */
export type NdcCode = Brand<string, 'NdcCode'>;

export type CodeSystem = 'icd10cm' | 'icd10pcs' | 'hcpcs';

// ICD-10-CM: a letter, a digit, a digit or letter (C4A, D3A, M1A, Z3A), then up to four more
// characters; the 7th-character placeholder X stands among them (S00.81XA). FY2026 added
// category QA0 (CDC order file FY2026): a letter A second, then a digit.
const ICD10CM = /^[A-Z](?:[0-9][0-9A-Z]|A[0-9])[0-9A-Z]{0,4}$/;
const ICD10PCS = /^[0-9A-HJ-NP-Z]{7}$/;
// CPT Category I (5 digits), Category II (4 digits + F), Category III (4 digits + T), PLA
// (4 digits + U), HCPCS Level II (a letter A-V + 4 digits).
const HCPCS = /^(?:\d{4}[0-9FTUM]|[A-V]\d{4})$/;

export function parseIcd10Cm(input: string): Result<Icd10CmCode> {
  const s = input.trim().toUpperCase().replace('.', '');
  if (!ICD10CM.test(s)) return err(`not an ICD-10-CM code: "${input}"`);
  return ok(s as Icd10CmCode);
}

/** "E1122" → "E11.22"; three-character categories stay as they are. */
export function formatIcd10Cm(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

export function parseIcd10Pcs(input: string): Result<Icd10PcsCode> {
  const s = input.trim().toUpperCase();
  if (!ICD10PCS.test(s)) return err(`not an ICD-10-PCS code (7 characters, no I or O): "${input}"`);
  return ok(s as Icd10PcsCode);
}

export function parseHcpcs(input: string): Result<HcpcsCode> {
  const s = input.trim().toUpperCase();
  if (!HCPCS.test(s)) return err(`not a CPT/HCPCS code: "${input}"`);
  return ok(s as HcpcsCode);
}

export const isCptFormat = (code: HcpcsCode): boolean => /^\d/.test(code);

export function parseModifier(input: string): Result<Modifier> {
  const s = input.trim().toUpperCase();
  if (!/^[0-9A-Z]{2}$/.test(s)) return err(`not a modifier (2 characters): "${input}"`);
  return ok(s as Modifier);
}

export function parseRevenueCode(input: string): Result<RevenueCode> {
  const s = input.trim();
  if (!/^\d{4}$/.test(s)) return err(`not a revenue code (4 digits): "${input}"`);
  return ok(s as RevenueCode);
}

export function parsePos(input: string): Result<PosCode> {
  const s = input.trim();
  if (!/^\d{2}$/.test(s)) return err(`not a place-of-service code (2 digits): "${input}"`);
  return ok(s as PosCode);
}

export function parseNdc(input: string): Result<NdcCode> {
  const s = input.trim().replace(/-/g, '');
  if (!/^\d{11}$/.test(s)) return err(`not an 11-digit NDC: "${input}"`);
  return ok(s as NdcCode);
}

/**
 * The systems a code typed by a person could belong to, likeliest first. "E1122" is both an
 * ICD-10-CM code (E11.22) and a HCPCS Level II format (E-codes are DME), so lookup tries each;
 * a dot settles it as ICD-10-CM. Used by lookup, never by claim parsing.
 */
export function candidateSystems(input: string): CodeSystem[] {
  const raw = input.trim().toUpperCase();
  const s = raw.replace('.', '');
  const out: CodeSystem[] = [];
  if (ICD10CM.test(s)) out.push('icd10cm');
  if (!raw.includes('.')) {
    if (HCPCS.test(s)) out.push('hcpcs');
    if (ICD10PCS.test(s)) out.push('icd10pcs');
  }
  return out;
}
