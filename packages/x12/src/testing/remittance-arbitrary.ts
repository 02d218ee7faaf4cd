/**
 * @module testing/remittance-arbitrary
 * fast-check generators of balanced remittances (835 TR3 section 1.10.2): each line's billed −
 * paid is spread over its CAS, each claim's rest over a claim-level CAS, and BPR02 is Σ CLP04 −
 * Σ PLB. Every value is one the 835 can carry, so write835 → parse835 must give it back.
 */
import {
  type Adjustment,
  type ClaimPayment,
  type HcpcsCode,
  type IsoDate,
  type Modifier,
  type Npi,
  type ProviderAdjustment,
  type Remittance,
  type RemittanceParty,
  type RemittancePerson,
  type RevenueCode,
  remittanceTotal,
  type ServicePayment,
} from '@medcode/domain';
import fc from 'fast-check';
import { hcpcs, isoDate } from './claim-arbitrary.ts';

type Cents = Remittance['payment']['amount'];

const text = (max: number): fc.Arbitrary<string> =>
  fc.stringMatching(new RegExp(`^[A-Z0-9][A-Z0-9 .,'&/#-]{0,${max - 1}}$`));
const alnum = (min: number, max: number): fc.Arbitrary<string> =>
  fc.stringMatching(new RegExp(`^[A-Z0-9]{${min},${max}}$`));
const digits = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const cents = (min: number, max: number): fc.Arbitrary<Cents> =>
  fc.integer({ min, max }).map((n) => n as Cents);

/** Splits `total` into one or two CAS adjustments (none when it is zero). */
function split(total: number, groups: readonly Adjustment['group'][]): fc.Arbitrary<Adjustment[]> {
  if (total === 0) return fc.constant([]);
  return fc
    .tuple(
      fc.constantFrom(...groups),
      fc.constantFrom(...groups),
      fc.integer({ min: 0, max: Math.abs(total) }),
      fc.boolean(),
    )
    .map(([g1, g2, part, two]) => {
      const sign = total < 0 ? -1 : 1;
      if (!two || part === 0 || part === Math.abs(total))
        return [{ group: g1, reason: '45', amount: total as Cents }];
      return [
        { group: g1, reason: '45', amount: (sign * part) as Cents },
        { group: g2, reason: '2', amount: (total - sign * part) as Cents },
      ];
    });
}

const service: fc.Arbitrary<ServicePayment> = fc
  .record({
    billed: cents(100, 500_000),
    paidShare: fc.integer({ min: 0, max: 100 }),
    kind: fc.constantFrom('hc', 'hc+rev', 'nu', 'other'),
    procedure: hcpcs,
    revenue: fc.stringMatching(/^0[0-9]{3}$/),
    modifiers: fc.array(fc.stringMatching(/^[0-9A-Z]{2}$/), { maxLength: 2 }),
    optional: fc.record(
      {
        units: fc.integer({ min: 1, max: 20 }),
        controlNumber: alnum(1, 20),
        allowed: cents(0, 500_000),
        submitted: fc.record(
          { qualifier: fc.constant('HC'), code: hcpcs, units: fc.integer({ min: 1, max: 9 }) },
          { requiredKeys: ['qualifier', 'code'] },
        ),
      },
      { requiredKeys: [] },
    ),
    dates: fc.option(fc.tuple(isoDate, fc.option(isoDate, { nil: undefined })), { nil: undefined }),
    remarks: fc.array(fc.stringMatching(/^[MN][0-9]{1,3}$/), { maxLength: 2 }),
  })
  .chain((r) => {
    const paid = Math.floor((r.billed * r.paidShare) / 100);
    return split(r.billed - paid, ['CO', 'PR', 'OA']).map((adjustments) => {
      const s: ServicePayment = {
        modifiers: r.kind === 'hc' || r.kind === 'hc+rev' ? (r.modifiers as Modifier[]) : [],
        billed: r.billed,
        paid: paid as Cents,
        adjustments,
        remarks: r.remarks,
        ...r.optional,
      };
      if (r.kind === 'hc' || r.kind === 'hc+rev') s.procedure = r.procedure as HcpcsCode;
      if (r.kind === 'hc+rev' || r.kind === 'nu') s.revenueCode = r.revenue as RevenueCode;
      if (r.kind === 'other') s.otherProcedure = { qualifier: 'N4', code: '00002143380' };
      if (r.dates !== undefined) {
        s.serviceDate = r.dates[0];
        if (r.dates[1] !== undefined) s.serviceDateTo = r.dates[1];
      }
      return s;
    });
  });

const person: fc.Arbitrary<RemittancePerson> = fc
  .tuple(
    fc.record(
      { last: text(35), first: text(25), middle: text(10), suffix: fc.constantFrom('JR', 'SR') },
      { requiredKeys: ['last'] },
    ),
    fc.option(alnum(2, 20), { nil: undefined }),
  )
  .map(([name, id]) => (id === undefined ? { name } : { name, idQualifier: 'MI', id }));

const claim: fc.Arbitrary<ClaimPayment> = fc
  .record({
    id: alnum(1, 38),
    status: fc.constantFrom('1', '2', '3', '4', '22'),
    filing: fc.constantFrom('MB', 'MC', 'CI', '12'),
    services: fc.array(service, { maxLength: 4 }),
    extraBilled: cents(0, 100_000),
    extraPaidShare: fc.integer({ min: 0, max: 100 }),
    patient: person,
    optional: fc.record(
      {
        patientResponsibility: cents(0, 100_000),
        payerClaimControlNumber: alnum(1, 30),
        facilityType: fc.constantFrom('11', '13', '21'),
        frequencyCode: fc.constantFrom('1', '7'),
        drg: digits(3),
        insured: person,
        received: isoDate,
        coverageAmount: cents(0, 1_000_000),
        renderingProvider: fc
          .tuple(fc.boolean(), text(35), text(25), digits(10))
          .map(([p, last, first, n]) =>
            p
              ? { name: { last, first }, entity: 'person' as const, npi: n as Npi }
              : { name: { last }, entity: 'organization' as const },
          ),
      },
      { requiredKeys: [] },
    ),
    remarks: fc.array(fc.stringMatching(/^M[A-Z]?[0-9]{1,3}$/), { maxLength: 5 }),
    statement: fc.option(fc.tuple(isoDate, fc.option(isoDate, { nil: undefined })), { nil: undefined }),
  })
  .chain((r) => {
    // With no services the claim carries its own billed and paid; with services it adds a part.
    const lineBilled = r.services.reduce((a, s) => a + s.billed, 0);
    const linePaid = r.services.reduce((a, s) => a + s.paid, 0);
    const extraPaid = r.services.length === 0 ? Math.floor((r.extraBilled * r.extraPaidShare) / 100) : 0;
    const billed = lineBilled + r.extraBilled;
    const paid = linePaid + extraPaid;
    return split(r.extraBilled - extraPaid, ['CO', 'PR', 'OA', 'PI']).map((adjustments) => {
      const c: ClaimPayment = {
        claimId: r.id,
        status: r.status,
        billed: billed as Cents,
        paid: paid as Cents,
        filingIndicator: r.filing,
        adjustments,
        patient: r.patient,
        remarks: r.remarks,
        services: r.services,
        ...r.optional,
      };
      if (r.statement !== undefined)
        c.statement =
          r.statement[1] === undefined
            ? { from: r.statement[0] }
            : { from: r.statement[0], to: r.statement[1] };
      return c;
    });
  });

const party = (code: 'payer' | 'payee'): fc.Arbitrary<RemittanceParty> =>
  fc
    .record(
      {
        name: text(60),
        id: alnum(2, 20),
        address: fc.record(
          {
            line1: text(55),
            city: fc.stringMatching(/^[A-Z][A-Z ]{1,29}$/),
            state: fc.stringMatching(/^[A-Z]{2}$/),
            postalCode: digits(5),
          },
          { requiredKeys: ['line1', 'city', 'state', 'postalCode'] },
        ),
        additionalId: fc.record({ qualifier: fc.constant(code === 'payer' ? '2U' : 'TJ'), id: alnum(1, 20) }),
      },
      { requiredKeys: ['name'] },
    )
    .map(({ id, ...p }) =>
      id === undefined ? p : { ...p, idQualifier: code === 'payer' ? 'XV' : 'XX', id },
    );

const plb: fc.Arbitrary<ProviderAdjustment> = fc.record({
  providerId: digits(10),
  fiscalPeriodEnd: isoDate,
  items: fc.array(
    fc
      .record(
        {
          reason: fc.constantFrom('L6', 'WO', 'FB', 'CS'),
          reference: alnum(1, 20),
          amount: cents(-50_000, 50_000),
        },
        { requiredKeys: ['reason', 'amount'] },
      )
      .map((i) => i as ProviderAdjustment['items'][number]),
    { minLength: 1, maxLength: 3 },
  ),
});

const bank = fc.record(
  {
    dfiQualifier: fc.constant('01'),
    dfiNumber: digits(9),
    accountQualifier: fc.constant('DA'),
    accountNumber: digits(10),
  },
  { requiredKeys: ['dfiQualifier', 'dfiNumber', 'accountNumber'] },
);

/** A balanced remittance. */
export const remittanceArbitrary: fc.Arbitrary<Remittance> = fc
  .record({
    claims: fc.array(claim, { minLength: 1, maxLength: 4 }),
    plb: fc.array(plb, { maxLength: 2 }),
    handling: fc.constantFrom('C', 'I', 'H'),
    method: fc.constantFrom('CHK', 'ACH', 'NON'),
    date: isoDate,
    banks: fc.option(fc.tuple(bank, bank, digits(10)), { nil: undefined }),
    trace: fc.record(
      { number: alnum(1, 30), originatorId: digits(10), supplemental: alnum(1, 20) },
      { requiredKeys: ['number', 'originatorId'] },
    ),
    payer: party('payer'),
    payee: party('payee'),
    optional: fc.record({ productionDate: isoDate, receiverId: alnum(1, 20) }, { requiredKeys: [] }),
  })
  .map((r) => {
    const amount = remittanceTotal(r.claims, r.plb);
    const payment: Remittance['payment'] = {
      handling: r.handling,
      amount,
      creditDebit: 'C',
      method: r.method,
      date: r.date as IsoDate,
    };
    if (r.banks !== undefined) {
      payment.format = 'CCP';
      payment.payerBank = r.banks[0];
      payment.payeeBank = r.banks[1];
      payment.originatingCompanyId = r.banks[2];
    }
    // fast-check may build null-prototype records; a remittance is plain data, as the parser builds it.
    return structuredClone({
      payment,
      trace: r.trace,
      payer: r.payer,
      payee: r.payee,
      claims: r.claims,
      providerAdjustments: r.plb,
      ...r.optional,
    } satisfies Remittance);
  });
