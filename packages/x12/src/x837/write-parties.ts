/**
 * @module x837/write-parties
 * NM1 loops from people and providers: NM1 (entity, name, NPI as NM108 XX), PRV taxonomy, N3/N4,
 * DMG, REF tax id and secondary ids. The inverse of x837/map-parties.ts.
 */
import type { Address, Person, PersonName, Provider, ProviderRole } from '@medcode/domain';
import type { SegmentWriter } from '../writer/segment-writer.ts';

/** NM101 for each provider role (claim and line loops of 005010X222A1 / X223A2). */
export const ENTITY_OF_ROLE: Readonly<Record<ProviderRole, string>> = {
  billing: '85',
  payTo: '87',
  rendering: '82',
  referring: 'DN',
  attending: '71',
  operating: '72',
  otherOperating: 'ZZ',
  serviceFacility: '77',
  supervising: 'DQ',
  ordering: 'DK',
  purchasedService: 'QB',
};

/** PRV01 provider codes: BI billing, PE performing, AT attending, RF referring, OP operating. */
const PRV_OF_ROLE: Partial<Record<ProviderRole, string>> = {
  billing: 'BI',
  rendering: 'PE',
  attending: 'AT',
  referring: 'RF',
  operating: 'OP',
  supervising: 'SU',
};

export function nm1(
  w: SegmentWriter,
  entity: string,
  type: '1' | '2',
  name: PersonName,
  idQualifier?: string,
  id?: string,
): void {
  const hasId = id !== undefined && id !== '';
  w.seg(
    'NM1',
    entity,
    type,
    name.last,
    name.first,
    name.middle,
    undefined,
    name.suffix,
    hasId ? idQualifier : undefined,
    hasId ? id : undefined,
  );
}

export function address(w: SegmentWriter, a: Address | undefined): void {
  if (a === undefined) return;
  w.seg('N3', a.line1, a.line2);
  w.seg('N4', a.city, a.state, a.postalCode, a.country);
}

export function demographics(w: SegmentWriter, p: Person): void {
  if (p.birthDate === undefined && p.sex === undefined) return;
  w.seg('DMG', p.birthDate === undefined ? undefined : 'D8', p.birthDate?.replaceAll('-', ''), p.sex);
}

/** A provider loop: NM1, PRV (when a taxonomy is known and `prvHere`), N3/N4, REF. */
export function providerLoop(w: SegmentWriter, p: Provider, prvHere = true): void {
  nm1(w, ENTITY_OF_ROLE[p.role], p.entity === 'person' ? '1' : '2', p.name, 'XX', p.npi);
  if (prvHere && p.taxonomy !== undefined) w.seg('PRV', PRV_OF_ROLE[p.role] ?? 'PE', 'PXC', p.taxonomy);
  address(w, p.address);
  if (p.taxId !== undefined) w.seg('REF', p.taxIdKind === 'SSN' ? 'SY' : 'EI', p.taxId);
  for (const s of p.secondaryIds ?? []) w.seg('REF', s.qualifier, s.id);
}
