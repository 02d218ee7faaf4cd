/**
 * @module write/coverage
 * A subscriber's coverage as a standalone R4 Coverage: the subscriber, the patient (when not the
 * subscriber) and the payer are contained, so the resource stands alone outside a claim.
 */
import type { Person, Subscriber } from '@medcode/domain';
import type { Coverage, Resource } from '@medplum/fhirtypes';
import { coverageResource, patientResource, payerResource } from './parties.ts';

export function toFhirCoverage(s: Subscriber, patient: Person, patientRelationship: string): Coverage {
  const same = JSON.stringify(s.person) === JSON.stringify(patient);
  const contained: Resource[] = [patientResource('subscriber', s.person)];
  if (!same) contained.push(patientResource('patient', patient));
  contained.push(payerResource('payer', s.payer));
  const ids = {
    coverage: 'coverage',
    subscriber: 'subscriber',
    payer: 'payer',
    patient: same ? 'subscriber' : 'patient',
  };
  const { id: _id, ...cov } = coverageResource(ids, s, patientRelationship);
  return { ...cov, contained };
}
