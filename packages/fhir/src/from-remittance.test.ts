import type { Cents, ClaimPayment, IsoDate } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { fromClaimPayment } from './from-remittance.ts';
import { readFhir } from './read/load.ts';
import { fixtureClaim } from './testing/fixture-claim.ts';
import { toFhirEob } from './write/eob.ts';

const c = (n: number) => n as Cents;

describe('835 claim payment → decision → ExplanationOfBenefit', () => {
  const claim = {
    ...fixtureClaim(),
    lines: fixtureClaim().lines.map((l) => ({ ...l, controlNumber: `L${l.lineNumber}` })),
  };
  const payment: ClaimPayment = {
    claimId: claim.id,
    status: '1',
    billed: c(32500),
    paid: c(21000),
    patientResponsibility: c(3000),
    filingIndicator: 'CI',
    payerClaimControlNumber: 'PAYER-77',
    adjustments: [],
    patient: { name: claim.patient.name },
    remarks: [],
    // The payer answers line 2 first; REF*6R says which line each is.
    services: [
      {
        modifiers: [],
        billed: c(15000),
        paid: c(9000),
        controlNumber: 'L2',
        allowed: c(12000),
        adjustments: [
          { group: 'CO', reason: '45', amount: c(3000) },
          { group: 'PR', reason: '2', amount: c(3000) },
        ],
        remarks: ['N130'],
      },
      {
        modifiers: [],
        billed: c(17500),
        paid: c(12000),
        controlNumber: 'L1',
        adjustments: [{ group: 'CO', reason: '45', amount: c(5500) }],
        remarks: [],
      },
    ],
  };

  it('matches service lines by control number and carries amounts, adjustments and remarks', () => {
    const { decision } = fromClaimPayment(claim, payment, '2024-04-01' as IsoDate);
    expect(decision).toMatchObject({
      outcome: 'complete',
      paid: 21000,
      patientResponsibility: 3000,
      payerClaimId: 'PAYER-77',
      paymentDate: '2024-04-01',
    });
    expect(decision.lines.map((l) => [l.lineNumber, l.paid, l.allowed, l.patientResponsibility])).toEqual([
      [2, 9000, 12000, 3000],
      [1, 12000, undefined, undefined],
    ]);
  });

  it('reads back from the EOB it writes', () => {
    const adjudicated = fromClaimPayment(claim, payment);
    const [item] = [...readFhir(JSON.stringify(toFhirEob(adjudicated, { created: '2024-04-02' })))];
    if (item?.kind !== 'claim') expect.fail(JSON.stringify(item));
    expect(item.claim).toEqual(claim);
    // The EOB lists line decisions in item order.
    const byLine = [...adjudicated.decision.lines].sort((a, b) => a.lineNumber - b.lineNumber);
    expect(item.decision).toEqual({ ...adjudicated.decision, lines: byLine });
  });
});
