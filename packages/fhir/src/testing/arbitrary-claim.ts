/**
 * @module testing/arbitrary-claim
 * fast-check generators of random claims and adjudications in the model's canonical form, for
 * round-trip properties (tests only; not exported from the package).
 *
 * Canonical form = what an X12 or FHIR parser produces, and what FHIR can say back:
 * - strings are non-empty (FHIR forbids empty strings); a middle name comes with a first name;
 *   an organization's name is `last` alone; arrays that may be absent are absent or non-empty;
 * - line numbers are positions 1..n (LX01); diagnosis pointers name existing diagnoses;
 * - a professional claim states its place of service (CLM05-1, required on 837P); a line may
 *   state one too (SV105), the claim's or another; institutional claims and lines have none;
 * - the type of bill is 3 digits (UB-04 FL4 without its leading zero);
 * - providers: one billing provider first, an optional pay-to provider second (2010AA, 2010AB).
 */
import type {
  Address,
  Adjustment,
  Cents,
  Claim,
  Diagnosis,
  DrugIdentification,
  HcpcsCode,
  Icd10CmCode,
  Icd10PcsCode,
  InpatientProcedure,
  InstitutionalCode,
  IsoDate,
  LineAdjudication,
  Modifier,
  NdcCode,
  Npi,
  Payer,
  Person,
  PersonName,
  PosCode,
  Provider,
  ProviderRole,
  RevenueCode,
  ServiceLine,
  Subscriber,
  TaxId,
} from '@medcode/domain';
import fc from 'fast-check';
import type { AdjudicatedClaim, ClaimDecision, LineDecision } from '../adjudicated-claim.ts';

const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[]) =>
  fc.record(model, { requiredKeys: required, noNullPrototype: true });

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALNUM = UPPER + DIGITS;
/** A string of `min`..`max` characters from `alphabet` (far faster than fc.stringMatching). */
const chars = (alphabet: string, min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...alphabet.split('')), minLength: min, maxLength: max });
/** Concatenation of the parts' strings. */
const cat = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((xs) => xs.join(''));

const word = cat(chars(UPPER, 1), chars('abcdefghijklmnopqrstuvwxyz', 1, 10));
const words = fc
  .array(cat(chars(UPPER, 1), chars(ALNUM + 'abcdefgh', 0, 8)), { minLength: 1, maxLength: 4 })
  .map((w) => w.join(' '));
const token = chars(ALNUM, 1, 12);

export const isoDate: fc.Arbitrary<IsoDate> = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);
export const centsArb = (max = 10_000_000): fc.Arbitrary<Cents> =>
  fc.integer({ min: 0, max }).map((n) => n as Cents);

const icd10cm = cat(chars(UPPER, 1), chars(DIGITS, 1), chars(ALNUM, 1, 5)).map((s) => s as Icd10CmCode);
export const hcpcs = fc
  .oneof(
    cat(chars(DIGITS, 4), chars(DIGITS + 'FTUM', 1)),
    cat(chars('ABCDEFGHIJKLMNOPQRSTUV', 1), chars(DIGITS, 4)),
  )
  .map((s) => s as HcpcsCode);
const modifier = chars(ALNUM, 2).map((s) => s as Modifier);
const pos = chars(DIGITS, 2).map((s) => s as PosCode);

const address: fc.Arbitrary<Address> = rec<Address>(
  {
    line1: words,
    line2: words,
    city: word,
    state: chars(UPPER, 2),
    postalCode: fc.oneof(chars(DIGITS, 5), chars(DIGITS, 9)),
    country: fc.constantFrom('US', 'USA', 'CA'),
  },
  ['line1', 'city'],
);

const personName: fc.Arbitrary<PersonName> = fc
  .tuple(
    word,
    fc.option(word, { nil: undefined }),
    fc.option(word, { nil: undefined }),
    fc.option(fc.constantFrom('JR', 'SR', 'III'), { nil: undefined }),
  )
  .map(([last, first, middle, suffix]) => ({
    last,
    ...(first === undefined ? {} : { first }),
    ...(first === undefined || middle === undefined ? {} : { middle }),
    ...(suffix === undefined ? {} : { suffix }),
  }));

export const person: fc.Arbitrary<Person> = rec<Person>(
  { name: personName, birthDate: isoDate, sex: fc.constantFrom('M', 'F', 'U'), address },
  ['name'],
);

const adjustment: fc.Arbitrary<Adjustment> = rec<Adjustment>(
  {
    group: fc.constantFrom('CO', 'PR', 'OA', 'PI', 'CR'),
    reason: cat(chars(UPPER, 0, 1), chars(DIGITS, 1, 3)),
    amount: centsArb(),
    quantity: fc.integer({ min: 1, max: 99 }),
  },
  ['group', 'reason', 'amount'],
);

const PROVIDER_ROLES: ProviderRole[] = [
  'rendering',
  'referring',
  'attending',
  'operating',
  'otherOperating',
  'serviceFacility',
  'supervising',
  'ordering',
  'purchasedService',
];

export function provider(roles: readonly ProviderRole[]): fc.Arbitrary<Provider> {
  return fc
    .tuple(
      fc.constantFrom(...roles),
      fc.constantFrom<'person' | 'organization'>('person', 'organization'),
      personName,
      rec<Pick<Provider, 'npi' | 'taxonomy' | 'address' | 'secondaryIds'>>(
        {
          npi: chars(DIGITS, 10).map((s) => s as Npi),
          taxonomy: cat(chars(DIGITS, 3), chars(ALNUM, 6), fc.constant('X')),
          address,
          secondaryIds: fc.array(
            rec({ qualifier: fc.constantFrom('G2', 'LU', '0B', '1G'), id: token }, ['qualifier', 'id']),
            {
              minLength: 1,
              maxLength: 2,
            },
          ),
        },
        [],
      ),
      fc.option(
        fc.tuple(chars(DIGITS, 9), fc.constantFrom<'EIN' | 'SSN' | undefined>('EIN', 'SSN', undefined)),
        { nil: undefined },
      ),
    )
    .map(([role, entity, name, rest, tax]) => ({
      role,
      entity,
      name: entity === 'organization' ? { last: name.last } : name,
      ...rest,
      ...(tax === undefined
        ? {}
        : { taxId: tax[0] as TaxId, ...(tax[1] === undefined ? {} : { taxIdKind: tax[1] }) }),
    }));
}

const payer: fc.Arbitrary<Payer> = rec<Payer>({ name: words, id: token, address }, ['name', 'id']);

const subscriber = (patient: Person): fc.Arbitrary<Subscriber> =>
  rec<Subscriber>(
    {
      person: fc.oneof(fc.constant(patient), person),
      memberId: token,
      payerResponsibility: fc.constantFrom(...'PSTABCDEFGHU'.split('')),
      relationship: fc.constantFrom('18', '01', '19'),
      groupNumber: token,
      groupName: words,
      insuranceType: fc.constantFrom('12', '13', '14', '47', 'MB'),
      claimFilingIndicator: fc.constantFrom('CI', 'MB', 'MC', 'BL', 'HM', '16'),
      payer,
    },
    ['person', 'memberId', 'payerResponsibility', 'payer'],
  );

const relationship = fc.constantFrom('18', '01', '19', '20', '21', '39', '40', '53', 'G8');

const lineAdjudication: fc.Arbitrary<LineAdjudication> = fc
  .tuple(
    rec<Omit<LineAdjudication, 'procedure'>>(
      {
        payerId: token,
        paid: centsArb(),
        modifiers: fc.array(modifier, { maxLength: 4 }),
        units: fc.integer({ min: 1, max: 20 }),
        adjustments: fc.array(adjustment, { maxLength: 2 }),
        adjudicatedOn: isoDate,
      },
      ['payerId', 'paid', 'modifiers', 'units', 'adjustments'],
    ),
    fc.option(hcpcs, { nil: undefined }),
  )
  .map(([a, procedure]) => ({ ...a, procedure }));

const drug: fc.Arbitrary<DrugIdentification> = rec<DrugIdentification>(
  {
    ndc: chars(DIGITS, 11).map((s) => s as NdcCode),
    quantity: fc.integer({ min: 1, max: 500 }),
    unit: fc.constantFrom('F2', 'GR', 'ME', 'ML', 'UN'),
    prescriptionNumber: token,
  },
  ['ndc', 'quantity', 'unit'],
);

function line(
  kind: Claim['kind'],
  claimPos: PosCode | undefined,
  diagnoses: number,
  n: number,
): fc.Arbitrary<ServiceLine> {
  const pointers: fc.Arbitrary<number[]> =
    diagnoses === 0
      ? fc.constant<number[]>([])
      : fc.array(fc.integer({ min: 1, max: diagnoses }), { maxLength: 8 });
  return fc
    .tuple(
      rec<Omit<ServiceLine, 'lineNumber' | 'procedure' | 'revenueCode' | 'placeOfService'>>(
        {
          modifiers: fc.array(modifier, { maxLength: 4 }),
          units: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.constantFrom(0.5, 1.5, 2.25)),
          unitKind: fc.constantFrom('UN', 'MJ', 'DA'),
          charge: centsArb(),
          diagnosisPointers: pointers,
          serviceDate: isoDate,
          serviceDateTo: isoDate,
          emergency: fc.boolean(),
          description: words,
          controlNumber: token,
          drug,
          providers: fc.array(
            provider([
              'rendering',
              'referring',
              'supervising',
              'ordering',
              'serviceFacility',
              'purchasedService',
            ]),
            {
              maxLength: 2,
            },
          ),
          priorAdjudications: fc.array(lineAdjudication, { maxLength: 2 }),
          nonCoveredCharge: centsArb(),
        },
        [
          'modifiers',
          'units',
          'unitKind',
          'charge',
          'diagnosisPointers',
          'serviceDate',
          'providers',
          'priorAdjudications',
        ],
      ),
      fc.option(hcpcs, { nil: undefined }),
      fc.option(
        chars(DIGITS, 4).map((s) => s as RevenueCode),
        { nil: undefined },
      ),
      // SV105: absent, the claim's own place repeated (X12 parsers keep it as stated), or another.
      fc.option(fc.oneof(pos, fc.constant(claimPos ?? ('11' as PosCode))), { nil: undefined }),
    )
    .map(([l, procedure, revenueCode, linePos]) => ({
      ...l,
      lineNumber: n,
      ...(procedure === undefined && (kind === 'professional' || revenueCode === undefined)
        ? { procedure: '99213' as HcpcsCode }
        : {}),
      ...(procedure === undefined ? {} : { procedure }),
      ...(kind === 'institutional' && revenueCode !== undefined ? { revenueCode } : {}),
      ...(kind === 'professional' && linePos !== undefined ? { placeOfService: linePos } : {}),
    }));
}

/** ICD-9-CM as X12 sends it: 3-5 digits, or V plus 2-4 digits, or E plus 3-4 digits; no decimal point. */
const icd9 = fc.oneof(
  chars(DIGITS, 3, 5),
  cat(fc.constant('V'), chars(DIGITS, 2, 4)),
  cat(fc.constant('E'), chars(DIGITS, 3, 4)),
);

const diagnosis: fc.Arbitrary<Diagnosis> = fc
  .tuple(
    rec<Omit<Diagnosis, 'code' | 'codeSystem'>>(
      {
        kind: fc.constantFrom('principal', 'other', 'admitting', 'reasonForVisit', 'externalCause'),
        poa: fc.constantFrom('Y', 'N', 'U', 'W', '1'),
      },
      ['kind'],
    ),
    fc.oneof(
      { weight: 4, arbitrary: icd10cm.map((code) => ({ code })) },
      { weight: 1, arbitrary: icd9.map((c) => ({ code: c as Icd10CmCode, codeSystem: 'icd9cm' as const })) },
    ),
  )
  .map(([d, code]) => ({ ...code, ...d }));

const inpatientProcedure: fc.Arbitrary<InpatientProcedure> = fc
  .tuple(
    rec<Omit<InpatientProcedure, 'code' | 'codeSystem'>>({ principal: fc.boolean(), date: isoDate }, [
      'principal',
    ]),
    fc.oneof(
      {
        weight: 4,
        arbitrary: chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 7).map((c) => ({ code: c as Icd10PcsCode })),
      },
      // ICD-9-CM volume 3: 3-4 digits.
      {
        weight: 1,
        arbitrary: chars(DIGITS, 3, 4).map((c) => ({
          code: c as Icd10PcsCode,
          codeSystem: 'icd9cm' as const,
        })),
      },
    ),
  )
  .map(([p, code]) => ({ ...code, ...p }));

const institutionalCode: fc.Arbitrary<InstitutionalCode> = fc
  .tuple(
    rec<Omit<InstitutionalCode, 'dateTo'>>(
      {
        qualifier: fc.constantFrom('BE', 'BH', 'BI', 'BG'),
        code: chars(ALNUM, 2),
        date: isoDate,
        amount: centsArb(),
      },
      ['qualifier', 'code'],
    ),
    fc.option(isoDate, { nil: undefined }),
  )
  .map(([c, dateTo]) => (c.date === undefined || dateTo === undefined ? c : { ...c, dateTo }));

type Header = Omit<
  Claim,
  | 'kind'
  | 'placeOfService'
  | 'patient'
  | 'subscriber'
  | 'otherSubscribers'
  | 'providers'
  | 'diagnoses'
  | 'lines'
  | 'patientRelationship'
  | 'typeOfBill'
>;

const header: fc.Arbitrary<Header> = rec<Header>(
  {
    id: cat(chars(ALNUM + 'abcxyz', 1), chars(ALNUM + 'abc _/-', 0, 18), chars(ALNUM, 0, 1)).filter(
      (s) => s.trim() === s,
    ),
    totalCharge: centsArb(100_000_000),
    frequencyCode: fc.constantFrom('1', '7', '8'),
    providerSignature: fc.boolean(),
    assignment: fc.constantFrom('A', 'B', 'C'),
    benefitsAssigned: fc.boolean(),
    releaseOfInformation: fc.constantFrom('I', 'Y'),
    relatedCauses: fc.array(fc.constantFrom('AA', 'EM', 'OA'), { minLength: 1, maxLength: 3 }),
    delayReason: fc.constantFrom('1', '2', '11'),
    accidentState: chars(UPPER, 2),
    accidentDate: isoDate,
    priorAuthorization: token,
    referralNumber: token,
    originalReference: token,
    clearinghouseTrace: token,
    medicalRecordNumber: token,
    statement: rec({ from: isoDate, to: isoDate }, ['from']),
    admission: isoDate,
    admissionHour: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`),
    discharge: isoDate,
    onset: isoDate,
    admissionType: fc.constantFrom('1', '2', '3'),
    admissionSource: fc.constantFrom('1', '2', '4'),
    patientStatus: fc.constantFrom('01', '02', '20'),
    drg: chars(DIGITS, 3),
    note: words,
    inpatientProcedures: fc.array(inpatientProcedure, { maxLength: 3 }),
    institutionalCodes: fc.array(institutionalCode, { maxLength: 3 }),
  },
  ['id', 'totalCharge', 'frequencyCode', 'inpatientProcedures', 'institutionalCodes'],
);

/** A random claim in canonical form (see the module comment). */
export const arbitraryClaim: fc.Arbitrary<Claim> = fc
  .record({
    kind: fc.constantFrom<Claim['kind']>('professional', 'institutional'),
    header,
    patient: person,
    diagnoses: fc.array(diagnosis, { maxLength: 6 }),
    pos,
    typeOfBill: fc.option(cat(chars('12345678', 1), chars('123456789', 1), chars(ALNUM, 1)), {
      nil: undefined,
    }),
  })
  .chain(({ kind, header: h, patient, diagnoses, pos: claimPos, typeOfBill }) => {
    const placeOfService = kind === 'professional' ? claimPos : undefined;
    return fc
      .record({
        subscriber: subscriber(patient),
        patientRelationship: relationship,
        others: fc.array(
          rec(
            {
              subscriber: subscriber(patient),
              patientRelationship: relationship,
              paidAmount: centsArb(),
              adjustments: fc.array(adjustment, { maxLength: 2 }),
            },
            ['subscriber', 'patientRelationship', 'adjustments'],
          ),
          { maxLength: 2 },
        ),
        billing: provider(['billing']),
        payTo: fc.option(provider(['payTo']), { nil: undefined }),
        team: fc.array(provider(PROVIDER_ROLES), { maxLength: 3 }),
        lines: fc
          .integer({ min: 1, max: 8 })
          .chain((n) =>
            fc.tuple(
              ...Array.from({ length: n }, (_, i) => line(kind, placeOfService, diagnoses.length, i + 1)),
            ),
          ),
      })
      .map((r) => {
        const claim: Claim = {
          kind,
          ...h,
          patient,
          patientRelationship: r.patientRelationship,
          subscriber: r.subscriber,
          otherSubscribers: r.others,
          providers: [r.billing, ...(r.payTo === undefined ? [] : [r.payTo]), ...r.team],
          diagnoses,
          lines: r.lines,
        };
        if (placeOfService !== undefined) claim.placeOfService = placeOfService;
        if (kind === 'institutional' && typeOfBill !== undefined) claim.typeOfBill = typeOfBill;
        return claim;
      });
  });

const lineDecision = (lineNumber: number): fc.Arbitrary<LineDecision> =>
  rec<Omit<LineDecision, 'lineNumber'>>(
    {
      allowed: centsArb(),
      paid: centsArb(),
      patientResponsibility: centsArb(),
      adjustments: fc.array(adjustment, { maxLength: 3 }),
      remarks: fc.array(cat(chars(UPPER, 1, 2), chars(DIGITS, 1, 3)), { maxLength: 2 }),
    },
    ['adjustments', 'remarks'],
  ).map((d) => ({ lineNumber, ...d }));

/** A random claim with a decision on every line. */
export const arbitraryAdjudicatedClaim: fc.Arbitrary<AdjudicatedClaim> = arbitraryClaim.chain((claim) =>
  fc
    .tuple(
      rec<Omit<ClaimDecision, 'lines'>>(
        {
          outcome: fc.constantFrom('complete', 'partial', 'error', 'queued'),
          payerClaimId: token,
          allowed: centsArb(),
          paid: centsArb(),
          patientResponsibility: centsArb(),
          adjustments: fc.array(adjustment, { maxLength: 2 }),
          remarks: fc.array(cat(chars(UPPER, 1, 2), chars(DIGITS, 1, 3)), { maxLength: 2 }),
          paymentDate: isoDate,
        },
        ['outcome', 'adjustments', 'remarks'],
      ),
      fc.tuple(...claim.lines.map((l) => lineDecision(l.lineNumber))),
    )
    .map(([d, lines]) => ({ claim, decision: { ...d, lines } })),
);
