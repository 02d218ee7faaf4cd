/**
 * @module testing/batch
 * Realistic 837P batches for the benchmark: office claims as a clearinghouse sees them (one
 * billing provider, a subscriber who is usually the patient, 1-4 diagnoses, 1-4 lines, sometimes
 * a rendering provider or a prior payer), from a seeded generator so that every run writes the
 * same bytes. Written interchange by interchange, so a batch of any size is produced in flat memory.
 */
import {
  type Claim,
  type HcpcsCode,
  type Icd10CmCode,
  type IsoDate,
  type Modifier,
  type Npi,
  npiCheckDigit,
  type PosCode,
  type Provider,
  type ServiceLine,
  type TaxId,
} from '@medcode/domain';
import type { Write837Options } from '../x837/write837.ts';
import { write837 } from '../x837/write837.ts';

type Cents = Claim['totalCharge'];

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAST = [
  'SMITH',
  'JOHNSON',
  'WILLIAMS',
  'BROWN',
  'JONES',
  'GARCIA',
  'MILLER',
  'DAVIS',
  'RODRIGUEZ',
  'MARTINEZ',
];
const FIRST = [
  'JAMES',
  'MARY',
  'ROBERT',
  'PATRICIA',
  'JOHN',
  'JENNIFER',
  'MICHAEL',
  'LINDA',
  'DAVID',
  'ELIZABETH',
];
const STREETS = ['MAIN ST', 'OAK AVE', 'PINE RD', 'MAPLE DR', 'CEDAR LN', 'ELM ST'];
const CITIES: [string, string, string][] = [
  ['SPRINGFIELD', 'IL', '62701'],
  ['COLUMBUS', 'OH', '43215'],
  ['AUSTIN', 'TX', '78701'],
  ['DENVER', 'CO', '80202'],
];
const CPT = [
  '99213',
  '99214',
  '99203',
  '99204',
  '93000',
  '36415',
  '80053',
  '85025',
  '71046',
  'G0439',
  'J1100',
  '97110',
];
const ICD = ['E119', 'I10', 'J069', 'M545', 'R0789', 'Z0000', 'E785', 'K219', 'F419', 'N390', 'J449', 'Z23'];
const MODS = ['25', '59', 'LT', 'RT', 'GA'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const digits = (r: () => number, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
  return s;
};
const npi = (r: () => number): Npi => {
  const s = digits(r, 9);
  return `${s}${npiCheckDigit(s)}` as Npi;
};
const date = (r: () => number): IsoDate =>
  new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10) as IsoDate;

function address(r: () => number) {
  const [city, state, zip] = pick(r, CITIES);
  return { line1: `${100 + Math.floor(r() * 900)} ${pick(r, STREETS)}`, city, state, postalCode: zip };
}

/** The billing providers of a batch: a handful of practices submit most claims. */
export function practices(r: () => number, n: number): Provider[] {
  return Array.from({ length: n }, (_, i) => ({
    role: 'billing',
    entity: 'organization',
    name: { last: `${pick(r, LAST)} FAMILY PRACTICE ${i + 1}` },
    npi: npi(r),
    taxonomy: '207Q00000X',
    taxId: digits(r, 9) as TaxId,
    taxIdKind: 'EIN',
    address: address(r),
  }));
}

export function officeClaim(r: () => number, id: number, billing: Provider): Claim {
  const patient = {
    name: { last: pick(r, LAST), first: pick(r, FIRST) },
    birthDate:
      `${1940 + Math.floor(r() * 70)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}` as IsoDate,
    sex: r() < 0.5 ? ('F' as const) : ('M' as const),
    address: address(r),
  };
  const dx = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => ({
    code: pick(r, ICD) as Icd10CmCode,
    kind: i === 0 ? ('principal' as const) : ('other' as const),
  }));
  const day = date(r);
  const lines: ServiceLine[] = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => ({
    lineNumber: i + 1,
    procedure: pick(r, CPT) as HcpcsCode,
    modifiers: r() < 0.2 ? [pick(r, MODS) as Modifier] : [],
    units: 1,
    unitKind: 'UN',
    charge: (2500 + Math.floor(r() * 30000)) as Cents,
    diagnosisPointers: [1 + Math.floor(r() * dx.length)],
    serviceDate: day,
    controlNumber: `L${id}-${i + 1}`,
    providers: [],
    priorAdjudications: [],
  }));
  const providers: Provider[] = [billing];
  if (r() < 0.5)
    providers.push({
      role: 'rendering',
      entity: 'person',
      name: { last: pick(r, LAST), first: pick(r, FIRST) },
      npi: npi(r),
      taxonomy: '207Q00000X',
    });
  return {
    kind: 'professional',
    id: `PCN${id}`,
    totalCharge: lines.reduce((a, l) => a + l.charge, 0) as Cents,
    placeOfService: '11' as PosCode,
    frequencyCode: '1',
    providerSignature: true,
    assignment: 'A',
    benefitsAssigned: true,
    releaseOfInformation: 'Y',
    clearinghouseTrace: `TRC${id}`,
    patient,
    patientRelationship: '18',
    subscriber: {
      person: patient,
      memberId: `M${digits(r, 10)}`,
      payerResponsibility: 'P',
      relationship: '18',
      groupNumber: `G${digits(r, 5)}`,
      claimFilingIndicator: 'CI',
      payer: { name: 'ACME HEALTH PLAN', id: 'ACME01' },
    },
    otherSubscribers: [],
    providers,
    diagnoses: dx,
    inpatientProcedures: [],
    institutionalCodes: [],
    lines,
  };
}

export const BATCH_ENVELOPE: Write837Options = {
  sender: { id: 'CLEARINGHOUSE01' },
  receiver: { id: 'ACMEPAYER' },
  date: '20240601',
  time: '0800',
  submitter: { name: 'CLEARINGHOUSE', phone: '5555550100' },
  receiverName: 'ACME HEALTH PLAN',
};

/**
 * Writes 837P interchanges of `claimsPerInterchange` claims until `bytes` are reached, handing
 * each to `sink` (a file write, an array push). Returns the bytes and claims written.
 */
export function writeBatch(
  bytes: number,
  sink: (text: string) => void,
  opts: { seed?: number; claimsPerInterchange?: number } = {},
): { bytes: number; claims: number } {
  const r = random(opts.seed ?? 1);
  const billing = practices(r, 20);
  const per = opts.claimsPerInterchange ?? 5000;
  let written = 0;
  let claims = 0;
  for (let n = 1; written < bytes; n++) {
    const batch: Claim[] = [];
    for (let i = 0; i < per; i++) batch.push(officeClaim(r, claims + i + 1, pick(r, billing)));
    const text = write837(batch, { ...BATCH_ENVELOPE, controlNumber: n });
    sink(text);
    written += Buffer.byteLength(text);
    claims += per;
  }
  return { bytes: written, claims };
}
