/**
 * @module order
 * The lab order (requisition) as the review reads it: who ordered (NPI), for whom (birth date,
 * sex, coverage), which tests (CPT/HCPCS with units), why (ICD-10-CM diagnoses, in the order
 * given: the first is first-listed), when (collection date), and whether the order is signed.
 * Earlier orders of the patient, when the service knows them, feed the frequency limits; the
 * answers of provider queries already applied are kept so a second review knows what the
 * ordering office said. Plain data; the parsers in parse/ build it and nothing else does.
 */
import type { HcpcsCode, Icd10CmCode, IsoDate, Npi, PersonName, Sex } from '@medcode/domain';

/** Medicare, Medicaid, or a commercial plan; a payer pack id names the plan's rules. */
export type CoverageKind = 'medicare' | 'medicaid' | 'commercial';

export interface LabCoverage {
  kind: CoverageKind;
  /** A payer rule pack id (packages/rules/packs: "medicare-part-b", "acme-health-ppo"). */
  payerPack?: string;
  payerName?: string;
  memberId?: string;
}

export interface OrderedTest {
  code: HcpcsCode;
  units: number;
  /** The test's name as the order gives it (never shipped for CPT codes: AMA content). */
  name?: string;
}

export interface LabPatient {
  id?: string;
  name?: PersonName;
  birthDate?: IsoDate;
  sex?: Sex;
}

export interface OrderingProvider {
  /** As given, unchecked: a wrong check digit is a finding, not a parse error. */
  npi?: Npi;
  name?: PersonName;
}

/** An earlier order (or performed test) of the same patient. */
export interface PriorOrder {
  date: IsoDate;
  tests: readonly HcpcsCode[];
  orderId?: string;
}

/** What a provider query asked about. */
export type QueryTopic =
  | 'medical-necessity'
  | 'diagnosis'
  | 'screening'
  | 'signature'
  | 'ordering-npi'
  | 'collection-date'
  | 'units'
  | 'coverage';

/** A provider query answer applied to the order (query.ts `applyQueryAnswer`). */
export interface AppliedAnswer {
  topic: QueryTopic;
  text: string;
  by?: string;
  /** Epoch milliseconds, as the service records it. */
  at?: number;
}

export interface LabOrder {
  /** The requisition / accession number (ORC-2, ServiceRequest.identifier, JSON `id`). */
  id: string;
  orderingProvider: OrderingProvider;
  patient: LabPatient;
  coverage: LabCoverage;
  tests: OrderedTest[];
  /** In the order given: the first is the first-listed diagnosis. */
  diagnoses: Icd10CmCode[];
  collectionDate?: IsoDate;
  /** The ordering practitioner's signature is on the requisition (or the order is signed in the record). */
  signaturePresent: boolean;
  /** The patient signed an ABN (CMS-R-131) for this order. */
  abnSigned?: boolean;
  /** Earlier orders of the patient, when known (frequency limits). */
  priorOrders?: PriorOrder[];
  /** Provider query answers already applied. */
  answers?: AppliedAnswer[];
}
