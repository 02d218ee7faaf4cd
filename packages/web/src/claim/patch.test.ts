import { describe, expect, it } from 'vitest';
import type { ClaimWire } from '../api/wire.ts';
import { applyPatch } from './patch.ts';

const base = {
  kind: 'professional',
  id: 'T-2',
  totalCharge: 29000,
  frequencyCode: '1',
  patient: { name: { last: 'Test' } },
  patientRelationship: '18',
  subscriber: {
    person: { name: { last: 'Test' } },
    memberId: 'M1',
    payerResponsibility: 'P',
    payer: { name: 'P', id: '1' },
  },
  otherSubscribers: [],
  providers: [],
  diagnoses: [
    { code: 'S9340', kind: 'principal' },
    { code: 'I10', kind: 'other' },
  ],
  inpatientProcedures: [],
  institutionalCodes: [],
  lines: [1, 2].map((n) => ({
    lineNumber: n,
    procedure: '9921' + n,
    modifiers: [],
    units: 1,
    unitKind: 'UN',
    charge: 12000,
    diagnosisPointers: [1, 2],
    serviceDate: '2026-05-14',
    providers: [],
    priorAdjudications: [],
  })),
} satisfies ClaimWire;

describe('applyPatch (a finding fix)', () => {
  it('replaces a field (ST010: the total becomes the sum of the lines)', () => {
    const r = applyPatch(base, [{ op: 'replace', path: '/totalCharge', value: 24000 }]);
    expect(r.ok && r.value.totalCharge).toBe(24000);
    expect(base.totalCharge).toBe(29000);
  });

  it('replaces a code inside an array (CC008: the X-filled code)', () => {
    const r = applyPatch(base, [{ op: 'replace', path: '/diagnoses/0/code', value: 'S93401A' }]);
    expect(r.ok && r.value.diagnoses[0]).toEqual({ code: 'S93401A', kind: 'principal' });
  });

  it('removes a line and renumbers (ST009: the duplicate line)', () => {
    const r = applyPatch(base, [{ op: 'remove', path: '/lines/0' }]);
    expect(r.ok && r.value.lines.map((l) => [l.lineNumber, l.procedure])).toEqual([[1, '99212']]);
  });

  it('removes a diagnosis and keeps the pointers right', () => {
    const r = applyPatch(base, [{ op: 'remove', path: '/diagnoses/0' }]);
    expect(r.ok && r.value.lines.map((l) => l.diagnosisPointers)).toEqual([[1], [1]]);
  });

  it('refuses, in words, a patch that does not fit the claim', () => {
    const r = applyPatch(base, [{ op: 'replace', path: '/diagnoses/7/code', value: 'I10' }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/diagnoses\/7/);
    expect(applyPatch(base, [{ op: 'replace', path: 'totalCharge', value: 1 }]).ok).toBe(false);
  });

  it('reads escaped JSON-Pointer tokens (RFC 6901: ~1 is "/", ~0 is "~")', () => {
    const withOdd = { ...base, note: 'x' } as ClaimWire & Record<string, unknown>;
    const r = applyPatch(withOdd, [{ op: 'add', path: '/a~1b~0c', value: 1 }]);
    expect(r.ok && (r.value as unknown as Record<string, unknown>)['a/b~c']).toBe(1);
  });
});
