/**
 * @module write/supporting-info
 * Claim header values that FHIR R4 Claim has no element for go to `supportingInfo`, the
 * "additional information" list: CARIN's C4BBSupportingInfoType categories where CARIN defines
 * one (type of bill, admission period and type, point of origin, discharge status, DRG,
 * medical record number), R4's claiminformationcategory for onset and free text, and Medcode
 * categories for the remaining X12 CLM / HI values.
 */
import type { Claim } from '@medcode/domain';
import type { ClaimSupportingInfo, Quantity } from '@medplum/fhirtypes';
import { SYS } from '../systems.ts';
import { coding, concept, opt } from './elements.ts';

/** Medcode claim-information category codes (system `SYS.info`). */
export const INFO = {
  frequency: 'frequency-code', // CLM05-3
  placeOfService: 'place-of-service', // CLM05-1 (837P)
  providerSignature: 'provider-signature', // CLM06
  assignment: 'assignment', // CLM07
  benefitsAssigned: 'benefits-assigned', // CLM08
  releaseOfInformation: 'release-of-information', // CLM09
  relatedCause: 'related-cause', // CLM11-1..3
  delayReason: 'delay-reason', // CLM20
  accidentState: 'accident-state', // CLM11-4 without an accident date (Claim.accident needs one)
  admissionHour: 'admission-hour', // DTP*435 time
  institutionalCode: 'hi-', // HI BE/BH/BI/BG..., followed by the qualifier
} as const;

type Info = Omit<ClaimSupportingInfo, 'sequence'>;

const cat = (system: string, code: string) => ({ category: concept(coding(system, code)) });
const mine = (code: string, value: Omit<Info, 'category'>): Info => ({ ...cat(SYS.info, code), ...value });
const carin = (code: string, value: Omit<Info, 'category'>): Info => ({
  ...cat(SYS.c4bbInfo, code),
  ...value,
});

/** UB-04 FL4 writes the type of bill with a leading zero; the model keeps the 3 significant digits. */
const typeOfBillCode = (tob: string): string => (/^\d{3}$/.test(tob) ? `0${tob}` : tob);

function headerInfo(c: Claim): Info[] {
  const out: Info[] = [mine(INFO.frequency, { valueString: c.frequencyCode })];
  if (c.placeOfService !== undefined)
    out.push(mine(INFO.placeOfService, { code: concept(coding(SYS.pos, c.placeOfService)) }));
  if (c.providerSignature !== undefined)
    out.push(mine(INFO.providerSignature, { valueBoolean: c.providerSignature }));
  if (c.assignment !== undefined) out.push(mine(INFO.assignment, { valueString: c.assignment }));
  if (c.benefitsAssigned !== undefined)
    out.push(mine(INFO.benefitsAssigned, { valueBoolean: c.benefitsAssigned }));
  if (c.releaseOfInformation !== undefined)
    out.push(mine(INFO.releaseOfInformation, { valueString: c.releaseOfInformation }));
  for (const cause of c.relatedCauses ?? []) out.push(mine(INFO.relatedCause, { valueString: cause }));
  if (c.delayReason !== undefined) out.push(mine(INFO.delayReason, { valueString: c.delayReason }));
  if (c.accidentState !== undefined && c.accidentDate === undefined)
    out.push(mine(INFO.accidentState, { valueString: c.accidentState }));
  if (c.typeOfBill !== undefined)
    out.push(carin('typeofbill', { code: concept(coding(SYS.typeOfBill, typeOfBillCode(c.typeOfBill))) }));
  if (c.medicalRecordNumber !== undefined)
    out.push(carin('medicalrecordnumber', { valueString: c.medicalRecordNumber }));
  return out;
}

function stayInfo(c: Claim): Info[] {
  const out: Info[] = [];
  if (c.admission !== undefined || c.discharge !== undefined)
    out.push(
      carin('admissionperiod', {
        timingPeriod: { ...opt('start', c.admission), ...opt('end', c.discharge) },
      }),
    );
  if (c.admissionHour !== undefined) out.push(mine(INFO.admissionHour, { valueString: c.admissionHour }));
  if (c.onset !== undefined) out.push({ ...cat(SYS.infoCategory, 'onset'), timingDate: c.onset });
  if (c.admissionType !== undefined)
    out.push(carin('admtype', { code: concept(coding(SYS.admitType, c.admissionType)) }));
  if (c.admissionSource !== undefined)
    out.push(carin('pointoforigin', { code: concept(coding(SYS.pointOfOrigin, c.admissionSource)) }));
  if (c.patientStatus !== undefined)
    out.push(carin('discharge-status', { code: concept(coding(SYS.dischargeStatus, c.patientStatus)) }));
  if (c.drg !== undefined) out.push(carin('drg', { code: concept(coding(SYS.msDrg, c.drg)) }));
  if (c.note !== undefined) out.push({ ...cat(SYS.infoCategory, 'info'), valueString: c.note });
  return out;
}

const usd = (cents: number): Quantity => ({ value: cents / 100, system: SYS.currency, code: 'USD' });

/** 837I HI value (BE), occurrence (BH), occurrence span (BI) and condition (BG) codes. */
function institutionalInfo(c: Claim): Info[] {
  return c.institutionalCodes.map((ic) => {
    const timing =
      ic.date === undefined
        ? {}
        : ic.dateTo === undefined
          ? { timingDate: ic.date }
          : { timingPeriod: { start: ic.date, end: ic.dateTo } };
    return mine(`${INFO.institutionalCode}${ic.qualifier}`, {
      code: concept(coding(`${SYS.hiPrefix}${ic.qualifier}`, ic.code)),
      ...timing,
      ...opt('valueQuantity', ic.amount === undefined ? undefined : usd(ic.amount)),
    });
  });
}

export function supportingInfo(c: Claim): ClaimSupportingInfo[] {
  return [...headerInfo(c), ...stayInfo(c), ...institutionalInfo(c)].map((info, i) => ({
    sequence: i + 1,
    ...info,
  }));
}
