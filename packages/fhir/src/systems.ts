/**
 * @module systems
 * Code-system and identifier-system URIs, in one place. Where HL7 (terminology.hl7.org, THO),
 * the CARIN Blue Button IG (hl7.fhir.us.carin-bb) or CMS publish a URI we use theirs; readers
 * also accept the older or alternative URIs seen in the wild (listed in the `*_ALIASES` sets).
 */

/**
 * Medcode has no published canonical URL; a URN names our own extensions and code systems
 * without pretending they resolve. Every Medcode-defined URI starts with this.
 */
export const MEDCODE = 'urn:medcode:fhir';

export const SYS = {
  // Codes (THO "External code systems" page; CARIN BB terminology).
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  /** WHO ICD-10. CMS BCDA / Blue Button 2.0 label ICD-10-CM codes with it. */
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10pcs: 'http://www.cms.gov/Medicare/Coding/ICD10',
  /** ICD-9-CM, diagnoses and volume 3 procedures (claims before October 2015, the X12 TR3 examples). */
  icd9cm: 'http://hl7.org/fhir/sid/icd-9-cm',
  cpt: 'http://www.ama-assn.org/go/cpt',
  hcpcs: 'https://bluebutton.cms.gov/resources/codesystem/hcpcs',
  ndc: 'http://hl7.org/fhir/sid/ndc',
  revenue: 'https://www.nubc.org/CodeSystem/RevenueCodes',
  pos: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
  poa: 'https://www.nubc.org/CodeSystem/PresentOnAdmission',
  typeOfBill: 'https://www.nubc.org/CodeSystem/TypeOfBill',
  pointOfOrigin: 'https://www.nubc.org/CodeSystem/PointOfOrigin',
  admitType: 'https://www.nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit',
  dischargeStatus: 'https://www.nubc.org/CodeSystem/PatDischargeStatus',
  msDrg:
    'https://www.cms.gov/Medicare/Medicare-Fee-for-Service-Payment/AcuteInpatientPPS/MS-DRG-Classifications-and-Software',
  nuccTaxonomy: 'http://nucc.org/provider-taxonomy',
  carc: 'https://x12.org/codes/claim-adjustment-reason-codes',
  rarc: 'https://x12.org/codes/remittance-advice-remark-codes',
  dataAbsent: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  ucum: 'http://unitsofmeasure.org',
  currency: 'urn:iso:std:iso:4217',

  // Identifiers.
  npi: 'http://hl7.org/fhir/sid/us-npi',
  ein: 'urn:oid:2.16.840.1.113883.4.4',
  ssn: 'http://hl7.org/fhir/sid/us-ssn',

  // FHIR R4 base terminology (terminology.hl7.org).
  claimType: 'http://terminology.hl7.org/CodeSystem/claim-type',
  diagnosisType: 'http://terminology.hl7.org/CodeSystem/ex-diagnosistype',
  diagnosisOnAdmission: 'http://terminology.hl7.org/CodeSystem/ex-diagnosis-on-admission',
  careTeamRole: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole',
  infoCategory: 'http://terminology.hl7.org/CodeSystem/claiminformationcategory',
  adjudication: 'http://terminology.hl7.org/CodeSystem/adjudication',
  relationship: 'http://terminology.hl7.org/CodeSystem/subscriber-relationship',
  coverageClass: 'http://terminology.hl7.org/CodeSystem/coverage-class',
  processPriority: 'http://terminology.hl7.org/CodeSystem/processpriority',
  payeeType: 'http://terminology.hl7.org/CodeSystem/payeetype',
  relatedClaim: 'http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship',

  // CARIN Blue Button (hl7.fhir.us.carin-bb) code systems.
  c4bbInfo: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType',
  c4bbCareTeamRole: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimCareTeamRole',
  c4bbDiagnosisType: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimDiagnosisType',
  c4bbProcedureType: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimProcedureType',
  c4bbAdjudication: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication',
  c4bbIdentifierType: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBIdentifierType',

  // Medcode's own: X12 values FHIR has no code system for. Codes are the X12 element values.
  /** CLM01, the submitter's patient control number. */
  patientControlNumber: `${MEDCODE}:id:patient-control-number`,
  /** REF*D9 clearinghouse trace number. */
  clearinghouseTrace: `${MEDCODE}:id:clearinghouse-trace`,
  /** 2010BB NM109 payer identifier. */
  payerId: `${MEDCODE}:id:payer-id`,
  /** X12 REF01 reference identification qualifiers (secondary provider ids). */
  x12RefQualifier: `${MEDCODE}:x12:reference-qualifier`,
  /** Medcode claim information categories (X12 values with no FHIR home). */
  info: `${MEDCODE}:claim-information`,
  /** The model's provider roles, as careTeam.role codes. */
  providerRole: `${MEDCODE}:provider-role`,
  /** X12 1069 individual relationship code (SBR02 / PAT01). */
  x12Relationship: `${MEDCODE}:x12:individual-relationship`,
  /** X12 1336 insurance type code (SBR05). */
  x12InsuranceType: `${MEDCODE}:x12:insurance-type`,
  /** X12 1032 claim filing indicator code (SBR09). */
  x12FilingIndicator: `${MEDCODE}:x12:claim-filing-indicator`,
  /** X12 355 unit or basis for measurement code (SV103, CTP05-1). */
  x12Unit: `${MEDCODE}:x12:unit`,
  /** X12 1033 claim adjustment group code (CAS01): CO, PR, OA, PI, CR. */
  casGroup: `${MEDCODE}:x12:claim-adjustment-group`,
  /** Institutional HI codes: the code system is `${MEDCODE}:x12:hi-<qualifier>`. */
  hiPrefix: `${MEDCODE}:x12:hi-`,
} as const;

/** Extension URLs Medcode defines. */
export const EXT = {
  payerResponsibility: `${MEDCODE}:ext:payer-responsibility`, // SBR01
  subscriberRelationship: `${MEDCODE}:ext:subscriber-relationship`, // SBR02
  priorPayment: `${MEDCODE}:ext:prior-payer-adjudication`, // 2320 AMT*D + CAS
  linePriorAdjudication: `${MEDCODE}:ext:line-prior-adjudication`, // 2430 SVD/CAS/DTP*573
  lineProvider: `${MEDCODE}:ext:line-provider`, // 2420 loops: a careTeam entry for one line
  emergency: `${MEDCODE}:ext:emergency`, // SV109
  placeFromClaim: `${MEDCODE}:ext:place-from-claim`, // item place repeated from CLM05-1, no SV105
  controlNumber: `${MEDCODE}:ext:line-control-number`, // REF*6R
  nonCovered: `${MEDCODE}:ext:non-covered-charge`, // SV207
  prescription: `${MEDCODE}:ext:prescription-number`, // 2410 REF*XZ
  entity: `${MEDCODE}:ext:entity`, // NM102 when a careTeam member has no resource of its own
} as const;

/** Readers accept these for CPT codes. */
export const CPT_SYSTEMS = new Set([
  SYS.cpt,
  'urn:oid:2.16.840.1.113883.6.12',
  'http://www.ama-assn.org/go/cpt/',
]);
/** Readers accept these for HCPCS (Level II, or CPT when a payer labels all HCPCS so). */
export const HCPCS_SYSTEMS = new Set([
  SYS.hcpcs,
  'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  'urn:oid:2.16.840.1.113883.6.285',
  'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
]);
export const ICD10CM_SYSTEMS = new Set([SYS.icd10cm, 'urn:oid:2.16.840.1.113883.6.90']);
/** WHO ICD-10 URIs that BCDA and Blue Button 2.0 use for ICD-10-CM codes. */
export const ICD10_SYSTEMS = new Set([SYS.icd10, 'urn:oid:2.16.840.1.113883.6.3']);
export const ICD10PCS_SYSTEMS = new Set([
  SYS.icd10pcs,
  'http://hl7.org/fhir/sid/icd-10-pcs',
  'urn:oid:2.16.840.1.113883.6.4',
]);
export const POS_SYSTEMS = new Set([
  SYS.pos,
  'http://terminology.hl7.org/CodeSystem/CMSPlaceofServiceCodes',
  'https://bluebutton.cms.gov/resources/variables/line_place_of_srvc_cd',
]);
/** NUBC revenue codes; R4's ex-revenue-center example system uses the same 4-digit form (HL7 example Claim 660152). */
export const REVENUE_SYSTEMS = new Set([
  SYS.revenue,
  'https://bluebutton.cms.gov/resources/variables/rev_cntr',
  'http://terminology.hl7.org/CodeSystem/ex-revenue-center',
]);
export const CLAIM_TYPE_SYSTEMS = new Set([SYS.claimType, 'http://hl7.org/fhir/ex-claimtype']);
