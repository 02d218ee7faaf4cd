/**
 * @module write/parties
 * The people and organizations on a claim as FHIR resources: Patient (patient, subscriber),
 * Practitioner or Organization (providers, by NM102 entity type), Organization (payer) and
 * Coverage (one per payer: 2000B/2010BA/2010BB, 2320/2330A/2330B).
 */
import type { Payer, Person, Provider, Subscriber } from '@medcode/domain';
import type {
  Coverage,
  Extension,
  Identifier,
  Organization,
  Patient,
  Practitioner,
} from '@medplum/fhirtypes';
import { fhirRelationship, GENDER_OF_SEX, orderOfResponsibility } from '../maps.ts';
import { EXT, SYS } from '../systems.ts';
import { address, coding, concept, ext, humanName, opt, optList, optText, ref } from './elements.ts';

export function patientResource(id: string, p: Person): Patient {
  return {
    resourceType: 'Patient',
    id,
    name: [humanName(p.name)],
    ...opt('gender', p.sex === undefined ? undefined : GENDER_OF_SEX[p.sex]),
    ...opt('birthDate', p.birthDate),
    ...opt('address', p.address === undefined ? undefined : [address(p.address)]),
  };
}

function providerIdentifiers(p: Provider): Identifier[] {
  const ids: Identifier[] = [];
  if (p.npi !== undefined) ids.push({ system: SYS.npi, value: p.npi });
  if (p.taxId !== undefined) {
    // An EIN or SSN used as a tax id (REF*EI / REF*SY); without a kind, only the v2 TAX type says what it is.
    const type = concept(coding('http://terminology.hl7.org/CodeSystem/v2-0203', 'TAX'));
    if (p.taxIdKind === 'EIN') ids.push({ type, system: SYS.ein, value: p.taxId });
    else if (p.taxIdKind === 'SSN') ids.push({ type, system: SYS.ssn, value: p.taxId });
    else ids.push({ type, value: p.taxId });
  }
  for (const s of p.secondaryIds ?? [])
    ids.push({ type: concept(coding(SYS.x12RefQualifier, s.qualifier)), value: s.id });
  return ids;
}

/** A person provider (NM102 = 1) as Practitioner, an organization (NM102 = 2) as Organization. */
export function providerResource(id: string, p: Provider): Practitioner | Organization {
  const identifier = providerIdentifiers(p);
  const addr = opt('address', p.address === undefined ? undefined : [address(p.address)]);
  if (p.entity === 'person') {
    return {
      resourceType: 'Practitioner',
      id,
      ...optList('identifier', identifier),
      name: [humanName(p.name)],
      ...addr,
      ...opt(
        'qualification',
        p.taxonomy === undefined ? undefined : [{ code: concept(coding(SYS.nuccTaxonomy, p.taxonomy)) }],
      ),
    };
  }
  return {
    resourceType: 'Organization',
    id,
    ...optList('identifier', identifier),
    ...optText('name', p.name.last),
    ...opt('type', p.taxonomy === undefined ? undefined : [concept(coding(SYS.nuccTaxonomy, p.taxonomy))]),
    ...addr,
  };
}

export function payerResource(id: string, p: Payer): Organization {
  return {
    resourceType: 'Organization',
    id,
    // CARIN C4BB-Organization marks the payer identifier with identifier type "payerid".
    ...optList(
      'identifier',
      p.id === '' ? [] : [{ type: concept(coding(SYS.c4bbIdentifierType, 'payerid')), value: p.id }],
    ),
    ...optText('name', p.name),
    ...opt('address', p.address === undefined ? undefined : [address(p.address)]),
  };
}

export interface CoverageIds {
  coverage: string;
  /** Contained id of the subscriber's Patient resource. */
  subscriber: string;
  payer: string;
  patient: string;
}

/** Marks a group class whose value is only the group name (SBR04 sent without SBR03). */
export const GROUP_NAME_ONLY = 'group-name-only';

/**
 * One payer's coverage. `patientRelationship` is the patient's relationship to this subscriber
 * (Coverage.relationship: "beneficiary's relationship to the subscriber").
 */
export function coverageResource(
  ids: CoverageIds,
  s: Subscriber,
  patientRelationship: string,
  extra: Extension[] = [],
): Coverage {
  const extension: Extension[] = [ext.code(EXT.payerResponsibility, s.payerResponsibility)];
  if (s.relationship !== undefined) extension.push(ext.code(EXT.subscriberRelationship, s.relationship));
  extension.push(...extra);
  const typeCodings = [
    ...(s.insuranceType === undefined ? [] : [coding(SYS.x12InsuranceType, s.insuranceType)]),
    ...(s.claimFilingIndicator === undefined ? [] : [coding(SYS.x12FilingIndicator, s.claimFilingIndicator)]),
  ];
  const groupValue = s.groupNumber ?? s.groupName;
  const groupType = concept(
    coding(SYS.coverageClass, 'group'),
    ...(s.groupNumber === undefined ? [coding(SYS.info, GROUP_NAME_ONLY)] : []),
  );
  return {
    resourceType: 'Coverage',
    id: ids.coverage,
    extension,
    status: 'active',
    ...opt('type', typeCodings.length === 0 ? undefined : { coding: typeCodings }),
    subscriber: ref(ids.subscriber),
    ...optText('subscriberId', s.memberId),
    beneficiary: ref(ids.patient),
    relationship: concept(
      coding(SYS.relationship, fhirRelationship(patientRelationship)),
      coding(SYS.x12Relationship, patientRelationship),
    ),
    ...opt('order', orderOfResponsibility(s.payerResponsibility)),
    payor: [ref(ids.payer)],
    ...opt(
      'class',
      groupValue === undefined
        ? undefined
        : [{ type: groupType, value: groupValue, ...opt('name', s.groupName) }],
    ),
  };
}
