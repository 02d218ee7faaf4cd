/**
 * @module parse/fhir
 * A lab order as FHIR R4: a Bundle holding the ServiceRequests of one requisition (one per test,
 * grouped by `ServiceRequest.requisition`, FHIR R4 §ServiceRequest "requisition: composite
 * request ID"), with the Patient (`subject`), Coverage (`insurance`), Conditions
 * (`reasonReference`) and ordering Practitioner (`requester`) they reference, resolved through
 * @medcode/fhir's `ResourcePool` (`Type/id`, `urn:uuid:` fullUrls, contained resources).
 * - diagnoses: ICD-10-CM codings of `reasonCode` and of the referenced Conditions, in order;
 * - units: `quantityQuantity.value` (1 when absent); date: `occurrenceDateTime` or the start of
 *   `occurrencePeriod`; NPI: the requester's identifier of system us-npi;
 * - signature: a Provenance in the Bundle whose `target` is the ServiceRequest and which carries
 *   a `signature` (FHIR R4 Provenance.signature);
 * - coverage kind: Coverage.type in the PHIN/NAHDO Source of Payment Typology (1 Medicare,
 *   2 Medicaid, other commercial) or the v3-ActCode program codes; payer pack: the Coverage
 *   extension `urn:medcode:fhir:ext:payer-pack` (valueString);
 * - earlier orders: ServiceRequests of the Bundle with status `completed`.
 * Problems name the resource and the FHIRPath of the element.
 */
import { MEDCODE, ResourcePool, SYS } from '@medcode/fhir';
import type { PersonName } from '@medcode/domain';
import type {
  Bundle,
  CodeableConcept,
  Condition,
  Coverage,
  HumanName,
  Identifier,
  Patient,
  Practitioner,
  PractitionerRole,
  Provenance,
  Reference,
  ServiceRequest,
} from '@medplum/fhirtypes';
import type { CoverageKind, LabOrder, OrderedTest, PriorOrder } from '../order.ts';
import { day, hcpcs, icd, npi, sex } from './codes.ts';
import { Problems } from './problems.ts';

/** The extension that names a Coverage's payer rule pack. */
export const PAYER_PACK_EXTENSION = `${MEDCODE}:ext:payer-pack`;

const ICD10CM = new Set([SYS.icd10cm, 'urn:oid:2.16.840.1.113883.6.90']);
const PROCEDURE = new Set([
  SYS.cpt,
  SYS.hcpcs,
  'urn:oid:2.16.840.1.113883.6.12',
  'urn:oid:2.16.840.1.113883.6.285',
  'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
]);
const SOPT = new Set(['https://nahdo.org/sopt', 'urn:oid:2.16.840.1.113883.3.221.5']);
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const NPI_SYSTEMS = new Set([SYS.npi, 'urn:oid:2.16.840.1.113883.4.6']);

const label = (r: { resourceType: string; id?: string | undefined }): string =>
  `${r.resourceType}${r.id !== undefined ? `/${r.id}` : ''}`;

function codings(cc: CodeableConcept | undefined, systems: ReadonlySet<string>): string[] {
  return (cc?.coding ?? [])
    .filter((c) => c.system !== undefined && systems.has(c.system) && c.code)
    .map((c) => c.code!);
}

function personName(names: HumanName[] | undefined): PersonName | undefined {
  const n = names?.[0];
  if (!n?.family) return undefined;
  const given = n.given ?? [];
  return {
    last: n.family,
    ...(given[0] !== undefined ? { first: given[0] } : {}),
    ...(given[1] !== undefined ? { middle: given[1] } : {}),
  };
}

function coverageKind(c: Coverage): CoverageKind {
  for (const coding of c.type?.coding ?? []) {
    const code = coding.code ?? '';
    if (coding.system !== undefined && SOPT.has(coding.system)) {
      if (code.startsWith('1')) return 'medicare';
      if (code.startsWith('2')) return 'medicaid';
      return 'commercial';
    }
    // v3-ActCode program-based coverage: MCPOL / MEDICARE, MCAIDPOL / MEDICAID.
    if (coding.system === ACT_CODE && /^(MCPOL|MEDICARE)$/.test(code)) return 'medicare';
    if (coding.system === ACT_CODE && /^(MCAIDPOL|MEDICAID)$/.test(code)) return 'medicaid';
  }
  return 'commercial';
}

const identifiers = (v: Identifier[] | Identifier | undefined): Identifier[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function labOrderFromFhir(value: unknown, file?: string): LabOrder {
  const p = new Problems(file);
  const bundle = value as Bundle;
  if (typeof value !== 'object' || value === null || bundle.resourceType !== 'Bundle') {
    p.add({ field: 'resourceType' }, 'expected a FHIR R4 Bundle holding the ServiceRequests of one order');
    p.check('lab order (FHIR)');
  }
  const pool = new ResourcePool();
  pool.addBundle(bundle);
  const resources = (bundle.entry ?? []).map((e) => e.resource).filter((r) => r !== undefined);
  const requests = resources.filter((r): r is ServiceRequest => r.resourceType === 'ServiceRequest');
  const current = requests.filter(
    (r) => r.status !== 'completed' && r.status !== 'revoked' && r.status !== 'entered-in-error',
  );
  if (current.length === 0) {
    p.add({ field: 'Bundle.entry' }, 'no ServiceRequest to review (status other than completed)');
    p.check('lab order (FHIR)');
  }
  const first = current[0]!;
  const requisition = first.requisition?.value;
  const group =
    requisition === undefined ? current : current.filter((r) => r.requisition?.value === requisition);
  const signed = new Set<string>();
  for (const r of resources)
    if (r.resourceType === 'Provenance' && ((r as Provenance).signature ?? []).length > 0)
      for (const t of (r as Provenance).target ?? []) {
        const sr = pool.resolve(t);
        if (sr) signed.add(label(sr));
      }

  const tests: OrderedTest[] = [];
  const diagnoses: LabOrder['diagnoses'] = [];
  const addDx = (code: string, where: { element: string; field: string }) => {
    const c = icd(p, where, code);
    if (c && !diagnoses.includes(c)) diagnoses.push(c);
  };
  for (const sr of group) {
    const element = label(sr);
    const codes = codings(sr.code, PROCEDURE);
    if (codes.length === 0) p.add({ element, field: 'ServiceRequest.code' }, 'no CPT/HCPCS coding');
    const code =
      codes[0] !== undefined
        ? hcpcs(p, { element, field: 'ServiceRequest.code.coding' }, codes[0])
        : undefined;
    const q = sr.quantityQuantity?.value;
    if (q !== undefined && (!Number.isInteger(q) || q <= 0))
      p.add(
        { element, field: 'ServiceRequest.quantityQuantity.value' },
        `units must be a positive whole number: ${q}`,
      );
    if (code)
      tests.push({ code, units: q ?? 1, ...(sr.code?.text !== undefined ? { name: sr.code.text } : {}) });
    (sr.reasonCode ?? []).forEach((rc, k) => {
      for (const c of codings(rc, ICD10CM)) addDx(c, { element, field: `ServiceRequest.reasonCode[${k}]` });
    });
    (sr.reasonReference ?? []).forEach((ref, k) => {
      const cond = pool.resolve(ref, sr as never) as Condition | undefined;
      const field = `ServiceRequest.reasonReference[${k}]`;
      if (cond?.resourceType !== 'Condition') {
        p.add(
          { element, field },
          `does not resolve to a Condition in the Bundle: ${ref.reference ?? '(no reference)'}`,
        );
        return;
      }
      const cs = codings(cond.code, ICD10CM);
      if (cs.length === 0) p.add({ element: label(cond), field: 'Condition.code' }, 'no ICD-10-CM coding');
      for (const c of cs) addDx(c, { element: label(cond), field: 'Condition.code.coding' });
    });
  }

  const resolve = <T>(ref: Reference | undefined, type: string, field: string): T | undefined => {
    if (!ref) return undefined;
    const r = pool.resolve(ref, first as never);
    if (!r || r.resourceType !== type) {
      p.add(
        { element: label(first), field },
        `does not resolve to a ${type} in the Bundle: ${ref.reference ?? ''}`,
      );
      return undefined;
    }
    return r as T;
  };
  const patient = resolve<Patient>(first.subject, 'Patient', 'ServiceRequest.subject');
  const coverage = resolve<Coverage>(first.insurance?.[0], 'Coverage', 'ServiceRequest.insurance[0]');
  if (!first.insurance?.length)
    p.add({ element: label(first), field: 'ServiceRequest.insurance' }, 'no Coverage referenced');
  const requesterRes = first.requester ? pool.resolve(first.requester, first as never) : undefined;
  const requester =
    requesterRes?.resourceType === 'PractitionerRole'
      ? (pool.resolve((requesterRes as PractitionerRole).practitioner) as Practitioner | undefined)
      : (requesterRes as Practitioner | undefined);
  const npiId = [...identifiers(requester?.identifier), ...identifiers(first.requester?.identifier)].find(
    (i) => i.system !== undefined && NPI_SYSTEMS.has(i.system),
  );
  const orderingNpi =
    npiId?.value !== undefined
      ? npi(p, { element: label(first), field: 'ServiceRequest.requester (NPI)' }, npiId.value)
      : undefined;
  const when = first.occurrenceDateTime ?? first.occurrencePeriod?.start;
  const collectionDate =
    when !== undefined
      ? day(p, { element: label(first), field: 'ServiceRequest.occurrence[x]' }, when)
      : undefined;
  const birthDate =
    patient?.birthDate !== undefined
      ? day(p, { element: label(patient), field: 'Patient.birthDate' }, patient.birthDate)
      : undefined;

  const priorOrders: PriorOrder[] = [];
  for (const sr of requests.filter((r) => r.status === 'completed')) {
    const d = sr.occurrenceDateTime ?? sr.occurrencePeriod?.start ?? sr.authoredOn;
    const code = codings(sr.code, PROCEDURE)[0];
    if (d === undefined || code === undefined) continue;
    const date = day(p, { element: label(sr), field: 'ServiceRequest.occurrence[x]' }, d);
    const c = hcpcs(p, { element: label(sr), field: 'ServiceRequest.code.coding' }, code);
    if (date && c) priorOrders.push({ date, tests: [c], ...(sr.id !== undefined ? { orderId: sr.id } : {}) });
  }
  p.check('lab order (FHIR)');

  const pack = coverage?.extension?.find((e) => e.url === PAYER_PACK_EXTENSION)?.valueString;
  const payerName = coverage?.payor?.[0]?.display;
  const providerName = personName(requester?.name);
  const patientName = personName(patient?.name);
  const id = requisition ?? first.identifier?.[0]?.value ?? first.id ?? 'unidentified';
  // The record number (as HL7 PID-3 carries it) before the resource id.
  const patientId = identifiers(patient?.identifier)[0]?.value ?? patient?.id;
  return {
    id,
    orderingProvider: {
      ...(orderingNpi !== undefined ? { npi: orderingNpi } : {}),
      ...(providerName ? { name: providerName } : {}),
    },
    patient: {
      ...(patientId !== undefined ? { id: patientId } : {}),
      ...(patientName ? { name: patientName } : {}),
      ...(birthDate !== undefined ? { birthDate } : {}),
      ...(patient?.gender !== undefined ? { sex: sex(patient.gender) } : {}),
    },
    coverage: {
      kind: coverage ? coverageKind(coverage) : 'commercial',
      ...(pack !== undefined ? { payerPack: pack } : {}),
      ...(payerName !== undefined ? { payerName } : {}),
      ...(coverage?.subscriberId !== undefined ? { memberId: coverage.subscriberId } : {}),
    },
    tests,
    diagnoses,
    ...(collectionDate !== undefined ? { collectionDate } : {}),
    signaturePresent: group.every((sr) => signed.has(label(sr))),
    ...(priorOrders.length > 0 ? { priorOrders } : {}),
  };
}
