/**
 * @module claim
 * The one claim model every format maps to and every check reads: professional (837P,
 * CMS-1500) and institutional (837I, UB-04) claims. Plain data; parsers at the edges build it.
 * Field comments name the X12 5010 element each field comes from (005010X222A1 / X223A2).
 */
import type {
  HcpcsCode,
  Icd10CmCode,
  Icd10PcsCode,
  Modifier,
  NdcCode,
  PosCode,
  RevenueCode,
} from './codes.ts';
import type { IsoDate } from './dates.ts';
import type { Npi, TaxId } from './identifiers.ts';
import type { Cents } from './money.ts';

export type Sex = 'M' | 'F' | 'U';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state?: string;
  postalCode?: string;
  country?: string;
}

export interface PersonName {
  /** Last name, or the organization's name (NM103). */
  last: string;
  first?: string;
  middle?: string;
  suffix?: string;
}

export interface Person {
  name: PersonName;
  birthDate?: IsoDate; // DMG02
  sex?: Sex; // DMG03
  address?: Address;
}

/** Provider roles, with the 837 loop each comes from (P = 837P, I = 837I). */
export const PROVIDER_ROLES = [
  'billing', // 2010AA
  'payTo', // 2010AB
  'rendering', // 2310B / 2420A
  'referring', // 2310A / 2420F
  'attending', // 837I 2310A
  'operating', // 837I 2310B
  'otherOperating', // 837I 2310C
  'serviceFacility', // 2310C (P) / 2310E (I) / 2420C
  'supervising', // 2310D / 2420D
  'ordering', // 2420E
  'purchasedService', // 2420B
] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number]; // 2420B

export interface Provider {
  role: ProviderRole;
  entity: 'person' | 'organization'; // NM102 1 / 2
  name: PersonName;
  npi?: Npi; // NM109 with NM108 = XX
  taxonomy?: string; // PRV03
  taxId?: TaxId; // REF*EI or REF*SY
  taxIdKind?: 'EIN' | 'SSN';
  address?: Address;
  secondaryIds?: { qualifier: string; id: string }[];
}

export interface Payer {
  name: string; // 2010BB NM103
  id: string; // NM109 (payer identifier)
  address?: Address;
}

/** SBR02 / PAT01 individual relationship codes (18 self, 01 spouse, 19 child, G8 other ...). */
export type RelationshipCode = string;

export interface Subscriber {
  person: Person;
  memberId: string; // 2010BA NM109
  payerResponsibility: string; // SBR01: P primary, S secondary, T tertiary ...
  relationship?: RelationshipCode; // SBR02 (18 when the subscriber is the patient)
  groupNumber?: string; // SBR03
  groupName?: string; // SBR04
  insuranceType?: string; // SBR05
  claimFilingIndicator?: string; // SBR09: MB Medicare B, MC Medicaid, CI commercial ...
  payer: Payer;
}

/** A claim adjustment (CAS): group code, CARC reason, amount and quantity. */
export interface Adjustment {
  group: 'CO' | 'PR' | 'OA' | 'PI' | 'CR';
  reason: string;
  amount: Cents;
  quantity?: number;
}

/** Another payer on the claim (2320/2330) with what it already decided. */
export interface OtherSubscriber {
  subscriber: Subscriber;
  patientRelationship: RelationshipCode; // 2320 SBR02
  paidAmount?: Cents; // AMT*D
  adjustments: Adjustment[]; // claim-level CAS in 2320
}

/** Line-level prior payer adjudication (2430 SVD / CAS / DTP*573). */
export interface LineAdjudication {
  payerId: string; // SVD01
  paid: Cents; // SVD02
  procedure: HcpcsCode | undefined; // SVD03-2
  modifiers: Modifier[];
  units: number; // SVD05
  adjustments: Adjustment[];
  adjudicatedOn?: IsoDate;
}

/** HI qualifiers: ABK principal (837P first-listed), ABF other, ABJ admitting, APR reason for visit, ABN external cause. */
export const DIAGNOSIS_KINDS = [
  'principal',
  'other',
  'admitting',
  'reasonForVisit',
  'externalCause',
] as const;
export type DiagnosisKind = (typeof DIAGNOSIS_KINDS)[number]; // ABN (837I)

export interface Diagnosis {
  code: Icd10CmCode;
  kind: DiagnosisKind;
  /** Present on admission (837I HI0x-9): Y, N, U, W, or 1 (exempt). */
  poa?: 'Y' | 'N' | 'U' | 'W' | '1';
  /**
   * 'icd9cm' when the claim sent an ICD-9-CM code (HI qualifiers BK/BF/BJ/PR/BN, still used by the
   * X12 TR3 examples and pre-October-2015 claims): `code` then holds the ICD-9-CM code as sent,
   * not checked as ICD-10-CM. Absent means ICD-10-CM.
   */
  codeSystem?: 'icd9cm';
}

/** Inpatient ICD-10-PCS procedure (837I HI BBR principal / BBQ other). */
export interface InpatientProcedure {
  code: Icd10PcsCode;
  principal: boolean;
  date?: IsoDate;
  /** 'icd9cm' for ICD-9-CM volume 3 procedures (HI BR/BQ): `code` holds it as sent. Absent means ICD-10-PCS. */
  codeSystem?: 'icd9cm';
}

/** Institutional value, occurrence and condition codes (837I HI BE / BH / BI / BG). */
export interface InstitutionalCode {
  qualifier: string; // BE value, BH occurrence, BI occurrence span, BG condition
  code: string;
  date?: IsoDate;
  dateTo?: IsoDate;
  amount?: Cents;
}

export interface DrugIdentification {
  ndc: NdcCode; // LIN03
  quantity: number; // CTP04
  unit: string; // CTP05-1: F2, GR, ME, ML, UN
  prescriptionNumber?: string;
}

export interface ServiceLine {
  /** LX01: 1-based position on the claim. */
  lineNumber: number;
  /** SV101-2 (837P) or SV202-2 (837I). Absent on institutional lines billed by revenue code alone. */
  procedure?: HcpcsCode;
  /** SV201 (837I). */
  revenueCode?: RevenueCode;
  /** Up to four: SV101-3..6 / SV202-3..6. */
  modifiers: Modifier[];
  /** SV104 / SV205. */
  units: number;
  /** SV103 / SV204: UN units, MJ minutes, DA days. */
  unitKind: string;
  /** SV102 / SV203. */
  charge: Cents;
  /** SV107: 1-based pointers into `Claim.diagnoses` (837P; up to four). */
  diagnosisPointers: number[];
  /** SV105, when it differs from the claim's. */
  placeOfService?: PosCode;
  /** DTP*472. */
  serviceDate: IsoDate;
  serviceDateTo?: IsoDate;
  /** SV109 emergency indicator. */
  emergency?: boolean;
  description?: string; // SV101-7
  controlNumber?: string; // REF*6R
  drug?: DrugIdentification;
  providers: Provider[];
  priorAdjudications: LineAdjudication[];
  nonCoveredCharge?: Cents; // SV207 (837I)
}

export interface DateSpan {
  from: IsoDate;
  to?: IsoDate;
}

export interface Claim {
  kind: 'professional' | 'institutional';
  /** CLM01: the submitter's patient control number. */
  id: string;
  /** CLM02. */
  totalCharge: Cents;
  /** CLM05-1 for 837P: place of service. */
  placeOfService?: PosCode;
  /** CLM05-1 + CLM05-3 for 837I: type of bill without the leading zero ("131"). */
  typeOfBill?: string;
  /** CLM05-3: 1 original, 7 replacement, 8 void. */
  frequencyCode: string;
  providerSignature?: boolean; // CLM06
  assignment?: string; // CLM07
  benefitsAssigned?: boolean; // CLM08
  releaseOfInformation?: string; // CLM09
  relatedCauses?: string[]; // CLM11
  accidentState?: string; // CLM11-4: state of an auto accident
  accidentDate?: IsoDate; // DTP*439
  delayReason?: string; // CLM20
  /** REF*G1. */
  priorAuthorization?: string;
  /** REF*9F. */
  referralNumber?: string;
  /** REF*F8: the payer's claim control number being replaced or voided. */
  originalReference?: string;
  /** REF*D9: the clearinghouse trace number. */
  clearinghouseTrace?: string;
  /** REF*EA medical record number. */
  medicalRecordNumber?: string;
  statement?: DateSpan; // 837I DTP*434
  admission?: IsoDate; // DTP*435
  admissionHour?: string;
  discharge?: IsoDate; // DTP*096
  onset?: IsoDate; // DTP*431
  admissionType?: string; // CL101
  admissionSource?: string; // CL102
  patientStatus?: string; // CL103
  drg?: string; // HI DR
  note?: string; // NTE
  patient: Person;
  /** PAT01 when the patient is not the subscriber; '18' (self) otherwise. */
  patientRelationship: RelationshipCode;
  subscriber: Subscriber;
  otherSubscribers: OtherSubscriber[];
  providers: Provider[];
  diagnoses: Diagnosis[];
  inpatientProcedures: InpatientProcedure[];
  institutionalCodes: InstitutionalCode[];
  lines: ServiceLine[];
}

export const findProvider = (claim: Claim, role: ProviderRole): Provider | undefined =>
  claim.providers.find((p) => p.role === role);

/** The first date of service on the claim (earliest line date, or the statement period). */
export function claimServiceDate(claim: Claim): IsoDate | undefined {
  let first: IsoDate | undefined = claim.statement?.from;
  for (const line of claim.lines)
    if (first === undefined || line.serviceDate < first) first = line.serviceDate;
  return first;
}

/** 837P allows 12 diagnoses (HI ABK + 11 ABF); 837I allows 25 (principal + 24 other). */
export const MAX_DIAGNOSES = { professional: 12, institutional: 25 } as const;
/** 837P 2400 repeats up to 50 times; 837I up to 999. */
export const MAX_LINES = { professional: 50, institutional: 999 } as const;
