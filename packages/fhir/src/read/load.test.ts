import { describe, expect, it } from 'vitest';
import { describeProblem } from '../problems.ts';
import { fixtureClaim } from '../testing/fixture-claim.ts';
import { toFhirClaim } from '../write/claim.ts';
import { readFhir } from './load.ts';

const claimJson = (id: string) => ({
  ...toFhirClaim({ ...fixtureClaim(), id }, { created: '2024-01-01' }),
  id,
});

describe('reading FHIR input', () => {
  it('names the file, the resource and the FHIRPath of a bad element', () => {
    const bad = claimJson('bad-1') as unknown as Record<string, unknown>;
    const items = [...(bad.item as unknown[]), ...(bad.item as unknown[])] as Record<string, unknown>[];
    items[2] = { ...items[2], productOrService: 'G0439' };
    const [item] = [...readFhir(JSON.stringify({ ...bad, item: items }), { file: 'claims.json' })];
    if (item?.kind !== 'rejected') expect.fail('expected a rejection');
    expect(item.problems[0]).toMatchObject({
      file: 'claims.json',
      resource: 'Claim/bad-1',
      path: 'Claim.item[2].productOrService',
    });
    expect(describeProblem(item.problems[0]!)).toBe(
      'claims.json: Claim/bad-1 at Claim.item[2].productOrService: expected a CodeableConcept',
    );
  });

  it('rejects one NDJSON line and reads the others', () => {
    const bad = claimJson('two');
    const lines = [
      JSON.stringify(claimJson('one')),
      JSON.stringify({ ...bad, item: [{ ...bad.item?.[0], servicedDate: '03/04/2024' }] }),
      '{ not json',
      JSON.stringify(claimJson('three')),
    ];
    const items = [...readFhir(lines.join('\n'), { file: 'bulk.ndjson' })];
    expect(items.map((i) => i.kind).sort()).toEqual(['claim', 'claim', 'rejected', 'rejected']);
    const rejected = items
      .filter((i) => i.kind === 'rejected')
      .map((i) => (i.kind === 'rejected' ? describeProblem(i.problems[0]!) : ''));
    expect(rejected).toEqual([
      'bulk.ndjson line 3: (input) at $: not JSON: ' + rejected[0]?.split('not JSON: ')[1],
      'bulk.ndjson line 2: Claim/two at Claim.item[0].servicedDate: not a FHIR date: "03/04/2024"',
    ]);
    expect(items.flatMap((i) => (i.kind === 'claim' ? [i.claim.id] : []))).toEqual(['one', 'three']);
  });

  it('resolves Bundle references by fullUrl, Type/id and conditional identifier', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:2f1c',
          resource: {
            resourceType: 'Patient',
            name: [{ family: 'ROE', given: ['RAY'] }],
            birthDate: '1970-01-02',
          },
        },
        {
          resource: {
            resourceType: 'Organization',
            id: 'org9',
            identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' }],
            name: 'NINE CLINIC',
          },
        },
        {
          resource: {
            resourceType: 'Claim',
            id: 'c1',
            status: 'active',
            type: {
              coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }],
            },
            use: 'claim',
            patient: { reference: 'urn:uuid:2f1c' },
            created: '2024-01-01',
            provider: { reference: 'Organization?identifier=http://hl7.org/fhir/sid/us-npi|1234567893' },
            priority: { coding: [{ code: 'normal' }] },
            insurance: [{ sequence: 1, focal: true, coverage: { display: 'ACME' } }],
            item: [
              {
                sequence: 1,
                productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '99213' }] },
                servicedDate: '2024-01-01',
                net: { value: 80, currency: 'USD' },
              },
            ],
          },
        },
      ],
    };
    const items = [...readFhir(JSON.stringify(bundle), { file: 'b.json' })];
    const claim = items.find((i) => i.kind === 'claim');
    if (claim?.kind !== 'claim') expect.fail('no claim');
    expect(claim.source).toMatchObject({ file: 'b.json', entry: 2, resource: 'Claim/c1' });
    expect(claim.claim.patient).toEqual({ name: { last: 'ROE', first: 'RAY' }, birthDate: '1970-01-02' });
    expect(claim.claim.providers[0]).toMatchObject({
      role: 'billing',
      entity: 'organization',
      npi: '1234567893',
    });
    expect(claim.claim.subscriber.payer.name).toBe('ACME');
    expect(claim.claim.lines[0]).toMatchObject({ procedure: '99213', charge: 8000 });
    expect(
      items.filter((i) => i.kind === 'other').map((i) => (i.kind === 'other' ? i.resourceType : '')),
    ).toEqual(['Patient', 'Organization']);
  });

  it('reads a Blue Button STU3 EOB under its R4 names', () => {
    const eob = {
      resourceType: 'ExplanationOfBenefit',
      id: 'carrier-1',
      type: { coding: [{ system: 'http://hl7.org/fhir/ex-claimtype', code: 'professional' }] },
      patient: { reference: 'Patient/x' },
      insurance: { coverage: { reference: 'Coverage/part-b' } },
      careTeam: [
        {
          sequence: 2,
          provider: { identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1245319599' } },
          role: { coding: [{ code: 'primary' }] },
        },
      ],
      diagnosis: [
        {
          sequence: 1,
          diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'E669' }] },
        },
      ],
      item: [
        {
          sequence: 1,
          careTeamLinkId: [2],
          diagnosisLinkId: [1],
          service: {
            coding: [{ system: 'https://bluebutton.cms.gov/resources/codesystem/hcpcs', code: '99213' }],
          },
          servicedPeriod: { start: '2020-02-01', end: '2020-02-01' },
          adjudication: [
            {
              category: {
                coding: [{ code: 'https://bluebutton.cms.gov/resources/variables/line_sbmtd_chrg_amt' }],
              },
              amount: { value: 120 },
            },
            {
              category: {
                coding: [{ code: 'https://bluebutton.cms.gov/resources/variables/line_alowd_chrg_amt' }],
              },
              amount: { value: 80 },
            },
            {
              category: {
                coding: [{ code: 'https://bluebutton.cms.gov/resources/variables/line_nch_pmt_amt' }],
              },
              amount: { value: 64 },
            },
            {
              category: {
                coding: [{ code: 'https://bluebutton.cms.gov/resources/variables/line_coinsrnc_amt' }],
              },
              amount: { value: 16 },
            },
          ],
        },
      ],
      totalCost: { value: 120 },
    };
    const [item] = [...readFhir(JSON.stringify(eob))];
    if (item?.kind !== 'claim') expect.fail(JSON.stringify(item));
    expect(item.claim.lines[0]).toMatchObject({
      procedure: '99213',
      charge: 12000,
      diagnosisPointers: [1],
      serviceDate: '2020-02-01',
    });
    expect(item.claim.totalCharge).toBe(12000);
    expect(item.claim.diagnoses).toEqual([{ code: 'E669', kind: 'principal' }]);
    expect(item.claim.providers).toContainEqual({
      role: 'rendering',
      entity: 'person',
      name: { last: '' },
      npi: '1245319599',
    });
    expect(item.decision?.lines[0]).toEqual({
      lineNumber: 1,
      allowed: 8000,
      paid: 6400,
      adjustments: [{ group: 'PR', reason: '2', amount: 1600 }],
      remarks: [],
    });
    expect(item.notes.map((n) => n.kind)).toContain('derived');
  });
});
