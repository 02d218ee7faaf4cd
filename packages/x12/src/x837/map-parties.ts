/**
 * @module x837/map-parties
 * NM1 loops to people and providers: names (NM103-07), addresses (N3/N4), demographics (DMG),
 * provider identifiers (NM109 with NM108 XX = NPI; REF*EI/SY tax id; other REFs as secondary ids),
 * taxonomy (PRV03), the subscriber (2000B SBR + 2010BA + 2010BB) and the patient (2000C PAT + 2010CA).
 */
import {
  type Address,
  type IsoDate,
  type Payer,
  type Person,
  type PersonName,
  type Provider,
  type ProviderRole,
  type Sex,
  type Subscriber,
  uncheckedNpi,
} from '@medcode/domain';
import { child, type LoopNode, seg } from '../loops/loop-node.ts';
import { el } from '../syntax/segment.ts';
import { date, type MapContext, report, take } from './map-context.ts';
import { taxId } from './code-cache.ts';

export function personName(node: LoopNode | undefined): PersonName {
  const nm1 = node === undefined ? undefined : seg(node, 'NM1');
  if (nm1 === undefined) return { last: '' };
  const last = el(nm1, 3);
  // The usual shapes as one literal each: a property added later moves out of the object into
  // a separate property array, and a set's claims are held until its SE (see map-context `fitted`).
  if (!nm1.has(5) && !nm1.has(7)) return nm1.has(4) ? { last, first: nm1.code(4) } : { last };
  const name: PersonName = { last };
  if (nm1.has(4)) name.first = nm1.code(4);
  if (nm1.has(5)) name.middle = nm1.code(5);
  if (nm1.has(7)) name.suffix = nm1.code(7);
  return name;
}

export function address(node: LoopNode): Address | undefined {
  const n3 = seg(node, 'N3');
  const n4 = seg(node, 'N4');
  if (n3 === undefined && n4 === undefined) return undefined;
  // The usual shape as one literal (see `personName`).
  if (n3 !== undefined && n4 !== undefined && !n3.has(2) && !n4.has(4) && n4.has(2) && n4.has(3))
    return { line1: el(n3, 1), city: n4.code(1), state: n4.code(2), postalCode: n4.code(3) };
  const a: Address = { line1: n3 === undefined ? '' : el(n3, 1), city: n4 === undefined ? '' : n4.code(1) };
  if (n3?.has(2)) a.line2 = el(n3, 2);
  if (n4 !== undefined) {
    if (n4.has(2)) a.state = n4.code(2);
    if (n4.has(3)) a.postalCode = n4.code(3);
    if (n4.has(4)) a.country = n4.code(4);
  }
  return a;
}

const SEXES: readonly string[] = ['M', 'F', 'U'];

export function person(ctx: MapContext, node: LoopNode | undefined): Person {
  const name = personName(node);
  if (node === undefined) return { name };
  const dmg = seg(node, 'DMG');
  let birthDate: IsoDate | undefined;
  let sex: Sex | undefined;
  if (dmg !== undefined) {
    if (dmg.is(1, 'D8')) birthDate = date(ctx, dmg, node, 2);
    const code = dmg.code(3);
    if (SEXES.includes(code)) sex = code as Sex;
    else if (code !== '')
      report(ctx, 'x12.claim.code', `DMG03 "${code}" is not M, F or U`, dmg, node, 3, undefined, code);
  }
  const where = address(node);
  // The usual shape as one literal (see `personName`).
  if (birthDate !== undefined && sex !== undefined && where !== undefined)
    return { name, birthDate, sex, address: where };
  const p: Person = { name };
  if (birthDate !== undefined) p.birthDate = birthDate;
  if (sex !== undefined) p.sex = sex;
  if (where !== undefined) p.address = where;
  return p;
}

/** NM101 entity identifier codes of provider loops and the model's roles. */
export const ROLE_OF_ENTITY: Readonly<Record<string, ProviderRole>> = {
  '85': 'billing',
  '87': 'payTo',
  '82': 'rendering',
  DN: 'referring',
  P3: 'referring',
  '71': 'attending',
  '72': 'operating',
  ZZ: 'otherOperating',
  '77': 'serviceFacility',
  DQ: 'supervising',
  DK: 'ordering',
  QB: 'purchasedService',
};

/** ROLE_OF_ENTITY as a Map, for NM101 values just read (see map-diagnoses.ts). */
export const roleOfEntity = (code: string): ProviderRole | undefined => ROLES.get(code);
const ROLES = new Map(Object.entries(ROLE_OF_ENTITY));

export function provider(
  ctx: MapContext,
  node: LoopNode,
  role: ProviderRole,
  taxonomyFrom: LoopNode = node,
): Provider {
  const nm1 = seg(node, 'NM1')!;
  const p: Provider = {
    role,
    entity: el(nm1, 2) === '1' ? 'person' : 'organization',
    name: personName(node),
  };
  if (el(nm1, 8) === 'XX' && el(nm1, 9) !== '') p.npi = uncheckedNpi(el(nm1, 9));
  const prv = seg(taxonomyFrom, 'PRV');
  if (prv?.has(3)) p.taxonomy = prv.code(3);
  const secondary: { qualifier: string; id: string }[] = [];
  const segments = node.segments;
  for (let k = 0; k < segments.length; k++) {
    const ref = segments[k]!;
    if (ref.tag !== 'REF') continue;
    const q = ref.code(1);
    if ((q === 'EI' || q === 'SY') && p.taxId === undefined) {
      const id = take(ctx, taxId(el(ref, 2)), 'x12.claim.value', ref, node, 2);
      if (id !== undefined) {
        p.taxId = id;
        p.taxIdKind = q === 'EI' ? 'EIN' : 'SSN';
      }
    } else if (q !== '') secondary.push({ qualifier: q, id: el(ref, 2) });
  }
  if (secondary.length > 0) p.secondaryIds = secondary;
  const where = address(node);
  if (where !== undefined) p.address = where;
  return p;
}

/** 2000B: SBR, 2010BA subscriber, 2010BB payer. */
export function subscriber(ctx: MapContext, hl: LoopNode): Subscriber {
  const sbr = seg(hl, 'SBR');
  const nameLoop = child(hl, '2010BA');
  const payerLoop = child(hl, '2010BB');
  const s: Subscriber = {
    person: person(ctx, nameLoop),
    memberId: nameLoop === undefined ? '' : el(seg(nameLoop, 'NM1')!, 9),
    payerResponsibility: sbr === undefined ? '' : sbr.code(1),
    payer: payer(payerLoop),
  };
  if (sbr !== undefined) {
    if (sbr.has(2)) s.relationship = sbr.code(2);
    if (sbr.has(3)) s.groupNumber = el(sbr, 3);
    if (sbr.has(4)) s.groupName = el(sbr, 4);
    if (sbr.has(5)) s.insuranceType = sbr.code(5);
    if (sbr.has(9)) s.claimFilingIndicator = sbr.code(9);
  }
  return s;
}

export function payer(node: LoopNode | undefined): Payer {
  if (node === undefined) return { name: '', id: '' };
  const nm1 = seg(node, 'NM1')!;
  const p: Payer = { name: nm1.code(3), id: nm1.code(9) };
  const where = address(node);
  if (where !== undefined) p.address = where;
  return p;
}
