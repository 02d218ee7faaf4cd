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
  Claim,
  Diagnosis,
  DrugIdentification,
  HcpcsCode,
  Icd10CmCode,
  Icd10PcsCode,
  InpatientProcedure,
  InstitutionalCode,
  LineAdjudication,
  NdcCode,
  PosCode,
  RevenueCode,
  ServiceLine,
} from '@medcode/domain';
import { DIAGNOSIS_KINDS } from '@medcode/domain';
import fc from 'fast-check';
import type { AdjudicatedClaim, ClaimDecision, LineDecision } from '../adjudicated-claim.ts';

import {
  rec,
  UPPER,
  DIGITS,
  ALNUM,
  chars,
  cat,
  words,
  token,
  isoDate,
  centsArb,
  icd10cm,
  hcpcs,
  modifier,
  pos,
  person,
  adjustment,
  PROVIDER_ROLES,
  provider,
  subscriber,
  relationship,
} from './arbitrary-parts.ts';

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
        kind: fc.constantFrom(...DIAGNOSIS_KINDS),
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
