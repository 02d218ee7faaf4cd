/**
 * @module testing/claim-arbitrary
 * fast-check generators of valid claims for property tests: every value is one the 837 can carry
 * (no delimiters, within element lengths, codes in their official formats, each provider role in
 * a loop its claim kind has), so that write837 → parse837 must give the same claim back. Test
 * helper only: nothing in the package imports it.
 */
import {
  type Adjustment,
  type Claim,
  type Diagnosis,
  type DrugIdentification,
  type HcpcsCode,
  type Icd10CmCode,
  type Icd10PcsCode,
  type InpatientProcedure,
  type InstitutionalCode,
  type IsoDate,
  type LineAdjudication,
  type Modifier,
  type NdcCode,
  type Npi,
  type OtherSubscriber,
  type Person,
  type PersonName,
  type PosCode,
  type Provider,
  type ProviderRole,
  type RevenueCode,
  type ServiceLine,
  type Subscriber,
  type TaxId,
  npiCheckDigit,
} from '@medcode/domain';
import fc from 'fast-check';

type Cents = Claim['totalCharge'];

const text = (max: number): fc.Arbitrary<string> =>
  fc.stringMatching(new RegExp(`^[A-Z0-9][A-Z0-9 .,'&/#-]{0,${max - 1}}$`));
const digits = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const alnum = (min: number, max: number): fc.Arbitrary<string> =>
  fc.stringMatching(new RegExp(`^[A-Z0-9]{${min},${max}}$`));

export const isoDate: fc.Arbitrary<IsoDate> = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10) as IsoDate);

const span = fc
  .tuple(isoDate, fc.integer({ min: 0, max: 30 }))
  .map(
    ([from, days]) =>
      [from, new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10) as IsoDate] as const,
  );

const cents = (min: number, max: number): fc.Arbitrary<Cents> =>
  fc.integer({ min, max }).map((n) => n as Cents);

export const icd10cm: fc.Arbitrary<Icd10CmCode> = fc
  .stringMatching(/^[A-TV-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/)
  .map((s) => s as Icd10CmCode);
const icd9cm = fc.stringMatching(/^[0-9V][0-9]{2,4}$/).map((s) => s as Icd10CmCode);
const icd10pcs = fc.stringMatching(/^[0-9A-HJ-NP-Z]{7}$/).map((s) => s as Icd10PcsCode);
export const hcpcs: fc.Arbitrary<HcpcsCode> = fc
  .oneof(fc.stringMatching(/^[0-9]{5}$/), fc.stringMatching(/^[A-V][0-9]{4}$/))
  .map((s) => s as HcpcsCode);
const modifier = fc.stringMatching(/^[0-9A-Z]{2}$/).map((s) => s as Modifier);
const pos = fc.stringMatching(/^[0-9]{2}$/).map((s) => s as PosCode);
const revenue = fc.stringMatching(/^0[0-9]{3}$/).map((s) => s as RevenueCode);
const ndc = digits(11).map((s) => s as NdcCode);
const npi = digits(9).map((s) => `${s}${npiCheckDigit(s)}` as Npi);
const taxId = digits(9).map((s) => s as TaxId);
const taxonomy = fc.stringMatching(/^[0-9]{3}[A-Z0-9]{6}X$/);
const qty = fc.oneof(
  fc.integer({ min: 1, max: 999 }),
  fc.integer({ min: 1, max: 9999 }).map((n) => n / 10),
);

const personName: fc.Arbitrary<PersonName> = fc.record(
  { last: text(35), first: text(25), middle: text(10), suffix: fc.constantFrom('JR', 'SR', 'III') },
  { requiredKeys: ['last'] },
);
const orgName: fc.Arbitrary<PersonName> = fc.record({ last: text(60) });

const address = fc.record(
  {
    line1: text(55),
    line2: text(55),
    city: fc.stringMatching(/^[A-Z][A-Z ]{1,29}$/),
    state: fc.stringMatching(/^[A-Z]{2}$/),
    postalCode: fc.oneof(digits(5), digits(9)),
  },
  { requiredKeys: ['line1', 'city', 'state', 'postalCode'] },
);

const person = (withAddress: 'always' | 'maybe'): fc.Arbitrary<Person> =>
  fc.record(
    {
      name: personName,
      birthDate: isoDate,
      sex: fc.constantFrom('M', 'F', 'U') as fc.Arbitrary<'M' | 'F' | 'U'>,
      address,
    },
    { requiredKeys: withAddress === 'always' ? ['name', 'birthDate', 'sex', 'address'] : ['name'] },
  );

const secondaryIds = fc.array(
  fc.record({ qualifier: fc.constantFrom('0B', '1G', 'G2', 'LU'), id: alnum(1, 20) }),
  {
    minLength: 1,
    maxLength: 2,
  },
);

interface RoleShape {
  role: ProviderRole;
  taxonomy: boolean;
  address: boolean;
}

function provider(shape: RoleShape): fc.Arbitrary<Provider> {
  return fc
    .tuple(
      fc.boolean(),
      personName,
      orgName,
      npi,
      taxonomy,
      address,
      secondaryIds,
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([isPerson, pn, on, n, tax, addr, ids, hasNpi, hasTax, hasIds]) => {
      const p: Provider = {
        role: shape.role,
        entity: isPerson ? 'person' : 'organization',
        name: isPerson ? pn : on,
      };
      if (hasNpi) p.npi = n;
      if (shape.taxonomy && hasTax) p.taxonomy = tax;
      if (shape.address) p.address = addr;
      if (hasIds) p.secondaryIds = ids;
      return p;
    });
}

const billing: fc.Arbitrary<Provider> = fc
  .tuple(
    provider({ role: 'billing', taxonomy: true, address: true }),
    npi,
    taxId,
    fc.constantFrom('EIN', 'SSN') as fc.Arbitrary<'EIN' | 'SSN'>,
  )
  .map(([p, n, t, kind]) => ({ ...p, npi: n, taxId: t, taxIdKind: kind }));

const payTo: fc.Arbitrary<Provider> = address.map((a) => ({
  role: 'payTo',
  entity: 'organization',
  name: { last: '' },
  address: a,
}));

/** Claim- and line-level roles the loop structure of each claim kind has (2310x / 2420x), with what those loops hold. */
const CLAIM_ROLES: Record<Claim['kind'], RoleShape[]> = {
  professional: [
    { role: 'referring', taxonomy: true, address: false },
    { role: 'rendering', taxonomy: true, address: false },
    { role: 'serviceFacility', taxonomy: false, address: true },
    { role: 'supervising', taxonomy: false, address: false },
  ],
  institutional: [
    { role: 'attending', taxonomy: true, address: false },
    { role: 'operating', taxonomy: false, address: false },
    { role: 'otherOperating', taxonomy: false, address: false },
    { role: 'rendering', taxonomy: true, address: false },
    { role: 'serviceFacility', taxonomy: false, address: true },
    { role: 'referring', taxonomy: false, address: false },
  ],
};
const LINE_ROLES: Record<Claim['kind'], RoleShape[]> = {
  professional: [
    { role: 'rendering', taxonomy: true, address: false },
    { role: 'purchasedService', taxonomy: false, address: false },
    { role: 'serviceFacility', taxonomy: false, address: true },
    { role: 'supervising', taxonomy: false, address: false },
    { role: 'ordering', taxonomy: false, address: true },
    { role: 'referring', taxonomy: true, address: false },
  ],
  institutional: [
    { role: 'operating', taxonomy: false, address: false },
    { role: 'otherOperating', taxonomy: false, address: false },
    { role: 'rendering', taxonomy: false, address: false },
    { role: 'referring', taxonomy: false, address: false },
  ],
};

const providers = (roles: RoleShape[]): fc.Arbitrary<Provider[]> =>
  fc
    .subarray(roles, { maxLength: 3 })
    .chain((picked) => (picked.length === 0 ? fc.constant([]) : fc.tuple(...picked.map(provider))));

const adjustment: fc.Arbitrary<Adjustment> = fc.record(
  {
    group: fc.constantFrom('CO', 'PR', 'OA', 'PI', 'CR') as fc.Arbitrary<Adjustment['group']>,
    reason: alnum(1, 3),
    amount: cents(-100_000, 1_000_000),
    quantity: fc.integer({ min: 1, max: 99 }),
  },
  { requiredKeys: ['group', 'reason', 'amount'] },
);

const lineAdjudication: fc.Arbitrary<LineAdjudication> = fc
  .record(
    {
      payerId: alnum(2, 20),
      paid: cents(0, 1_000_000),
      procedure: hcpcs,
      modifiers: fc.array(modifier, { maxLength: 4 }),
      units: qty,
      adjustments: fc.array(adjustment, { maxLength: 3 }),
      adjudicatedOn: isoDate,
    },
    { requiredKeys: ['payerId', 'paid', 'procedure', 'modifiers', 'units', 'adjustments'] },
  )
  .map((a) => a as LineAdjudication);

const drug: fc.Arbitrary<DrugIdentification> = fc.record(
  {
    ndc,
    quantity: qty,
    unit: fc.constantFrom('F2', 'GR', 'ME', 'ML', 'UN'),
    prescriptionNumber: alnum(1, 20),
  },
  { requiredKeys: ['ndc', 'quantity', 'unit'] },
);

function line(kind: Claim['kind'], dxCount: number): fc.Arbitrary<Omit<ServiceLine, 'lineNumber'>> {
  const common = {
    charge: cents(1, 5_000_000),
    date: fc.oneof(
      isoDate.map((d) => [d] as const),
      span,
    ),
    controlNumber: alnum(1, 30),
    drug,
    providers: providers(LINE_ROLES[kind]),
    priorAdjudications: fc.array(lineAdjudication, { maxLength: 2 }),
    units: qty,
    modifiers: fc.array(modifier, { maxLength: 4 }),
    description: text(80),
  };
  const optional = fc.record(
    { controlNumber: common.controlNumber, drug: common.drug },
    { requiredKeys: [] },
  );
  if (kind === 'professional')
    return fc
      .record({
        ...common,
        optional,
        procedure: hcpcs,
        unitKind: fc.constantFrom('UN', 'MJ'),
        pointers: fc.uniqueArray(fc.integer({ min: 1, max: dxCount }), {
          minLength: 1,
          maxLength: Math.min(4, dxCount),
        }),
        extra: fc.record(
          { placeOfService: pos, emergency: fc.boolean(), description: common.description },
          { requiredKeys: [] },
        ),
      })
      .map((r) => {
        const l: Omit<ServiceLine, 'lineNumber'> = {
          procedure: r.procedure,
          modifiers: r.modifiers,
          units: r.units,
          unitKind: r.unitKind,
          charge: r.charge,
          diagnosisPointers: r.pointers,
          serviceDate: r.date[0],
          providers: r.providers,
          priorAdjudications: r.priorAdjudications,
          ...r.optional,
          ...r.extra,
        };
        if (r.date[1] !== undefined) l.serviceDateTo = r.date[1];
        return l;
      });
  return fc
    .record({
      ...common,
      optional,
      revenueCode: revenue,
      unitKind: fc.constantFrom('UN', 'DA'),
      hasProcedure: fc.boolean(),
      procedure: hcpcs,
      extra: fc.record({ nonCoveredCharge: cents(0, 100_000) }, { requiredKeys: [] }),
    })
    .map((r) => {
      const l: Omit<ServiceLine, 'lineNumber'> = {
        revenueCode: r.revenueCode,
        modifiers: r.hasProcedure ? r.modifiers : [],
        units: r.units,
        unitKind: r.unitKind,
        charge: r.charge,
        diagnosisPointers: [],
        serviceDate: r.date[0],
        providers: r.providers,
        priorAdjudications: r.priorAdjudications,
        ...r.optional,
        ...r.extra,
      };
      if (r.hasProcedure) {
        l.procedure = r.procedure;
        l.description = r.description;
      }
      if (r.date[1] !== undefined) l.serviceDateTo = r.date[1];
      return l;
    });
}

function diagnoses(kind: Claim['kind']): fc.Arbitrary<Diagnosis[]> {
  const poa = fc.constantFrom('Y', 'N', 'U', 'W', '1') as fc.Arbitrary<NonNullable<Diagnosis['poa']>>;
  return fc.boolean().chain((icd9) => {
    const code = icd9 && kind === 'professional' ? icd9cm : icd10cm;
    const dx = (k: Diagnosis['kind'], withPoa: boolean): fc.Arbitrary<Diagnosis> =>
      fc.tuple(code, fc.option(poa, { nil: undefined })).map(([c, p]) => {
        const d: Diagnosis = { code: c, kind: k };
        if (code === icd9cm) d.codeSystem = 'icd9cm';
        if (withPoa && kind === 'institutional' && p !== undefined) d.poa = p;
        return d;
      });
    if (kind === 'professional')
      return fc
        .tuple(dx('principal', false), fc.array(dx('other', false), { maxLength: 11 }))
        .map(([p, o]) => [p, ...o]);
    return fc
      .tuple(
        dx('principal', true),
        fc.array(dx('admitting', false), { maxLength: 1 }),
        fc.array(dx('reasonForVisit', false), { maxLength: 3 }),
        fc.array(dx('externalCause', true), { maxLength: 3 }),
        fc.array(dx('other', true), { maxLength: 17 }),
      )
      .map(([p, ...rest]) => [p, ...rest.flat()]);
  });
}

const institutionalCodes: fc.Arbitrary<InstitutionalCode[]> = fc.array(
  fc.oneof(
    fc.record({ qualifier: fc.constant('BE'), code: alnum(2, 2), amount: cents(0, 1_000_000) }),
    fc.record({ qualifier: fc.constant('BH'), code: alnum(2, 2), date: isoDate }),
    span.chain(([from, to]) =>
      fc.record({
        qualifier: fc.constant('BI'),
        code: alnum(2, 2),
        date: fc.constant(from),
        dateTo: fc.constant(to),
      }),
    ),
    fc.record({ qualifier: fc.constant('BG'), code: alnum(2, 2) }),
  ),
  { maxLength: 6 },
);

const procedures: fc.Arbitrary<InpatientProcedure[]> = fc
  .tuple(
    fc.option(fc.record({ code: icd10pcs, date: isoDate }, { requiredKeys: ['code'] }), { nil: undefined }),
    fc.array(fc.record({ code: icd10pcs, date: isoDate }, { requiredKeys: ['code'] }), { maxLength: 4 }),
  )
  .map(([p, others]) => [
    ...(p === undefined ? [] : [{ ...p, principal: true }]),
    ...others.map((o) => ({ ...o, principal: false })),
  ]);

const payer = fc.record({ name: text(60), id: alnum(2, 20), address }, { requiredKeys: ['name', 'id'] });

const subscriberBase = fc.record(
  {
    memberId: alnum(2, 20),
    payerResponsibility: fc.constantFrom('P', 'S', 'T'),
    groupNumber: alnum(1, 30),
    groupName: text(60),
    claimFilingIndicator: fc.constantFrom('CI', 'MB', 'MC', 'BL', 'HM', '12'),
    payer,
  },
  { requiredKeys: ['memberId', 'payerResponsibility', 'payer'] },
);

const otherSubscriber: fc.Arbitrary<OtherSubscriber> = fc
  .record({
    base: subscriberBase,
    name: personName,
    address,
    hasAddress: fc.boolean(),
    patientRelationship: fc.constantFrom('18', '01', '19', '20', 'G8'),
    paidAmount: fc.option(cents(0, 1_000_000), { nil: undefined }),
    adjustments: fc.array(adjustment, { maxLength: 4 }),
  })
  .map((r) => {
    const person: Person = { name: r.name };
    if (r.hasAddress) person.address = r.address;
    const o: OtherSubscriber = {
      subscriber: { ...r.base, person } as Subscriber,
      patientRelationship: r.patientRelationship,
      adjustments: r.adjustments,
    };
    if (r.paidAmount !== undefined) o.paidAmount = r.paidAmount;
    return o;
  });

const claimOptionalCommon = fc.record(
  {
    priorAuthorization: alnum(1, 30),
    referralNumber: alnum(1, 30),
    originalReference: alnum(1, 30),
    clearinghouseTrace: alnum(1, 30),
    medicalRecordNumber: alnum(1, 30),
    delayReason: fc.constantFrom('1', '2', '3', '4', '7', '8', '9', '10', '11'),
    note: text(80),
    discharge: isoDate,
    accidentDate: isoDate,
  },
  { requiredKeys: [] },
);
const claimOptionalProfessional = fc.record({ onset: isoDate }, { requiredKeys: [] });
const claimOptionalInstitutional = fc.record(
  {
    admissionType: fc.constantFrom('1', '2', '3', '4', '5', '9'),
    admissionSource: fc.constantFrom('1', '2', '4', '5', '6', '7', '9'),
    patientStatus: fc.constantFrom('01', '02', '03', '07', '20', '30'),
    drg: digits(3),
  },
  { requiredKeys: [] },
);
const claimOptional = (kind: Claim['kind']): fc.Arbitrary<Partial<Claim>> =>
  fc
    .tuple(
      claimOptionalCommon,
      kind === 'professional' ? claimOptionalProfessional : claimOptionalInstitutional,
    )
    .map(([a, b]) => ({ ...a, ...b }));

/** A valid professional or institutional claim. */
export function claimArbitrary(kind: Claim['kind']): fc.Arbitrary<Claim> {
  return diagnoses(kind).chain((dx) =>
    fc
      .record({
        id: alnum(1, 38),
        dx: fc.constant(dx),
        lines: fc.array(line(kind, dx.length), { minLength: 1, maxLength: 4 }),
        frequencyCode: fc.constantFrom('1', '7', '8'),
        pos,
        facility: fc.constantFrom('11', '13', '21', '83'),
        signature: fc.boolean(),
        assignment: fc.constantFrom('A', 'B', 'C'),
        benefits: fc.boolean(),
        release: fc.constantFrom('I', 'Y'),
        causes: fc.option(
          fc.tuple(
            fc.uniqueArray(fc.constantFrom('AA', 'EM', 'OA'), { minLength: 1, maxLength: 2 }),
            fc.option(fc.stringMatching(/^[A-Z]{2}$/), { nil: undefined }),
          ),
          { nil: undefined },
        ),
        optional: claimOptional(kind),
        statement: span,
        admission: fc.option(
          fc.tuple(
            isoDate,
            fc.option(fc.stringMatching(/^(0[0-9]|1[0-9]|2[0-3])[0-5][0-9]$/), { nil: undefined }),
          ),
          { nil: undefined },
        ),
        relationship: fc.constantFrom('18', '18', '01', '19', '20', 'G8'),
        subscriberPerson: person('maybe'),
        patient: person('always'),
        subscriber: subscriberBase,
        otherSubscribers: fc.array(otherSubscriber, { maxLength: 2 }),
        billing,
        payTo: fc.option(payTo, { nil: undefined }),
        claimProviders: providers(CLAIM_ROLES[kind]),
        codes: kind === 'institutional' ? institutionalCodes : fc.constant<InstitutionalCode[]>([]),
        procedures: kind === 'institutional' ? procedures : fc.constant<InpatientProcedure[]>([]),
      })
      .map((r) => {
        const lines: ServiceLine[] = r.lines.map((l, i) => ({ ...l, lineNumber: i + 1 }) as ServiceLine);
        const self = r.relationship === '18';
        const subscriber: Subscriber = { ...r.subscriber, person: r.subscriberPerson } as Subscriber;
        if (self) subscriber.relationship = '18';
        const c: Claim = {
          kind,
          id: r.id,
          totalCharge: lines.reduce((a, l) => a + l.charge, 0) as Cents,
          frequencyCode: r.frequencyCode,
          providerSignature: r.signature,
          assignment: r.assignment,
          benefitsAssigned: r.benefits,
          releaseOfInformation: r.release,
          ...r.optional,
          patient: self ? subscriber.person : r.patient,
          patientRelationship: r.relationship,
          subscriber,
          otherSubscribers: r.otherSubscribers,
          providers: [r.billing, ...(r.payTo === undefined ? [] : [r.payTo]), ...r.claimProviders],
          diagnoses: r.dx,
          inpatientProcedures: r.procedures,
          institutionalCodes: r.codes,
          lines,
        };
        if (kind === 'professional') c.placeOfService = r.pos;
        else {
          c.typeOfBill = r.facility + r.frequencyCode;
          c.statement = { from: r.statement[0], to: r.statement[1] };
        }
        if (r.causes !== undefined) {
          c.relatedCauses = r.causes[0];
          if (r.causes[1] !== undefined) c.accidentState = r.causes[1];
        }
        if (r.admission !== undefined) {
          c.admission = r.admission[0];
          if (r.admission[1] !== undefined) c.admissionHour = r.admission[1];
        }
        // fast-check may build null-prototype records; a claim is plain data, as a parser builds it.
        return structuredClone(c);
      }),
  );
}

export const anyClaim: fc.Arbitrary<Claim> = fc.oneof(
  claimArbitrary('professional'),
  claimArbitrary('institutional'),
);
