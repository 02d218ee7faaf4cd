/**
 * @module claim-json
 * Reading a claim from JSON (the API's request body, `medcode scrub claim.json`, `convert
 * --from json`). The edge parser for the model in claim.ts: every code goes through its branded
 * parser, money must be integer cents, dates YYYY-MM-DD; each problem names its JSON path
 * (`lines[2].charge`). Writing JSON needs nothing special: the model is plain data.
 */
import {
  type Address,
  type Adjustment,
  type Claim,
  type DateSpan,
  type Diagnosis,
  type DiagnosisKind,
  type InpatientProcedure,
  type InstitutionalCode,
  type LineAdjudication,
  type OtherSubscriber,
  type Payer,
  type Person,
  type PersonName,
  type Provider,
  type ProviderRole,
  type ServiceLine,
  type Subscriber,
  DIAGNOSIS_KINDS,
  PROVIDER_ROLES,
} from './claim.ts';
import {
  parseHcpcs,
  parseIcd10Cm,
  parseIcd10Pcs,
  parseModifier,
  parseNdc,
  parsePos,
  parseRevenueCode,
} from './codes.ts';
import { parseIsoDate } from './dates.ts';
import { uncheckedNpi } from './identifiers.ts';
import type { TaxId } from './identifiers.ts';
import type { Cents } from './money.ts';
import { err, ok, type Result } from './result.ts';

export interface JsonProblem {
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;

/** Collects problems while reading; a missing required field yields a placeholder and a problem. */
class Reader {
  readonly problems: JsonProblem[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  obj(v: unknown, path: string): Obj {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Obj;
    this.fail(path, 'expected an object');
    return {};
  }

  arr(v: unknown, path: string, required = false): unknown[] {
    if (v === undefined && !required) return [];
    if (Array.isArray(v)) return v;
    this.fail(path, 'expected an array');
    return [];
  }

  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v === 'string' && v.length > 0) return v;
    this.fail(`${path}${key}`, v === undefined ? 'required' : 'expected a non-empty string');
    return '';
  }

  optStr(o: Obj, key: string, path: string): string | undefined {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.fail(`${path}${key}`, 'expected a string');
    return undefined;
  }

  int(o: Obj, key: string, path: string, required: boolean): number | undefined {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
    this.fail(`${path}${key}`, v === undefined ? 'required' : 'expected a whole number');
    return undefined;
  }

  num(o: Obj, key: string, path: string): number | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.fail(`${path}${key}`, 'expected a number');
    return undefined;
  }

  cents(o: Obj, key: string, path: string, required: boolean): Cents | undefined {
    const v = this.int(o, key, path, required);
    return v as Cents | undefined;
  }

  bool(o: Obj, key: string, path: string): boolean | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    this.fail(`${path}${key}`, 'expected true or false');
    return undefined;
  }

  parsed<T>(
    o: Obj,
    key: string,
    path: string,
    parse: (s: string) => Result<T>,
    required: boolean,
  ): T | undefined {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string') {
      this.fail(`${path}${key}`, v === undefined ? 'required' : 'expected a string');
      return undefined;
    }
    const r = parse(v);
    if (!r.ok) {
      this.fail(`${path}${key}`, r.error);
      return undefined;
    }
    return r.value;
  }
}

/** Copies the keys whose value is defined (the model uses absent keys, not undefined values). */
function defined<T extends object>(o: { [K in keyof T]: T[K] | undefined }): T {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k] as T[keyof T];
  return out as T;
}

const ROLES: readonly ProviderRole[] = PROVIDER_ROLES;
const DX_KINDS: readonly DiagnosisKind[] = DIAGNOSIS_KINDS;
const ADJ_GROUPS = ['CO', 'PR', 'OA', 'PI', 'CR'] as const;

function name(r: Reader, v: unknown, p: string): PersonName {
  const o = r.obj(v, p);
  // An empty last name is kept: some loops carry no name (837P 2010AB pay-to has only an address).
  const last = r.optStr(o, 'last', `${p}.`);
  if (last === undefined) r.fail(`${p}.last`, 'required');
  return defined<PersonName>({
    last: last ?? '',
    first: r.optStr(o, 'first', `${p}.`),
    middle: r.optStr(o, 'middle', `${p}.`),
    suffix: r.optStr(o, 'suffix', `${p}.`),
  });
}

function address(r: Reader, v: unknown, p: string): Address | undefined {
  if (v === undefined) return undefined;
  const o = r.obj(v, p);
  return defined<Address>({
    line1: r.str(o, 'line1', `${p}.`),
    line2: r.optStr(o, 'line2', `${p}.`),
    city: r.str(o, 'city', `${p}.`),
    state: r.optStr(o, 'state', `${p}.`),
    postalCode: r.optStr(o, 'postalCode', `${p}.`),
    country: r.optStr(o, 'country', `${p}.`),
  });
}

function person(r: Reader, v: unknown, p: string): Person {
  const o = r.obj(v, p);
  const sex = r.optStr(o, 'sex', `${p}.`);
  if (sex !== undefined && sex !== 'M' && sex !== 'F' && sex !== 'U')
    r.fail(`${p}.sex`, 'expected M, F or U');
  return defined<Person>({
    name: name(r, o.name, `${p}.name`),
    birthDate: r.parsed(o, 'birthDate', `${p}.`, parseIsoDate, false),
    sex: sex as Person['sex'],
    address: address(r, o.address, `${p}.address`),
  });
}

function payer(r: Reader, v: unknown, p: string): Payer {
  const o = r.obj(v, p);
  return defined<Payer>({
    name: r.str(o, 'name', `${p}.`),
    id: r.str(o, 'id', `${p}.`),
    address: address(r, o.address, `${p}.address`),
  });
}

function subscriber(r: Reader, v: unknown, p: string): Subscriber {
  const o = r.obj(v, p);
  const q = `${p}.`;
  return defined<Subscriber>({
    person: person(r, o.person, `${p}.person`),
    memberId: r.str(o, 'memberId', q),
    payerResponsibility: r.optStr(o, 'payerResponsibility', q) ?? 'P',
    relationship: r.optStr(o, 'relationship', q),
    groupNumber: r.optStr(o, 'groupNumber', q),
    groupName: r.optStr(o, 'groupName', q),
    insuranceType: r.optStr(o, 'insuranceType', q),
    claimFilingIndicator: r.optStr(o, 'claimFilingIndicator', q),
    payer: payer(r, o.payer, `${p}.payer`),
  });
}

function provider(r: Reader, v: unknown, p: string): Provider {
  const o = r.obj(v, p);
  const q = `${p}.`;
  const role = r.str(o, 'role', q) as ProviderRole;
  if (role && !ROLES.includes(role)) r.fail(`${p}.role`, `expected one of ${ROLES.join(', ')}`);
  const entity = r.optStr(o, 'entity', q) ?? 'person';
  if (entity !== 'person' && entity !== 'organization')
    r.fail(`${p}.entity`, 'expected person or organization');
  const npi = r.optStr(o, 'npi', q);
  const taxId = r.optStr(o, 'taxId', q);
  const kind = r.optStr(o, 'taxIdKind', q);
  return defined<Provider>({
    role,
    entity: entity as Provider['entity'],
    name: name(r, o.name, `${p}.name`),
    // Kept as sent: a wrong check digit is a finding for the checker, not a parse error.
    npi: npi === undefined ? undefined : uncheckedNpi(npi),
    taxonomy: r.optStr(o, 'taxonomy', q),
    taxId: taxId as TaxId | undefined,
    taxIdKind: kind === 'EIN' || kind === 'SSN' ? kind : undefined,
    address: address(r, o.address, `${p}.address`),
  });
}

function adjustment(r: Reader, v: unknown, p: string): Adjustment {
  const o = r.obj(v, p);
  const group = r.str(o, 'group', `${p}.`);
  if (group && !(ADJ_GROUPS as readonly string[]).includes(group))
    r.fail(`${p}.group`, 'expected CO, PR, OA, PI or CR');
  return defined<Adjustment>({
    group: group as Adjustment['group'],
    reason: r.str(o, 'reason', `${p}.`),
    amount: r.cents(o, 'amount', `${p}.`, true) ?? (0 as Cents),
    quantity: r.num(o, 'quantity', `${p}.`),
  });
}

function lineAdjudication(r: Reader, v: unknown, p: string): LineAdjudication {
  const o = r.obj(v, p);
  const q = `${p}.`;
  return defined<LineAdjudication>({
    payerId: r.str(o, 'payerId', q),
    paid: r.cents(o, 'paid', q, true) ?? (0 as Cents),
    procedure: r.parsed(o, 'procedure', q, parseHcpcs, false),
    modifiers: r
      .arr(o.modifiers, `${p}.modifiers`)
      .map((m, i) => parseOne(r, m, `${p}.modifiers[${i}]`, parseModifier)),
    units: r.num(o, 'units', q) ?? 1,
    adjustments: r
      .arr(o.adjustments, `${p}.adjustments`)
      .map((a, i) => adjustment(r, a, `${p}.adjustments[${i}]`)),
    adjudicatedOn: r.parsed(o, 'adjudicatedOn', q, parseIsoDate, false),
  }) as LineAdjudication;
}

function parseOne<T>(r: Reader, v: unknown, path: string, parse: (s: string) => Result<T>): T {
  if (typeof v !== 'string') {
    r.fail(path, 'expected a string');
    return '' as T;
  }
  const res = parse(v);
  if (!res.ok) r.fail(path, res.error);
  return res.ok ? res.value : (v as T);
}

function line(r: Reader, v: unknown, p: string, index: number): ServiceLine {
  const o = r.obj(v, p);
  const q = `${p}.`;
  const drug = o.drug === undefined ? undefined : r.obj(o.drug, `${p}.drug`);
  const units = r.num(o, 'units', q);
  if (units === undefined) r.fail(`${p}.units`, 'required');
  return defined<ServiceLine>({
    lineNumber: r.int(o, 'lineNumber', q, false) ?? index + 1,
    procedure: r.parsed(o, 'procedure', q, parseHcpcs, false),
    revenueCode: r.parsed(o, 'revenueCode', q, parseRevenueCode, false),
    modifiers: r
      .arr(o.modifiers, `${p}.modifiers`)
      .map((m, i) => parseOne(r, m, `${p}.modifiers[${i}]`, parseModifier)),
    units: units ?? 0,
    unitKind: r.optStr(o, 'unitKind', q) ?? 'UN',
    charge: r.cents(o, 'charge', q, true) ?? (0 as Cents),
    diagnosisPointers: r.arr(o.diagnosisPointers, `${p}.diagnosisPointers`).map((d, i) => {
      if (typeof d !== 'number' || !Number.isInteger(d))
        r.fail(`${p}.diagnosisPointers[${i}]`, 'expected a whole number');
      return Number(d);
    }),
    placeOfService: r.parsed(o, 'placeOfService', q, parsePos, false),
    serviceDate: r.parsed(o, 'serviceDate', q, parseIsoDate, true) ?? ('' as ServiceLine['serviceDate']),
    serviceDateTo: r.parsed(o, 'serviceDateTo', q, parseIsoDate, false),
    emergency: r.bool(o, 'emergency', q),
    description: r.optStr(o, 'description', q),
    controlNumber: r.optStr(o, 'controlNumber', q),
    drug:
      drug === undefined
        ? undefined
        : defined({
            ndc: r.parsed(drug, 'ndc', `${p}.drug.`, parseNdc, true)!,
            quantity: r.num(drug, 'quantity', `${p}.drug.`) ?? 0,
            unit: r.optStr(drug, 'unit', `${p}.drug.`) ?? 'UN',
            prescriptionNumber: r.optStr(drug, 'prescriptionNumber', `${p}.drug.`),
          }),
    providers: r.arr(o.providers, `${p}.providers`).map((x, i) => provider(r, x, `${p}.providers[${i}]`)),
    priorAdjudications: r
      .arr(o.priorAdjudications, `${p}.priorAdjudications`)
      .map((x, i) => lineAdjudication(r, x, `${p}.priorAdjudications[${i}]`)),
    nonCoveredCharge: r.cents(o, 'nonCoveredCharge', q, false),
  });
}

function diagnosis(r: Reader, v: unknown, p: string): Diagnosis {
  const o = r.obj(v, p);
  const kind = (r.optStr(o, 'kind', `${p}.`) ?? 'other') as DiagnosisKind;
  if (!DX_KINDS.includes(kind)) r.fail(`${p}.kind`, `expected one of ${DX_KINDS.join(', ')}`);
  const poa = r.optStr(o, 'poa', `${p}.`);
  if (poa !== undefined && !['Y', 'N', 'U', 'W', '1'].includes(poa))
    r.fail(`${p}.poa`, 'expected Y, N, U, W or 1');
  // ICD-9-CM codes (claims before October 2015, X12 examples) are kept as sent, unchecked.
  const icd9 = o.codeSystem === 'icd9cm';
  if (o.codeSystem !== undefined && !icd9)
    r.fail(`${p}.codeSystem`, 'expected icd9cm or nothing (ICD-10-CM)');
  return defined<Diagnosis>({
    code: icd9
      ? (r.str(o, 'code', `${p}.`) as Diagnosis['code'])
      : (r.parsed(o, 'code', `${p}.`, parseIcd10Cm, true) ?? ('' as Diagnosis['code'])),
    kind,
    poa: poa as Diagnosis['poa'],
    codeSystem: icd9 ? 'icd9cm' : undefined,
  });
}

function span(r: Reader, v: unknown, p: string): DateSpan | undefined {
  if (v === undefined) return undefined;
  const o = r.obj(v, p);
  return defined<DateSpan>({
    from: r.parsed(o, 'from', `${p}.`, parseIsoDate, true) ?? ('' as DateSpan['from']),
    to: r.parsed(o, 'to', `${p}.`, parseIsoDate, false),
  });
}

/** Reads a claim; every problem comes back with its JSON path, none is thrown. */
export function parseClaimJson(input: unknown): Result<Claim, JsonProblem[]> {
  const r = new Reader();
  const o = r.obj(input, '$');
  const kind = r.str(o, 'kind', '');
  if (kind && kind !== 'professional' && kind !== 'institutional')
    r.fail('kind', 'expected professional or institutional');
  const claim = defined<Claim>({
    kind: kind as Claim['kind'],
    id: r.str(o, 'id', ''),
    totalCharge: r.cents(o, 'totalCharge', '', true) ?? (0 as Cents),
    placeOfService: r.parsed(o, 'placeOfService', '', parsePos, false),
    typeOfBill: r.optStr(o, 'typeOfBill', ''),
    frequencyCode: r.optStr(o, 'frequencyCode', '') ?? '1',
    providerSignature: r.bool(o, 'providerSignature', ''),
    assignment: r.optStr(o, 'assignment', ''),
    benefitsAssigned: r.bool(o, 'benefitsAssigned', ''),
    releaseOfInformation: r.optStr(o, 'releaseOfInformation', ''),
    relatedCauses:
      o.relatedCauses === undefined ? undefined : r.arr(o.relatedCauses, 'relatedCauses').map(String),
    accidentState: r.optStr(o, 'accidentState', ''),
    accidentDate: r.parsed(o, 'accidentDate', '', parseIsoDate, false),
    delayReason: r.optStr(o, 'delayReason', ''),
    priorAuthorization: r.optStr(o, 'priorAuthorization', ''),
    referralNumber: r.optStr(o, 'referralNumber', ''),
    originalReference: r.optStr(o, 'originalReference', ''),
    clearinghouseTrace: r.optStr(o, 'clearinghouseTrace', ''),
    medicalRecordNumber: r.optStr(o, 'medicalRecordNumber', ''),
    statement: span(r, o.statement, 'statement'),
    admission: r.parsed(o, 'admission', '', parseIsoDate, false),
    admissionHour: r.optStr(o, 'admissionHour', ''),
    discharge: r.parsed(o, 'discharge', '', parseIsoDate, false),
    onset: r.parsed(o, 'onset', '', parseIsoDate, false),
    admissionType: r.optStr(o, 'admissionType', ''),
    admissionSource: r.optStr(o, 'admissionSource', ''),
    patientStatus: r.optStr(o, 'patientStatus', ''),
    drg: r.optStr(o, 'drg', ''),
    note: r.optStr(o, 'note', ''),
    patient: person(r, o.patient, 'patient'),
    patientRelationship: r.optStr(o, 'patientRelationship', '') ?? '18',
    subscriber: subscriber(r, o.subscriber, 'subscriber'),
    otherSubscribers: r.arr(o.otherSubscribers, 'otherSubscribers').map((x, i): OtherSubscriber => {
      const p = `otherSubscribers[${i}]`;
      const so = r.obj(x, p);
      return defined<OtherSubscriber>({
        subscriber: subscriber(r, so.subscriber, `${p}.subscriber`),
        patientRelationship: r.optStr(so, 'patientRelationship', `${p}.`) ?? '18',
        paidAmount: r.cents(so, 'paidAmount', `${p}.`, false),
        adjustments: r
          .arr(so.adjustments, `${p}.adjustments`)
          .map((a, j) => adjustment(r, a, `${p}.adjustments[${j}]`)),
      });
    }),
    providers: r.arr(o.providers, 'providers').map((x, i) => provider(r, x, `providers[${i}]`)),
    diagnoses: r.arr(o.diagnoses, 'diagnoses').map((x, i) => diagnosis(r, x, `diagnoses[${i}]`)),
    inpatientProcedures: r
      .arr(o.inpatientProcedures, 'inpatientProcedures')
      .map((x, i): InpatientProcedure => {
        const p = `inpatientProcedures[${i}]`;
        const po = r.obj(x, p);
        const icd9 = po.codeSystem === 'icd9cm';
        return defined<InpatientProcedure>({
          code: icd9
            ? (r.str(po, 'code', `${p}.`) as InpatientProcedure['code'])
            : (r.parsed(po, 'code', `${p}.`, parseIcd10Pcs, true) ?? ('' as InpatientProcedure['code'])),
          principal: r.bool(po, 'principal', `${p}.`) ?? false,
          date: r.parsed(po, 'date', `${p}.`, parseIsoDate, false),
          codeSystem: icd9 ? 'icd9cm' : undefined,
        });
      }),
    institutionalCodes: r.arr(o.institutionalCodes, 'institutionalCodes').map((x, i): InstitutionalCode => {
      const p = `institutionalCodes[${i}]`;
      const io = r.obj(x, p);
      return defined<InstitutionalCode>({
        qualifier: r.str(io, 'qualifier', `${p}.`),
        code: r.str(io, 'code', `${p}.`),
        date: r.parsed(io, 'date', `${p}.`, parseIsoDate, false),
        dateTo: r.parsed(io, 'dateTo', `${p}.`, parseIsoDate, false),
        amount: r.cents(io, 'amount', `${p}.`, false),
      });
    }),
    lines: r.arr(o.lines, 'lines', true).map((x, i) => line(r, x, `lines[${i}]`, i)),
  });
  return r.problems.length > 0 ? err(r.problems) : ok(claim);
}
