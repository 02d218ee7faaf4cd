/**
 * @module write/claim
 * Model → FHIR R4 Claim. The claim is self-contained: patient, subscribers, payers and
 * providers are contained resources referenced by `#id`, so one claim is one JSON object (an
 * NDJSON line, a Bundle entry) with nothing to resolve elsewhere.
 *
 * Providers: the billing provider (2010AA) is Claim.provider, the pay-to provider (2010AB) is
 * payee.party, every other claim-level provider is a careTeam member with its role. Line-level
 * providers (2420) are careTeam members marked with the line-provider extension and named by
 * their lines' careTeamSequence, so a reader can tell them from claim-level ones.
 */
import type { Claim, Provider } from '@medcode/domain';
import { formatIcd10Cm } from '@medcode/domain';
import type {
  Claim as FhirClaim,
  ClaimCareTeam,
  ClaimDiagnosis,
  ClaimInsurance,
  ClaimItem,
  ClaimProcedure,
  Coding,
  Extension,
  Identifier,
  Resource,
} from '@medplum/fhirtypes';
import { DIAGNOSIS_TYPE, STANDARD_ROLE } from '../maps.ts';
import { EXT, SYS } from '../systems.ts';
import { coding, concept, ext, money, opt, optList, ref } from './elements.ts';
import { adjustmentExtension, claimItem } from './items.ts';
import { coverageResource, patientResource, payerResource, providerResource } from './parties.ts';
import { supportingInfo } from './supporting-info.ts';

export interface WriteOptions {
  /** Claim.created (required by R4); defaults to today. The model has no creation date. */
  created?: string;
}

/** FHIR ids: [A-Za-z0-9\-\.]{1,64}. */
export const fhirId = (s: string): string => s.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64) || 'claim';

/** The parts a Claim and an ExplanationOfBenefit share. */
export interface ClaimParts {
  id: string;
  contained: Resource[];
  identifier: Identifier[];
  type: { coding: Coding[] };
  patient: FhirClaim['patient'];
  insurer: NonNullable<FhirClaim['insurer']>;
  provider: FhirClaim['provider'];
  rest: Pick<
    FhirClaim,
    | 'billablePeriod'
    | 'payee'
    | 'referral'
    | 'accident'
    | 'related'
    | 'careTeam'
    | 'supportingInfo'
    | 'diagnosis'
    | 'procedure'
  >;
  insurance: ClaimInsurance[];
  items: ClaimItem[];
}

const isEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function roleConcept(p: Provider) {
  const std = STANDARD_ROLE[p.role];
  return concept(
    coding(SYS.providerRole, p.role),
    ...(std === undefined ? [] : [coding(std.system, std.code)]),
  );
}

function careTeamMember(sequence: number, id: string, p: Provider, extension: Extension[]): ClaimCareTeam {
  return {
    sequence,
    ...optList('extension', extension),
    provider: ref(id),
    role: roleConcept(p),
    ...opt(
      'qualification',
      p.taxonomy === undefined ? undefined : concept(coding(SYS.nuccTaxonomy, p.taxonomy)),
    ),
  };
}

function insuranceAndCoverages(c: Claim, contained: Resource[]): ClaimInsurance[] {
  contained.push(patientResource('patient', c.patient));
  const payers = [
    { s: c.subscriber, rel: c.patientRelationship, extra: [] as Extension[] },
    ...c.otherSubscribers.map((o) => ({
      s: o.subscriber,
      rel: o.patientRelationship,
      // 2320 AMT*D and claim-level CAS: what this payer already decided (R4 Claim has no element for it).
      extra:
        o.paidAmount === undefined && o.adjustments.length === 0
          ? []
          : [
              ext.complex(EXT.priorPayment, [
                ...(o.paidAmount === undefined ? [] : [ext.money('paid', o.paidAmount)]),
                ...o.adjustments.map(adjustmentExtension),
              ]),
            ],
    })),
  ];
  return payers.map(({ s, rel, extra }, i) => {
    const n = i + 1;
    const ids = {
      coverage: `coverage-${n}`,
      subscriber: `subscriber-${n}`,
      payer: `payer-${n}`,
      patient: 'patient',
    };
    if (isEqual(s.person, c.patient)) ids.subscriber = 'patient';
    else contained.push(patientResource(ids.subscriber, s.person));
    contained.push(payerResource(ids.payer, s.payer));
    contained.push(coverageResource(ids, s, rel, extra));
    return {
      sequence: n,
      focal: i === 0,
      coverage: ref(ids.coverage),
      ...optList('preAuthRef', i === 0 && c.priorAuthorization !== undefined ? [c.priorAuthorization] : []),
    };
  });
}

interface Team {
  provider: FhirClaim['provider'];
  payee?: FhirClaim['payee'];
  careTeam: ClaimCareTeam[];
  lineSequences: number[][];
}

function providersAndTeam(c: Claim, contained: Resource[]): Team {
  const careTeam: ClaimCareTeam[] = [];
  let provider: FhirClaim['provider'] | undefined;
  let payee: FhirClaim['payee'] | undefined;
  c.providers.forEach((p, i) => {
    const id = `provider-${i + 1}`;
    contained.push(providerResource(id, p));
    if (p.role === 'billing' && provider === undefined) provider = ref(id);
    else if (p.role === 'payTo' && payee === undefined)
      payee = { type: concept(coding(SYS.payeeType, 'provider')), party: ref(id) };
    else careTeam.push(careTeamMember(careTeam.length + 1, id, p, []));
  });
  const lineSequences = c.lines.map((line, li) =>
    line.providers.map((p, pi) => {
      const id = `line-${li + 1}-provider-${pi + 1}`;
      contained.push(providerResource(id, p));
      const sequence = careTeam.length + 1;
      careTeam.push(careTeamMember(sequence, id, p, [ext.boolean(EXT.lineProvider, true)]));
      return sequence;
    }),
  );
  // R4 requires Claim.provider; without a billing provider say so rather than invent one.
  const absent: FhirClaim['provider'] = {
    extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' }],
  };
  return { provider: provider ?? absent, ...opt('payee', payee), careTeam, lineSequences };
}

function diagnoses(c: Claim): ClaimDiagnosis[] {
  return c.diagnoses.map((d, i) => {
    const type = DIAGNOSIS_TYPE[d.kind];
    return {
      sequence: i + 1,
      // ICD-9-CM codes are kept as sent (X12 has no decimal point); ICD-10-CM is written with its dot.
      diagnosisCodeableConcept: concept(
        d.codeSystem === 'icd9cm' ? coding(SYS.icd9cm, d.code) : coding(SYS.icd10cm, formatIcd10Cm(d.code)),
      ),
      type: [concept(coding(type.system, type.code))],
      ...opt('onAdmission', d.poa === undefined ? undefined : concept(coding(SYS.poa, d.poa))),
    };
  });
}

function procedures(c: Claim): ClaimProcedure[] {
  return c.inpatientProcedures.map((p, i) => ({
    sequence: i + 1,
    type: [concept(coding(SYS.c4bbProcedureType, p.principal ? 'principal' : 'other'))],
    ...opt('date', p.date),
    procedureCodeableConcept: concept(coding(p.codeSystem === 'icd9cm' ? SYS.icd9cm : SYS.icd10pcs, p.code)),
  }));
}

export function claimParts(c: Claim): ClaimParts {
  const contained: Resource[] = [];
  const insurance = insuranceAndCoverages(c, contained);
  const team = providersAndTeam(c, contained);
  const identifier: Identifier[] = [{ system: SYS.patientControlNumber, value: c.id }];
  if (c.clearinghouseTrace !== undefined)
    identifier.push({ system: SYS.clearinghouseTrace, value: c.clearinghouseTrace });
  const items = c.lines.map((line, i) => claimItem(c, line, team.lineSequences[i] ?? []));
  return {
    id: fhirId(c.id),
    contained,
    identifier,
    type: concept(coding(SYS.claimType, c.kind)) as { coding: Coding[] },
    patient: ref('patient'),
    insurer: ref('payer-1'),
    provider: team.provider,
    rest: {
      ...opt(
        'billablePeriod',
        c.statement === undefined ? undefined : { start: c.statement.from, ...opt('end', c.statement.to) },
      ),
      ...opt('payee', team.payee),
      ...opt(
        'referral',
        c.referralNumber === undefined ? undefined : { identifier: { value: c.referralNumber } },
      ),
      ...opt(
        'accident',
        c.accidentDate === undefined
          ? undefined
          : {
              date: c.accidentDate,
              ...opt(
                'locationAddress',
                c.accidentState === undefined ? undefined : { state: c.accidentState },
              ),
            },
      ),
      ...opt(
        'related',
        c.originalReference === undefined
          ? undefined
          : [
              {
                relationship: concept(coding(SYS.relatedClaim, 'prior')),
                reference: { value: c.originalReference },
              },
            ],
      ),
      ...optList('careTeam', team.careTeam),
      supportingInfo: supportingInfo(c),
      ...optList('diagnosis', diagnoses(c)),
      ...optList('procedure', procedures(c)),
    },
    insurance,
    items,
  };
}

/** The claim as an R4 Claim resource (use = claim, status = active). */
export function toFhirClaim(c: Claim, options: WriteOptions = {}): FhirClaim {
  const p = claimParts(c);
  return {
    resourceType: 'Claim',
    id: p.id,
    contained: p.contained,
    identifier: p.identifier,
    status: 'active',
    type: p.type,
    use: 'claim',
    patient: p.patient,
    created: options.created ?? new Date().toISOString().slice(0, 10),
    insurer: p.insurer,
    provider: p.provider,
    priority: concept(coding(SYS.processPriority, 'normal')),
    ...p.rest,
    insurance: p.insurance,
    ...optList('item', p.items),
    total: money(c.totalCharge),
  };
}
