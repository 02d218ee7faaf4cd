/**
 * @module claim/coding-request
 * What the workbench tells the coding assistant about a claim's note besides its text: the
 * setting (an inpatient bill type, 11x, is a hospital stay), the date of service, and the
 * patient as the claim registers them, sex and age on that date. The assistant puts the
 * registered sex before the note's words and chooses the index subterms that are an age.
 */
import type { CodingRequest } from '../api/types.ts';
import type { ClaimWire } from '../api/wire.ts';

/** Whole years from a birth date to a day (YYYY-MM-DD both), or undefined when either is missing. */
export function yearsOld(birth: string | undefined, on: string | null | undefined): number | undefined {
  if (!birth || !on) return undefined;
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
  return Number.isInteger(years) && years >= 0 ? years : undefined;
}

export function codingRequest(claim: ClaimWire, serviceDate: string | null | undefined): CodingRequest {
  const setting =
    claim.kind === 'institutional' && claim.typeOfBill?.startsWith('11') ? 'inpatient' : 'outpatient';
  const out: CodingRequest = { setting };
  if (serviceDate) out.on = serviceDate;
  const { sex, birthDate } = claim.patient;
  if (sex === 'M' || sex === 'F') out.sex = sex;
  const age = yearsOld(birthDate, serviceDate);
  // The service takes ages up to 130; a birth date further back is a typing error, not an age.
  if (age !== undefined && age <= 130) out.age = age;
  return out;
}
