/**
 * @module read/parties
 * Patient, RelatedPerson, Practitioner, PractitionerRole, Organization and Location resources
 * as the model's Person, Provider and Payer; a reference that resolves to nothing still gives
 * what it carries itself (an identifier, a display name), with a note.
 */
import type { Address, Npi, Payer, Person, PersonName, Provider, ProviderRole, TaxId } from '@medcode/domain';
import { uncheckedNpi } from '@medcode/domain';
import type {
  Address as FhirAddress,
  HumanName,
  Identifier,
  Organization,
  Practitioner,
  Reference,
} from '@medplum/fhirtypes';
import { SEX_OF_GENDER } from '../maps.ts';
import { SYS } from '../systems.ts';
import { codingIn, day, isObject, list, type ReadContext, str } from './context.ts';
import type { AnyResource, ResourcePool } from './pool.ts';

export function personName(ctx: ReadContext, names: HumanName[] | undefined, path: string): PersonName {
  const all = list<HumanName>(ctx, names, path);
  const i = Math.max(
    0,
    all.findIndex((n) => n.use === 'official'),
  );
  const n = all[i];
  const p = `${path}[${i}]`;
  if (n === undefined) return { last: '' };
  const given = Array.isArray(n.given) ? n.given.filter((g): g is string => typeof g === 'string') : [];
  const suffix = Array.isArray(n.suffix) ? n.suffix.filter((g): g is string => typeof g === 'string') : [];
  const family = str(ctx, n.family, `${p}.family`);
  const name: PersonName = { last: family ?? str(ctx, n.text, `${p}.text`) ?? '' };
  if (given[0] !== undefined) name.first = given[0];
  if (given.length > 1) name.middle = given.slice(1).join(' ');
  if (suffix.length > 0) name.suffix = suffix.join(' ');
  return name;
}

export function readAddress(
  ctx: ReadContext,
  addresses: FhirAddress[] | undefined,
  path: string,
): Address | undefined {
  const a = list<FhirAddress>(ctx, addresses, path)[0];
  if (a === undefined) return undefined;
  const p = `${path}[0]`;
  const lines = Array.isArray(a.line) ? a.line.filter((l): l is string => typeof l === 'string') : [];
  const city = str(ctx, a.city, `${p}.city`);
  if (lines.length === 0 && city === undefined) {
    ctx.note('dropped', p, 'an address with neither street nor city has no place in the model');
    return undefined;
  }
  const out: Address = { line1: lines[0] ?? '', city: city ?? '' };
  if (lines.length > 1) out.line2 = lines.slice(1).join(', ');
  const state = str(ctx, a.state, `${p}.state`);
  const postalCode = str(ctx, a.postalCode, `${p}.postalCode`);
  const country = str(ctx, a.country, `${p}.country`);
  if (state !== undefined) out.state = state;
  if (postalCode !== undefined) out.postalCode = postalCode;
  if (country !== undefined) out.country = country;
  return out;
}

/** Patient or RelatedPerson (or a Practitioner standing in) as a Person. */
export function readPerson(ctx: ReadContext, r: AnyResource, path: string): Person {
  const res = r as AnyResource & {
    name?: HumanName[];
    gender?: string;
    birthDate?: string;
    address?: FhirAddress[];
  };
  const person: Person = { name: personName(ctx, res.name, `${path}.name`) };
  const birth = day(ctx, res.birthDate, `${path}.birthDate`);
  if (birth !== undefined) person.birthDate = birth;
  const gender = str(ctx, res.gender, `${path}.gender`);
  if (gender !== undefined) {
    const sex = SEX_OF_GENDER[gender];
    if (sex === undefined) ctx.note('derived', `${path}.gender`, `gender "${gender}" read as U (unknown)`);
    person.sex = sex ?? 'U';
  }
  const address = readAddress(ctx, res.address, `${path}.address`);
  if (address !== undefined) person.address = address;
  return person;
}

const identifiers = (r: AnyResource | Reference): Identifier[] => {
  const ids = 'resourceType' in r ? (r as AnyResource).identifier : (r as Reference).identifier;
  return (Array.isArray(ids) ? ids : [ids]).filter(
    (i): i is Identifier => isObject(i) && typeof i.value === 'string',
  );
};

const typeCodes = (i: Identifier): string[] =>
  (Array.isArray(i.type?.coding) ? i.type.coding : []).map((c) => c.code ?? '');

function npiOf(ids: Identifier[]): Npi | undefined {
  const npi = ids.find(
    (i) => i.system === SYS.npi || typeCodes(i).includes('NPI') || typeCodes(i).includes('npi'),
  );
  return npi?.value === undefined ? undefined : uncheckedNpi(npi.value);
}

function taxOf(ids: Identifier[]): { taxId: TaxId; taxIdKind?: 'EIN' | 'SSN' } | undefined {
  const t = ids.find((i) => i.system === SYS.ein || i.system === SYS.ssn || typeCodes(i).includes('TAX'));
  if (t?.value === undefined) return undefined;
  const kind = t.system === SYS.ein ? 'EIN' : t.system === SYS.ssn ? 'SSN' : undefined;
  return kind === undefined ? { taxId: t.value as TaxId } : { taxId: t.value as TaxId, taxIdKind: kind };
}

function secondaryOf(ids: Identifier[]): { qualifier: string; id: string }[] {
  return ids.flatMap((i) => {
    const q = (Array.isArray(i.type?.coding) ? i.type.coding : []).find(
      (c) => c.system === SYS.x12RefQualifier,
    );
    return q?.code === undefined || i.value === undefined ? [] : [{ qualifier: q.code, id: i.value }];
  });
}

function taxonomyOf(ctx: ReadContext, r: AnyResource, path: string): string | undefined {
  if (r.resourceType === 'Practitioner')
    return list(ctx, (r as Practitioner).qualification, `${path}.resolve().qualification`)
      .map(
        (q, i) => codingIn(ctx, q.code, `${path}.resolve().qualification[${i}].code`, SYS.nuccTaxonomy)?.code,
      )
      .find((c) => c !== undefined);
  if (r.resourceType === 'Organization')
    return list(ctx, (r as Organization).type, `${path}.resolve().type`)
      .map((t, i) => codingIn(ctx, t, `${path}.resolve().type[${i}]`, SYS.nuccTaxonomy)?.code)
      .find((c) => c !== undefined);
  return undefined;
}

const PROVIDER_TYPES = new Set(['Practitioner', 'PractitionerRole', 'Organization', 'Location']);

/**
 * A provider from the resource a reference resolves to: Practitioner (NM102 1), Organization or
 * Location (NM102 2), PractitionerRole (its practitioner, or its organization). Unresolved,
 * the reference's own identifier and display are used, with `fallbackEntity`.
 */
export function readProvider(
  ctx: ReadContext,
  pool: ResourcePool,
  container: AnyResource,
  reference: Reference | undefined,
  role: ProviderRole,
  path: string,
  fallbackEntity: Provider['entity'],
): Provider | undefined {
  if (!isObject(reference)) return undefined;
  let r = pool.resolve(reference, container);
  if (r?.resourceType === 'PractitionerRole') {
    const pr = r as AnyResource & { practitioner?: Reference; organization?: Reference };
    r = pool.resolve(pr.practitioner, container) ?? pool.resolve(pr.organization, container) ?? r;
  }
  if (r !== undefined && !PROVIDER_TYPES.has(r.resourceType)) {
    ctx.note('dropped', path, `a ${r.resourceType} as ${role} provider has no place in the model`);
    return undefined;
  }
  if (r === undefined) {
    const display = str(ctx, reference.display, `${path}.display`);
    const ids = identifiers(reference);
    if (display === undefined && ids.length === 0) {
      if (typeof reference.reference === 'string')
        ctx.note(
          'dropped',
          path,
          `${reference.reference} is not in the input: the ${role} provider is unknown`,
        );
      return undefined;
    }
    ctx.note(
      'defaulted',
      path,
      `${reference.reference ?? 'reference'} not in the input: ${role} provider from the reference alone`,
    );
    return withIds({ role, entity: fallbackEntity, name: { last: display ?? '' } }, ids);
  }
  const entity =
    r.resourceType === 'Practitioner' || r.resourceType === 'PractitionerRole' ? 'person' : 'organization';
  const res = r as AnyResource & { name?: unknown; address?: FhirAddress[] | FhirAddress };
  const name =
    entity === 'person'
      ? personName(ctx, res.name as HumanName[] | undefined, `${path}.resolve().name`)
      : { last: str(ctx, res.name, `${path}.resolve().name`) ?? '' };
  const p = withIds({ role, entity, name }, identifiers(r));
  const taxonomy = taxonomyOf(ctx, r, path);
  if (taxonomy !== undefined) p.taxonomy = taxonomy;
  const addr = readAddress(
    ctx,
    Array.isArray(res.address) ? res.address : res.address === undefined ? undefined : [res.address],
    `${path}.resolve().address`,
  );
  if (addr !== undefined) p.address = addr;
  return p;
}

function withIds(p: Provider, ids: Identifier[]): Provider {
  const npi = npiOf(ids);
  if (npi !== undefined) p.npi = npi;
  const tax = taxOf(ids);
  if (tax !== undefined) Object.assign(p, tax);
  const secondary = secondaryOf(ids);
  if (secondary.length > 0) p.secondaryIds = secondary;
  return p;
}

/** The payer: an Organization, else what the reference says of itself. */
export function readPayer(
  ctx: ReadContext,
  pool: ResourcePool,
  container: AnyResource,
  reference: Reference | undefined,
  path: string,
): Payer | undefined {
  if (!isObject(reference)) return undefined;
  const r = pool.resolve(reference, container);
  const ids = identifiers(r ?? reference);
  const payerId =
    ids.find((i) => typeCodes(i).includes('payerid'))?.value ??
    ids.find((i) => i.system === SYS.payerId)?.value ??
    ids[0]?.value;
  const name =
    r === undefined
      ? str(ctx, reference.display, `${path}.display`)
      : str(ctx, (r as Organization).name, `${path}.resolve().name`);
  if (r === undefined && name === undefined && payerId === undefined) return undefined;
  if (r === undefined)
    ctx.note(
      'defaulted',
      path,
      `${reference.reference ?? 'payer'} not in the input: payer from the reference alone`,
    );
  const payer: Payer = { name: name ?? '', id: payerId ?? '' };
  if (r !== undefined) {
    const addr = readAddress(ctx, (r as Organization).address, `${path}.resolve().address`);
    if (addr !== undefined) payer.address = addr;
  }
  return payer;
}
