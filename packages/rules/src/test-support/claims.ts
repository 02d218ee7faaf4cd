/**
 * @module test-support/claims
 * A compact way to write a claim in a test: the fields a case is about, with plain defaults for
 * the rest (an office visit for an adult patient by a provider with a valid NPI). Codes are run
 * through the domain parsers, so a test cannot build a claim the edge would not.
 */
import {
  type Claim,
  cents,
  type Diagnosis,
  type IsoDate,
  isoDate,
  type Modifier,
  type Npi,
  parseHcpcs,
  parseIcd10Cm,
  parseModifier,
  type PosCode,
  type Provider,
  type ServiceLine,
  type Sex,
  uncheckedNpi,
} from '@medcode/domain';

export interface LineInput {
  code?: string;
  modifiers?: string[];
  units?: number;
  /** Dollars, for readability; stored in cents. */
  charge?: number;
  pointers?: number[];
  date?: string;
  pos?: string;
  rendering?: string;
}

export interface ClaimInput {
  id?: string;
  kind?: 'professional' | 'institutional';
  dx?: string[];
  lines?: LineInput[];
  birthDate?: string;
  sex?: Sex;
  pos?: string;
  date?: string;
  billingNpi?: string;
  renderingNpi?: string;
  referringNpi?: string;
  priorAuthorization?: string;
  payerId?: string;
  totalCharge?: number;
  typeOfBill?: string;
  /** SBR09: MB Medicare Part B, CI commercial ... */
  filing?: string;
}

const must = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

export const VALID_NPI = '1234567893'; // the CMS worked example of the NPI check digit
export const VALID_NPI_2 = '1245319599';

const provider = (role: Provider['role'], npi: string, entity: Provider['entity'] = 'person'): Provider => ({
  role,
  entity,
  name: { last: role.toUpperCase() },
  npi: uncheckedNpi(npi) as Npi,
});

export function claim(input: ClaimInput = {}): Claim {
  const date = isoDate(input.date ?? '2026-03-02');
  const dx: Diagnosis[] = (input.dx ?? ['I10']).map((c, k) => ({
    code: must(parseIcd10Cm(c)),
    kind: k === 0 ? 'principal' : 'other',
  }));
  const lines: ServiceLine[] = (input.lines ?? [{ code: '99213' }]).map((l, k) => ({
    lineNumber: k + 1,
    ...(l.code !== undefined ? { procedure: must(parseHcpcs(l.code)) } : {}),
    modifiers: (l.modifiers ?? []).map((m) => must(parseModifier(m)) as Modifier),
    units: l.units ?? 1,
    unitKind: 'UN',
    charge: cents(Math.round((l.charge ?? 100) * 100)),
    diagnosisPointers: l.pointers ?? [1],
    serviceDate: l.date !== undefined ? isoDate(l.date) : date,
    ...(l.pos !== undefined ? { placeOfService: l.pos as PosCode } : {}),
    providers: l.rendering !== undefined ? [provider('rendering', l.rendering)] : [],
    priorAdjudications: [],
  }));
  const total = input.totalCharge ?? lines.reduce((s, l) => s + l.charge, 0) / 100;
  const providers: Provider[] = [provider('billing', input.billingNpi ?? VALID_NPI, 'organization')];
  if (input.renderingNpi !== undefined) providers.push(provider('rendering', input.renderingNpi));
  if (input.referringNpi !== undefined) providers.push(provider('referring', input.referringNpi));
  const patient = {
    name: { last: 'DOE', first: 'JANE' },
    ...(input.birthDate !== '' ? { birthDate: isoDate(input.birthDate ?? '1980-05-15') as IsoDate } : {}),
    sex: input.sex ?? 'F',
  };
  return {
    kind: input.kind ?? 'professional',
    id: input.id ?? 'C1',
    totalCharge: cents(Math.round(total * 100)),
    ...(input.pos !== '' ? { placeOfService: (input.pos ?? '11') as PosCode } : {}),
    frequencyCode: '1',
    ...(input.priorAuthorization !== undefined ? { priorAuthorization: input.priorAuthorization } : {}),
    ...(input.typeOfBill !== undefined ? { typeOfBill: input.typeOfBill } : {}),
    patient,
    patientRelationship: '18',
    subscriber: {
      person: patient,
      memberId: 'M123',
      payerResponsibility: 'P',
      relationship: '18',
      payer: { name: 'PAYER', id: input.payerId ?? '00001' },
      ...(input.filing !== undefined ? { claimFilingIndicator: input.filing } : {}),
    },
    otherSubscribers: [],
    providers,
    diagnoses: dx,
    inpatientProcedures: [],
    institutionalCodes: [],
    lines,
  };
}
