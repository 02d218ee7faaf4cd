import { describe, expect, it } from 'vitest';
import { parseClaimJson } from './claim-json.ts';

const valid = {
  kind: 'professional',
  id: 'PCN-1001',
  totalCharge: 22500,
  placeOfService: '11',
  frequencyCode: '1',
  patient: { name: { last: 'Doe', first: 'Jane' }, birthDate: '1956-03-02', sex: 'F' },
  patientRelationship: '18',
  subscriber: {
    person: { name: { last: 'Doe', first: 'Jane' } },
    memberId: '1EG4TE5MK73',
    payerResponsibility: 'P',
    claimFilingIndicator: 'MB',
    payer: { name: 'Medicare', id: '12345' },
  },
  otherSubscribers: [],
  providers: [{ role: 'billing', entity: 'organization', name: { last: 'Clinic' }, npi: '1234567893' }],
  diagnoses: [
    { code: 'E11.22', kind: 'principal' },
    { code: 'n183', kind: 'other' },
  ],
  inpatientProcedures: [],
  institutionalCodes: [],
  lines: [
    {
      procedure: '99213',
      modifiers: ['25'],
      units: 1,
      charge: 15000,
      diagnosisPointers: [1, 2],
      serviceDate: '2026-01-15',
      providers: [],
      priorAdjudications: [],
    },
    {
      procedure: '82947',
      modifiers: [],
      units: 1,
      charge: 7500,
      diagnosisPointers: [1],
      serviceDate: '20260115',
    },
  ],
};

describe('claim JSON at the edge', () => {
  it('reads a claim, normalising codes and dates', () => {
    const r = parseClaimJson(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.diagnoses.map((d) => d.code)).toEqual(['E1122', 'N183']);
    expect(r.value.lines[1]?.serviceDate).toBe('2026-01-15');
    expect(r.value.lines[1]?.lineNumber).toBe(2);
    // Parsing what it produced gives the same claim.
    expect(parseClaimJson(JSON.parse(JSON.stringify(r.value)))).toEqual(r);
  });

  it('names the path of every problem and does not stop at the first', () => {
    const bad = structuredClone(valid) as Record<string, unknown>;
    (bad.lines as Record<string, unknown>[])[1]!.charge = 75.5;
    (bad.diagnoses as Record<string, unknown>[])[0]!.code = '11.22';
    delete (bad.subscriber as Record<string, unknown>).memberId;
    const r = parseClaimJson(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((p) => p.path).sort()).toEqual([
      'diagnoses[0].code',
      'lines[1].charge',
      'subscriber.memberId',
    ]);
  });

  it('keeps ICD-9-CM codes as sent and a pay-to provider without a name', () => {
    const old = {
      ...structuredClone(valid),
      diagnoses: [{ code: '25000', kind: 'principal', codeSystem: 'icd9cm' }],
      providers: [...valid.providers, { role: 'payTo', entity: 'organization', name: { last: '' } }],
    };
    const r = parseClaimJson(old);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.diagnoses[0]).toEqual({ code: '25000', kind: 'principal', codeSystem: 'icd9cm' });
    expect(parseClaimJson({ ...old, diagnoses: [{ code: '25000', kind: 'principal' }] }).ok).toBe(false);
  });

  it('rejects what is not a claim', () => {
    const r = parseClaimJson([1, 2]);
    expect(r.ok).toBe(false);
  });
});
