/**
 * @module write/eob
 * An adjudicated claim as ExplanationOfBenefit (the claim as the payer decided it: the Claim's
 * elements plus item.adjudication, header adjudication, total and payment) and as
 * ClaimResponse (the payer's answer to a Claim it references by the patient control number).
 */
import type {
  ClaimResponse,
  ExplanationOfBenefit,
  ExplanationOfBenefitItem,
  Identifier,
} from '@medplum/fhirtypes';
import type { AdjudicatedClaim } from '../adjudicated-claim.ts';
import { SYS } from '../systems.ts';
import { adjudicationList, lineAdjudication, totals } from './adjudication.ts';
import { type WriteOptions, claimParts } from './claim.ts';
import { coding, concept, money, opt, optList, ref } from './elements.ts';
import { patientResource, payerResource } from './parties.ts';

const payerClaimIdentifier = (id: string): Identifier => ({
  // CARIN C4BBIdentifierType "uc": the payer's unique claim identifier (835 CLP07).
  type: concept(coding(SYS.c4bbIdentifierType, 'uc')),
  value: id,
});

const today = () => new Date().toISOString().slice(0, 10);

export function toFhirEob(a: AdjudicatedClaim, options: WriteOptions = {}): ExplanationOfBenefit {
  const { claim, decision } = a;
  const p = claimParts(claim);
  const byLine = new Map(decision.lines.map((l) => [l.lineNumber, l]));
  const items: ExplanationOfBenefitItem[] = p.items.map((item, i) => {
    const line = claim.lines[i];
    const d = line === undefined ? undefined : byLine.get(line.lineNumber);
    const adj = d === undefined ? [] : lineAdjudication(d, line?.charge);
    return { ...(item as ExplanationOfBenefitItem), ...optList('adjudication', adj) };
  });
  const header = adjudicationList({ adjustments: decision.adjustments, remarks: decision.remarks });
  return {
    resourceType: 'ExplanationOfBenefit',
    id: p.id,
    contained: p.contained,
    identifier: [
      ...p.identifier,
      ...(decision.payerClaimId === undefined ? [] : [payerClaimIdentifier(decision.payerClaimId)]),
    ],
    status: 'active',
    type: p.type,
    use: 'claim',
    patient: p.patient,
    created: options.created ?? today(),
    insurer: p.insurer,
    provider: p.provider,
    ...(p.rest as Partial<ExplanationOfBenefit>),
    outcome: decision.outcome,
    insurance: p.insurance.map((i) => ({
      focal: i.focal,
      coverage: i.coverage,
      ...optList('preAuthRef', i.preAuthRef ?? []),
    })),
    ...optList('item', items),
    ...optList('adjudication', header),
    total: totals(decision, claim.totalCharge),
    ...opt(
      'payment',
      decision.paid === undefined && decision.paymentDate === undefined
        ? undefined
        : {
            ...opt('amount', decision.paid === undefined ? undefined : money(decision.paid)),
            ...opt('date', decision.paymentDate),
          },
    ),
  };
}

export function toFhirClaimResponse(a: AdjudicatedClaim, options: WriteOptions = {}): ClaimResponse {
  const { claim, decision } = a;
  const items = decision.lines
    .map((d) => ({ itemSequence: d.lineNumber, adjudication: lineAdjudication(d) }))
    .filter((i) => i.adjudication.length > 0);
  const header = adjudicationList({ adjustments: decision.adjustments, remarks: decision.remarks });
  return {
    resourceType: 'ClaimResponse',
    contained: [patientResource('patient', claim.patient), payerResource('payer', claim.subscriber.payer)],
    ...opt(
      'identifier',
      decision.payerClaimId === undefined ? undefined : [payerClaimIdentifier(decision.payerClaimId)],
    ),
    status: 'active',
    type: concept(coding(SYS.claimType, claim.kind)),
    use: 'claim',
    patient: ref('patient'),
    created: options.created ?? today(),
    insurer: ref('payer'),
    request: { identifier: { system: SYS.patientControlNumber, value: claim.id } },
    outcome: decision.outcome,
    ...optList('item', items),
    ...optList('adjudication', header),
    ...optList('total', totals(decision)),
    ...opt(
      'payment',
      decision.paid === undefined
        ? undefined
        : {
            type: concept(coding('http://terminology.hl7.org/CodeSystem/ex-paymenttype', 'complete')),
            amount: money(decision.paid),
            ...opt('date', decision.paymentDate),
          },
    ),
  };
}
