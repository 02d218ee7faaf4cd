/**
 * @module maps
 * Code translations between the model's X12 values and FHIR's code systems, both ways. Where
 * FHIR's set is coarser than X12's (subscriber-relationship has 7 codes, X12 1069 has dozens),
 * writers send both codings and readers prefer the X12 one, so nothing is lost on a round trip.
 */
import { type DiagnosisKind, PROVIDER_ROLES, type ProviderRole, type Sex } from '@medcode/domain';
import { SYS } from './systems.ts';

/** FHIR AdministrativeGender ⇄ X12 DMG03. */
export const GENDER_OF_SEX = { M: 'male', F: 'female', U: 'unknown' } as const satisfies Record<Sex, string>;
export const SEX_OF_GENDER: Record<string, Sex> = { male: 'M', female: 'F', unknown: 'U' };

/**
 * X12 1069 individual relationship code → FHIR subscriber-relationship. 837 PAT01 / SBR02 use
 * 01 spouse, 18 self, 19 child, 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor,
 * 53 life partner, G8 other relationship (005010X222A1 2000B SBR02, 2000C PAT01).
 */
export const FHIR_RELATIONSHIP_OF_X12: Record<string, string> = {
  '18': 'self',
  '01': 'spouse',
  '19': 'child',
  '53': 'common',
  '32': 'parent',
  '33': 'parent',
};
export const X12_RELATIONSHIP_OF_FHIR: Record<string, string> = {
  self: '18',
  spouse: '01',
  child: '19',
  common: '53',
  parent: 'G8',
  other: 'G8',
  injured: 'G8',
};
export const fhirRelationship = (x12: string): string => FHIR_RELATIONSHIP_OF_X12[x12] ?? 'other';

/**
 * X12 1138 payer responsibility sequence (SBR01) ⇄ Coverage.order: P 1, S 2, T 3, then A-H for
 * the fourth through eleventh payer. U (unknown) has no order.
 */
const PAYER_ORDER = 'PSTABCDEFGH';
export const orderOfResponsibility = (code: string): number | undefined => {
  const i = PAYER_ORDER.indexOf(code);
  return code.length === 1 && i >= 0 ? i + 1 : undefined;
};
export const responsibilityOfOrder = (order: number): string | undefined => PAYER_ORDER[order - 1];

/** A standard careTeam.role coding for the model's roles that have one (CARIN C4BBClaimCareTeamRole, R4 claimcareteamrole). */
export const STANDARD_ROLE: Partial<Record<ProviderRole, { system: string; code: string }>> = {
  rendering: { system: SYS.c4bbCareTeamRole, code: 'rendering' },
  referring: { system: SYS.c4bbCareTeamRole, code: 'referring' },
  attending: { system: SYS.c4bbCareTeamRole, code: 'attending' },
  operating: { system: SYS.c4bbCareTeamRole, code: 'operating' },
  otherOperating: { system: SYS.c4bbCareTeamRole, code: 'otheroperating' },
  supervising: { system: SYS.careTeamRole, code: 'supervisor' },
};

/** Standard careTeam.role codes read as model roles (any system: the codes do not collide). */
export const ROLE_OF_CODE: Record<string, ProviderRole> = {
  rendering: 'rendering',
  performing: 'rendering',
  primary: 'rendering',
  referring: 'referring',
  attending: 'attending',
  operating: 'operating',
  otheroperating: 'otherOperating',
  supervisor: 'supervising',
  supervising: 'supervising',
  prescribing: 'ordering',
  purchasedservice: 'purchasedService',
};

export const MODEL_ROLES: readonly ProviderRole[] = PROVIDER_ROLES;

/**
 * Diagnosis kinds as diagnosis.type codings: R4 ex-diagnosistype has principal and admitting;
 * CARIN C4BBClaimDiagnosisType has other, patientreasonforvisit and externalcauseofinjury.
 */
export const DIAGNOSIS_TYPE: Record<DiagnosisKind, { system: string; code: string }> = {
  principal: { system: SYS.diagnosisType, code: 'principal' },
  admitting: { system: SYS.diagnosisType, code: 'admitting' },
  other: { system: SYS.c4bbDiagnosisType, code: 'other' },
  reasonForVisit: { system: SYS.c4bbDiagnosisType, code: 'patientreasonforvisit' },
  externalCause: { system: SYS.c4bbDiagnosisType, code: 'externalcauseofinjury' },
};
export const KIND_OF_DIAGNOSIS_TYPE: Record<string, DiagnosisKind> = {
  principal: 'principal',
  admitting: 'admitting',
  other: 'other',
  secondary: 'other',
  patientreasonforvisit: 'reasonForVisit',
  externalcauseofinjury: 'externalCause',
};

export const POA_CODES = new Set(['Y', 'N', 'U', 'W', '1']);
