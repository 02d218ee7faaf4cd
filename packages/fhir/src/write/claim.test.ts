import { describe, expect, it } from 'vitest';
import { SYS } from '../systems.ts';
import { fixtureClaim } from '../testing/fixture-claim.ts';
import { toFhirClaim } from './claim.ts';
import { toFhirCoverage } from './coverage.ts';

describe('model → FHIR R4 Claim', () => {
  const fhir = toFhirClaim(fixtureClaim(), { created: '2024-03-06' });

  it('types the claim and names the patient control number', () => {
    expect(fhir.type.coding).toEqual([{ system: SYS.claimType, code: 'professional' }]);
    expect(fhir.identifier).toContainEqual({ system: SYS.patientControlNumber, value: 'PCN-1001' });
    expect(fhir.total).toEqual({ value: 325, currency: 'USD' });
    expect(fhir.created).toBe('2024-03-06');
  });

  it('codes lines in CPT or HCPCS by the code, with modifiers, quantity, net, pointers, date and place', () => {
    const [a, b] = fhir.item ?? [];
    expect(a?.productOrService.coding).toEqual([{ system: 'http://www.ama-assn.org/go/cpt', code: '99214' }]);
    expect(b?.productOrService.coding).toEqual([
      { system: 'https://bluebutton.cms.gov/resources/codesystem/hcpcs', code: 'G0439' },
    ]);
    expect(a?.modifier?.[0]?.coding?.[0]?.code).toBe('25');
    expect(a?.diagnosisSequence).toEqual([1, 2]);
    expect(a?.net).toEqual({ value: 175, currency: 'USD' });
    expect(b?.unitPrice).toEqual({ value: 75, currency: 'USD' });
    expect(b?.quantity?.value).toBe(2);
    expect(a?.servicedDate).toBe('2024-03-04');
    expect(b?.servicedPeriod).toEqual({ start: '2024-03-04', end: '2024-03-05' });
    expect(a?.locationCodeableConcept?.coding?.[0]).toEqual({ system: SYS.pos, code: '11' });
    expect(b?.locationCodeableConcept?.coding?.[0]).toEqual({ system: SYS.pos, code: '22' });
  });

  it('writes ICD-10-CM diagnoses with the dot, in sequence, typed', () => {
    expect(fhir.diagnosis?.map((d) => [d.sequence, d.diagnosisCodeableConcept?.coding?.[0]])).toEqual([
      [1, { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.22' }],
      [2, { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'N18.3' }],
    ]);
    expect(fhir.diagnosis?.[0]?.type?.[0]?.coding?.[0]?.code).toBe('principal');
  });

  it('contains the patient, coverage and payer, and puts the billing provider in Claim.provider', () => {
    const types = (fhir.contained ?? []).map((r) => r.resourceType);
    expect(types).toEqual(['Patient', 'Organization', 'Coverage', 'Organization', 'Practitioner']);
    expect(fhir.provider).toEqual({ reference: '#provider-1' });
    expect(fhir.insurance).toEqual([
      { sequence: 1, focal: true, coverage: { reference: '#coverage-1' }, preAuthRef: ['PA998877'] },
    ]);
    expect(fhir.careTeam?.[0]?.role?.coding?.map((c) => c.code)).toEqual(['referring', 'referring']);
    const billing = fhir.contained?.find((r) => r.id === 'provider-1');
    expect(billing).toMatchObject({
      resourceType: 'Organization',
      name: 'SPRINGFIELD FAMILY PRACTICE',
      identifier: expect.arrayContaining([{ system: SYS.npi, value: '1234567893' }]),
    });
  });

  it('writes a standalone Coverage with the subscriber, relationship and group', () => {
    const c = fixtureClaim();
    const cov = toFhirCoverage(c.subscriber, c.patient, c.patientRelationship);
    expect(cov.subscriberId).toBe('W123456789');
    expect(cov.order).toBe(1);
    expect(cov.relationship?.coding?.map((x) => x.code)).toEqual(['self', '18']);
    expect(cov.class?.[0]).toMatchObject({ value: 'GRP-42' });
    expect(cov.beneficiary).toEqual({ reference: '#subscriber' });
    expect(cov.contained?.map((r) => r.resourceType)).toEqual(['Patient', 'Organization']);
  });
});
