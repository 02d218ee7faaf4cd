// Every 835 written from adjudicated claims balances (TR3 section 1.10.2) and parses back to the
// same remittance with the x12 package's reader; reversals that outweigh payments get a PLB
// forward balance; pended claims stay off the 835.
import { type Claim, type IsoDate, type Remittance, remittanceImbalances } from '@medcode/domain';
import { parse835Sync, write835 } from '@medcode/x12';
import { describe, expect, it } from 'vitest';
import { AccumulatorLedger } from '../accumulators/ledger.ts';
import { adjudicate } from '../adjudicate/adjudicate.ts';
import type { ClaimResult } from '../adjudicate/types.ts';
import { makeClaim } from '../testing/claims.ts';
import { context } from '../testing/context.ts';
import { buildRemittances } from './remittance.ts';

const DATE = '2026-08-07' as IsoDate;
const envelope = {
  sender: { id: 'MEDICARE' },
  receiver: { id: 'CLINIC' },
  date: '20260807',
  time: '1200',
  controlNumber: 7,
};

function roundTrip(remittances: Remittance[]): Remittance[] {
  const text = write835(remittances, envelope);
  const items = parse835Sync(text);
  const problems = items.filter((i) => i.kind === 'problem');
  expect(problems).toEqual([]);
  for (const i of items) {
    if (i.kind === 'remittance') expect([...i.errors, ...i.warnings]).toEqual([]);
    if (i.kind === 'transaction') expect(i.ack.code).toBe('A');
  }
  return items.flatMap((i) => (i.kind === 'remittance' ? [i.remittance] : []));
}

function batch(): { claim: Claim; result: ClaimResult }[] {
  const ctx = context('medicare-b', { ledger: new AccumulatorLedger() });
  const claims = [
    makeClaim({ id: 'OFFICE', lines: [{ code: '99214', charge: 20000 }] }),
    makeClaim({
      id: 'SKIN',
      diagnoses: ['L02.411', 'L98.9'],
      lines: [
        { code: '10060', charge: 30000, pointers: [1] },
        { code: '11102', charge: 30000, pointers: [2] },
        { code: '12002', charge: 40000, pointers: [1] },
        { code: '12001', charge: 30000, pointers: [1] },
      ],
    }),
    makeClaim({ id: 'ENDED', memberId: '1EG4TE5MK74', lines: [{ code: '99213', charge: 15000 }] }),
    makeClaim({ id: 'LAB', referring: true, diagnoses: ['E11.9'], lines: [{ code: '80053', charge: 9000 }] }),
    makeClaim({ id: 'UNLISTED', diagnoses: ['L98.9'], lines: [{ code: '17999', charge: 50000 }] }),
    makeClaim({ id: 'OTHER-NPI', npi: '1555555550', lines: [{ code: '99213', charge: 15000 }] }),
  ];
  return claims.map((claim) => ({ claim, result: adjudicate(claim, ctx) }));
}

describe('835 from adjudicated claims', () => {
  const items = batch();
  const plan = context('medicare-b').plan;
  const remittances = buildRemittances(items, plan, { date: DATE, traceNumber: 'EFT0001' });

  it('one remittance per payee; pended claims are left off', () => {
    expect(remittances).toHaveLength(2);
    const ids = remittances.flatMap((r) => r.claims.map((c) => c.claimId));
    expect(ids).toEqual(['OFFICE', 'SKIN', 'ENDED', 'LAB', 'OTHER-NPI']);
    expect(items.find((i) => i.claim.id === 'UNLISTED')!.result.status).toBe('pended');
  });

  it('balances at line, claim and transaction level', () => {
    for (const r of remittances) expect(remittanceImbalances(r)).toEqual([]);
    const denied = remittances[0]!.claims.find((c) => c.claimId === 'ENDED')!;
    expect(denied.status).toBe('4');
    expect(denied.patientResponsibility).toBe(15000);
  });

  it('parses back to the same remittances', () => {
    const back = roundTrip(remittances);
    expect(back).toHaveLength(remittances.length);
    back.forEach((b, i) => {
      const w = remittances[i]!;
      expect(b.payment.amount).toBe(w.payment.amount);
      expect(b.claims.map((c) => [c.claimId, c.status, c.billed, c.paid, c.patientResponsibility])).toEqual(
        w.claims.map((c) => [c.claimId, c.status, c.billed, c.paid, c.patientResponsibility]),
      );
      expect(
        b.claims.flatMap((c) =>
          c.services.map((s) => [s.procedure, s.billed, s.paid, s.allowed, s.adjustments, s.remarks]),
        ),
      ).toEqual(
        w.claims.flatMap((c) =>
          c.services.map((s) => [s.procedure, s.billed, s.paid, s.allowed, s.adjustments, s.remarks]),
        ),
      );
      expect(remittanceImbalances(b)).toEqual([]);
    });
  });

  it('the NCCI denial travels as CO-236 with its remark', () => {
    const skin = remittances[0]!.claims.find((c) => c.claimId === 'SKIN')!;
    const bundled = skin.services.find((s) => s.procedure === '12001')!;
    expect(bundled.paid).toBe(0);
    expect(bundled.adjustments).toEqual([{ group: 'CO', reason: '236', amount: 30000 }]);
    expect(bundled.remarks).toEqual(['M15']);
  });
});

describe('reversals and the provider-level adjustment', () => {
  it('a void alone makes a negative total: PLB FB brings BPR to zero, and it still balances and parses', () => {
    const ledger = new AccumulatorLedger();
    const ctx = context('medicare-b', { ledger });
    const claim = makeClaim({
      id: 'SURG',
      pos: '24',
      diagnoses: ['M23.221'],
      lines: [{ code: '29881', charge: 250000, modifiers: ['RT'] }],
    });
    const paid = adjudicate(claim, ctx);
    const voidClaim = { ...claim, frequencyCode: '8' };
    const voided = adjudicate(voidClaim, ctx);
    const [r] = buildRemittances([{ claim: voidClaim, result: voided }], ctx.plan, {
      date: DATE,
      traceNumber: 'EFT0002',
    });
    expect(r!.claims).toHaveLength(1);
    expect(r!.claims[0]!.status).toBe('22');
    expect(r!.claims[0]!.paid).toBe(-paid.paid);
    expect(r!.payment).toMatchObject({ amount: 0, handling: 'H', method: 'NON' });
    expect(r!.providerAdjustments[0]!.items).toEqual([
      expect.objectContaining({ reason: 'FB', amount: -paid.paid }),
    ]);
    expect(remittanceImbalances(r!)).toEqual([]);
    const [back] = roundTrip([r!]);
    expect(back!.providerAdjustments[0]!.items[0]!.amount).toBe(-paid.paid);
    expect(remittanceImbalances(back!)).toEqual([]);
  });

  it('a replacement carries the reversal first, then the new decision; no PLB when the net is positive', () => {
    const ledger = new AccumulatorLedger();
    const ctx = context('medicare-b', { ledger });
    const claim = makeClaim({ id: 'VISIT', lines: [{ code: '99214', charge: 20000 }] });
    adjudicate(claim, ctx);
    const replacement = makeClaim({ id: 'VISIT', frequency: '7', lines: [{ code: '99215', charge: 30000 }] });
    const result = adjudicate(replacement, ctx);
    const [r] = buildRemittances([{ claim: replacement, result }], ctx.plan, {
      date: DATE,
      traceNumber: 'EFT0003',
    });
    expect(r!.claims.map((c) => c.status)).toEqual(['22', '1']);
    expect(r!.providerAdjustments).toEqual([]);
    expect(remittanceImbalances(r!)).toEqual([]);
    expect(roundTrip([r!])[0]!.claims.map((c) => c.paid)).toEqual(r!.claims.map((c) => c.paid));
  });
});
