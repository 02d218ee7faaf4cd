/**
 * @module parse/codes
 * The branded parsers of @medcode/domain applied at one place of the input: a bad value is a
 * problem at that place, and the parse goes on so every problem is reported at once.
 */
import {
  type HcpcsCode,
  type Icd10CmCode,
  type IsoDate,
  type Npi,
  type Place,
  parseHcpcs,
  parseIcd10Cm,
  parseIsoDate,
  type Sex,
  uncheckedNpi,
} from '@medcode/domain';
import type { Problems } from './problems.ts';

export function icd(p: Problems, place: Place, v: string): Icd10CmCode | undefined {
  const r = parseIcd10Cm(v);
  if (!r.ok) p.add(place, r.error);
  return r.ok ? r.value : undefined;
}

export function hcpcs(p: Problems, place: Place, v: string): HcpcsCode | undefined {
  const r = parseHcpcs(v);
  if (!r.ok) p.add(place, r.error);
  return r.ok ? r.value : undefined;
}

/** Dates: YYYY-MM-DD, the X12 / HL7 v2 DT form CCYYMMDD, or an HL7 DTM / FHIR dateTime (its day). */
export function day(p: Problems, place: Place, v: string): IsoDate | undefined {
  const s = v.trim();
  const head = /^\d{8}\d*([+-]\d{4})?$/.test(s)
    ? s.slice(0, 8)
    : /^\d{4}-\d{2}-\d{2}T/.test(s)
      ? s.slice(0, 10)
      : s;
  const r = parseIsoDate(head);
  if (!r.ok) p.add(place, r.error);
  return r.ok ? r.value : undefined;
}

/**
 * An NPI as given: ten digits are kept unchecked (the review reports a wrong check digit); any
 * other text is a problem of the input.
 */
export function npi(p: Problems, place: Place, v: string): Npi | undefined {
  const s = v.trim();
  if (s === '') return undefined;
  if (!/^\d{10}$/.test(s)) {
    p.add(place, `an NPI has 10 digits: "${v}"`);
    return undefined;
  }
  return uncheckedNpi(s);
}

/** Administrative sex: HL7 table 0001 (M, F, U, and A/N/O read as U) or FHIR (male, female ...). */
export function sex(v: string): Sex {
  const s = v.trim().toLowerCase();
  if (s === 'm' || s === 'male') return 'M';
  if (s === 'f' || s === 'female') return 'F';
  return 'U';
}
