/**
 * @module testing/arbitrary-parts
 * fast-check generators for the parts of a claim: codes, names, addresses, people, providers,
 * payers, subscribers, adjustments (tests only; see arbitrary-claim.ts for the canonical form).
 */
import type {
  Address,
  Adjustment,
  Cents,
  HcpcsCode,
  Icd10CmCode,
  IsoDate,
  Modifier,
  Npi,
  Payer,
  Person,
  PersonName,
  PosCode,
  Provider,
  ProviderRole,
  Subscriber,
  TaxId,
} from '@medcode/domain';
import fc from 'fast-check';

export const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[]) =>
  fc.record(model, { requiredKeys: required, noNullPrototype: true });

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + DIGITS;
/** A string of `min`..`max` characters from `alphabet` (far faster than fc.stringMatching). */
export const chars = (alphabet: string, min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...alphabet.split('')), minLength: min, maxLength: max });
/** Concatenation of the parts' strings. */
export const cat = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((xs) => xs.join(''));

export const word = cat(chars(UPPER, 1), chars('abcdefghijklmnopqrstuvwxyz', 1, 10));
export const words = fc
  .array(cat(chars(UPPER, 1), chars(ALNUM + 'abcdefgh', 0, 8)), { minLength: 1, maxLength: 4 })
  .map((w) => w.join(' '));
export const token = chars(ALNUM, 1, 12);

export const isoDate: fc.Arbitrary<IsoDate> = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);
export const centsArb = (max = 10_000_000): fc.Arbitrary<Cents> =>
  fc.integer({ min: 0, max }).map((n) => n as Cents);

export const icd10cm = cat(chars(UPPER, 1), chars(DIGITS, 1), chars(ALNUM, 1, 5)).map(
  (s) => s as Icd10CmCode,
);
export const hcpcs = fc
  .oneof(
    cat(chars(DIGITS, 4), chars(DIGITS + 'FTUM', 1)),
    cat(chars('ABCDEFGHIJKLMNOPQRSTUV', 1), chars(DIGITS, 4)),
  )
  .map((s) => s as HcpcsCode);
export const modifier = chars(ALNUM, 2).map((s) => s as Modifier);
export const pos = chars(DIGITS, 2).map((s) => s as PosCode);

export const address: fc.Arbitrary<Address> = rec<Address>(
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

export const personName: fc.Arbitrary<PersonName> = fc
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

export const adjustment: fc.Arbitrary<Adjustment> = rec<Adjustment>(
  {
    group: fc.constantFrom('CO', 'PR', 'OA', 'PI', 'CR'),
    reason: cat(chars(UPPER, 0, 1), chars(DIGITS, 1, 3)),
    amount: centsArb(),
    quantity: fc.integer({ min: 1, max: 99 }),
  },
  ['group', 'reason', 'amount'],
);

export const PROVIDER_ROLES: ProviderRole[] = [
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

export const payer: fc.Arbitrary<Payer> = rec<Payer>({ name: words, id: token, address }, ['name', 'id']);

export const subscriber = (patient: Person): fc.Arbitrary<Subscriber> =>
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

export const relationship = fc.constantFrom('18', '01', '19', '20', '21', '39', '40', '53', 'G8');
