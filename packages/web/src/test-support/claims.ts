/**
 * Test support: a small professional claim in the wire form (three diagnoses, three lines),
 * and a stored claim around it, for the pure modules' tests.
 */
import type { Finding } from '@medcode/domain';
import type { ClaimStatus, StoredClaim } from '../api/types.ts';
import type { ClaimWire, LineWire } from '../api/wire.ts';

const line = (n: number, procedure: string, pointers: number[], charge = 1000 * n): LineWire => ({
  lineNumber: n,
  procedure,
  modifiers: [],
  units: 1,
  unitKind: 'UN',
  charge,
  diagnosisPointers: pointers,
  serviceDate: '2026-05-14',
  providers: [],
  priorAdjudications: [],
});

export function testClaim(): ClaimWire {
  return {
    kind: 'professional',
    id: 'T-1',
    totalCharge: 6000,
    frequencyCode: '1',
    patient: { name: { last: 'Test', first: 'Pat' }, birthDate: '1954-02-03', sex: 'F' },
    patientRelationship: '18',
    subscriber: {
      person: { name: { last: 'Test' } },
      memberId: 'M1',
      payerResponsibility: 'P',
      payer: { name: 'Medicare Part B', id: '00435' },
    },
    otherSubscribers: [],
    providers: [{ role: 'rendering', entity: 'person', name: { last: 'Okafor', first: 'Adaeze' } }],
    diagnoses: [
      { code: 'J189', kind: 'principal' },
      { code: 'J441', kind: 'other' },
      { code: 'I10', kind: 'other' },
    ],
    inpatientProcedures: [],
    institutionalCodes: [],
    lines: [line(1, '99214', [1, 2, 3]), line(2, '71046', [2]), line(3, '71045', [3, 1])],
  };
}

export function finding(
  code: string,
  severity: Finding['severity'],
  path: Omit<Finding['path'], 'claimId'> = {},
  extra: Partial<Finding> = {},
): Finding {
  return {
    code,
    severity,
    message: `${code} message`,
    path: { claimId: 'T-1', ...path },
    evidence: [],
    ...extra,
  };
}

let n = 0;
export function stored(over: Partial<StoredClaim> & { status?: ClaimStatus } = {}): StoredClaim {
  n++;
  return {
    id: `c${n}`,
    externalId: `T-${n}`,
    status: 'received',
    payerId: '00435',
    serviceDate: '2026-05-14',
    claim: testClaim(),
    findings: [],
    assignedTo: null,
    priority: 0,
    dueAt: null,
    noteText: null,
    createdAt: Date.UTC(2026, 4, 15),
    updatedAt: Date.UTC(2026, 4, 15),
    version: 1,
    ...over,
  };
}
