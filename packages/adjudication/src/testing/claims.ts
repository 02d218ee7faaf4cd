/**
 * @module testing/claims
 * Hand-made professional claims for the tests: a builder with the fields adjudication reads,
 * valid enough to pass the structural edits (diagnosis pointers, NPIs with check digits,
 * place of service, totals).
 */
import type {
  Cents,
  Claim,
  HcpcsCode,
  Icd10CmCode,
  IsoDate,
  Modifier,
  Npi,
  PosCode,
  Provider,
  ServiceLine,
} from '@medcode/domain';

export interface LineSpec {
  code: string;
  charge: number; // cents
  units?: number;
  modifiers?: string[];
  date?: string;
  pos?: string;
  pointers?: number[];
  priorPaid?: number;
}

export interface ClaimSpec {
  id?: string;
  memberId?: string;
  payer?: { id: string; name: string };
  filing?: string;
  date?: string;
  pos?: string;
  npi?: string;
  diagnoses?: string[];
  lines: LineSpec[];
  priorAuthorization?: string;
  frequency?: string;
  responsibility?: string;
  patient?: { last: string; first?: string; birthDate: string; sex?: 'M' | 'F'; relationship: string };
  referring?: boolean;
}

const provider = (role: Provider['role'], npi: string, last: string): Provider => ({
  role,
  entity: role === 'billing' ? 'organization' : 'person',
  name: { last, ...(role === 'billing' ? {} : { first: 'ALEX' }) },
  npi: npi as Npi,
});

export function makeClaim(spec: ClaimSpec): Claim {
  const date = (spec.date ?? '2026-07-15') as IsoDate;
  const lines: ServiceLine[] = spec.lines.map((l, i) => ({
    lineNumber: i + 1,
    procedure: l.code as HcpcsCode,
    modifiers: (l.modifiers ?? []) as Modifier[],
    units: l.units ?? 1,
    unitKind: 'UN',
    charge: l.charge as Cents,
    diagnosisPointers: l.pointers ?? [1],
    ...(l.pos !== undefined ? { placeOfService: l.pos as PosCode } : {}),
    serviceDate: (l.date ?? date) as IsoDate,
    providers: [],
    priorAdjudications:
      l.priorPaid === undefined
        ? []
        : [
            {
              payerId: 'OTHER',
              paid: l.priorPaid as Cents,
              procedure: l.code as HcpcsCode,
              modifiers: [],
              units: l.units ?? 1,
              adjustments: [],
            },
          ],
  }));
  const npi = spec.npi ?? '1111111112';
  const payer = spec.payer ?? { id: 'MEDICARE-B', name: 'MEDICARE PART B' };
  const self = spec.patient === undefined || spec.patient.relationship === '18';
  const subscriberPerson = {
    name: { last: 'DOE', first: 'JANE' },
    birthDate: '1955-03-02' as IsoDate,
    sex: 'F' as const,
  };
  const patient = spec.patient
    ? {
        name: { last: spec.patient.last, ...(spec.patient.first ? { first: spec.patient.first } : {}) },
        birthDate: spec.patient.birthDate as IsoDate,
        sex: spec.patient.sex ?? 'F',
      }
    : subscriberPerson;
  return {
    kind: 'professional',
    id: spec.id ?? 'CLM-1',
    totalCharge: lines.reduce((a, l) => a + l.charge, 0) as Cents,
    placeOfService: (spec.pos ?? '11') as PosCode,
    frequencyCode: spec.frequency ?? '1',
    ...(spec.priorAuthorization !== undefined ? { priorAuthorization: spec.priorAuthorization } : {}),
    patient,
    patientRelationship: spec.patient?.relationship ?? '18',
    subscriber: {
      person: self ? patient : { name: { last: spec.patient?.last ?? 'DOE', first: 'PARENT' } },
      memberId: spec.memberId ?? '1EG4TE5MK73',
      payerResponsibility: spec.responsibility ?? 'P',
      relationship: self ? '18' : '',
      claimFilingIndicator: spec.filing ?? 'MB',
      payer,
    },
    otherSubscribers: [],
    providers: [
      provider('billing', npi, 'EXAMPLE CLINIC'),
      provider('rendering', npi, 'LEE'),
      ...(spec.referring ? [provider('referring', '1234567893', 'PATEL')] : []),
    ],
    diagnoses: (spec.diagnoses ?? ['M17.11']).map((code, i) => ({
      code: code.replace('.', '') as Icd10CmCode,
      kind: i === 0 ? ('principal' as const) : ('other' as const),
    })),
    inpatientProcedures: [],
    institutionalCodes: [],
    lines,
  };
}
