// The same claim adjudicated twice changes the accumulators once; a replacement takes the place
// of the original (and reverses its payment); a void takes it back; a reviewer's override is
// applied and audited. Over the installed fee tables and the shipped Medicare Part B plan.
import type { Cents, IsoDate } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { AccumulatorLedger } from '../accumulators/ledger.ts';
import { makeClaim } from '../testing/claims.ts';
import { context } from '../testing/context.ts';
import { adjudicate } from './adjudicate.ts';
import { idempotencyKey } from './identity.ts';

const year = '2026-01-01';
const tier = 'participating';
const totals = (ledger: AccumulatorLedger) => ledger.totals('1EG4TE5MK73', 'medicare-b', year, tier);
const surgery = (charge = 250000, frequency = '1') =>
  makeClaim({
    id: 'SURG-1',
    pos: '24',
    diagnoses: ['M23.221'],
    frequency,
    lines: [{ code: '29881', charge, modifiers: ['RT'] }],
  });

describe('idempotency', () => {
  it('the same claim twice: same decision, accumulators changed once', () => {
    const ledger = new AccumulatorLedger();
    const ctx = context('medicare-b', { ledger });
    const first = adjudicate(surgery(), ctx);
    const once = totals(ledger);
    expect(once.deductible).toBeGreaterThan(0);
    const second = adjudicate(surgery(), ctx);
    expect(second.replay).toBe(true);
    expect(first.replay).toBe(false);
    expect(totals(ledger)).toEqual(once);
    expect(second.lines).toEqual(first.lines);
    expect(second.reversal).toBeUndefined();
    expect(ledger.snapshot().entries).toHaveLength(1);
  });

  it('the key is claim id + frequency + content hash, and key order in the claim does not matter', () => {
    const a = surgery();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(idempotencyKey(reordered)).toBe(idempotencyKey(a));
    expect(idempotencyKey(a)).toMatch(/^SURG-1:1:[0-9a-f]{16}$/);
    expect(idempotencyKey(surgery(250001))).not.toBe(idempotencyKey(a));
  });

  it('a ledger snapshot restores the same totals (what the service persists)', () => {
    const ledger = new AccumulatorLedger();
    adjudicate(surgery(), context('medicare-b', { ledger }));
    const restored = new AccumulatorLedger(JSON.parse(JSON.stringify(ledger.snapshot())));
    expect(totals(restored)).toEqual(totals(ledger));
    const again = adjudicate(surgery(), context('medicare-b', { ledger: restored }));
    expect(again.replay).toBe(true);
    expect(totals(restored)).toEqual(totals(ledger));
  });

  it('a replacement (frequency 7) replaces the original: accumulators as if only it came, payment reversed', () => {
    const ledger = new AccumulatorLedger();
    const ctx = context('medicare-b', { ledger });
    const original = adjudicate(surgery(), ctx);
    const replacement = adjudicate(surgery(180000, '7'), ctx);
    expect(replacement.replay).toBe(false);
    expect(replacement.reversal?.status).toBe('22');
    expect(replacement.reversal?.paid).toBe(-original.paid);
    const alone = new AccumulatorLedger();
    adjudicate(surgery(180000, '7'), context('medicare-b', { ledger: alone }));
    expect(totals(ledger)).toEqual(totals(alone));
  });

  it('a void (frequency 8) takes the claim back; voiding again changes nothing', () => {
    const ledger = new AccumulatorLedger();
    const ctx = context('medicare-b', { ledger });
    const paid = adjudicate(surgery(), ctx);
    const voided = adjudicate(surgery(250000, '8'), ctx);
    expect(voided.status).toBe('voided');
    expect(voided.reversal?.paid).toBe(-paid.paid);
    expect(totals(ledger)).toEqual({ deductible: 0, outOfPocket: 0 });
    const again = adjudicate(surgery(250000, '8'), ctx);
    expect(again.replay).toBe(true);
    expect(again.reversal).toBeUndefined();
  });

  it('a pended claim leaves the ledger alone until it is decided', () => {
    const ledger = new AccumulatorLedger();
    const ctx = context('medicare-b', { ledger });
    const r = adjudicate(
      makeClaim({ id: 'UNLISTED', diagnoses: ['L98.9'], lines: [{ code: '17999', charge: 50000 }] }),
      ctx,
    );
    expect(r.status).toBe('pended');
    expect(ledger.snapshot().entries).toHaveLength(0);
  });

  it('a dry run decides without touching the ledger', () => {
    const ledger = new AccumulatorLedger();
    const r = adjudicate(surgery(), { ...context('medicare-b', { ledger }), dryRun: true });
    expect(r.paid).toBeGreaterThan(0);
    expect(ledger.snapshot().entries).toHaveLength(0);
  });
});

describe('reviewer overrides', () => {
  const at = '2026-08-05T10:00:00Z';
  const unlisted = () =>
    makeClaim({ id: 'UNLISTED', diagnoses: ['L98.9'], lines: [{ code: '17999', charge: 50000 }] });

  it('pay a pended line at the amount the reviewer set: decided, audited, accumulated', () => {
    const ledger = new AccumulatorLedger();
    const ctx = {
      ...context('medicare-b', { ledger }),
      overrides: [
        {
          lineNumber: 1,
          action: 'pay' as const,
          reviewer: 'rn.kim',
          reason: 'op report reviewed',
          at,
          allowed: 20000 as Cents,
        },
      ],
    };
    const r = adjudicate(unlisted(), ctx);
    const l = r.lines[0]!;
    expect(r.status).toBe('processed');
    expect(l.allowed).toBe(20000);
    // Set aside: the review rule, and the missing fee (17999 is contractor priced, PFS status C).
    expect(l.setAside.map((x) => x.code)).toEqual(['AJ028', 'AJ029']);
    expect(l.remarks).toContain('N10');
    expect(r.audit).toEqual([
      expect.objectContaining({
        reviewer: 'rn.kim',
        lineNumber: 1,
        action: 'pay',
        before: expect.objectContaining({ status: 'pended', reasons: ['AJ028'] }),
        after: expect.objectContaining({ status: 'paid', paid: l.paid }),
      }),
    ]);
    expect(ledger.snapshot().entries).toHaveLength(1);
  });

  it('pay without an amount on a line no schedule prices stays pended', () => {
    const ctx = {
      ...context('medicare-b'),
      overrides: [{ lineNumber: 1, action: 'pay' as const, reviewer: 'rn.kim', reason: 'ok', at }],
    };
    expect(adjudicate(unlisted(), ctx).lines[0]!.status).toBe('pended');
  });

  it('reverse a denial: the NCCI-bundled line is paid, with N11', () => {
    const claim = makeClaim({
      id: 'REPAIR',
      diagnoses: ['S51.811A'],
      lines: [
        { code: '12002', charge: 40000 },
        { code: '12001', charge: 30000 },
      ],
    });
    const ctx = {
      ...context('medicare-b'),
      overrides: [
        {
          lineNumber: 2,
          action: 'pay' as const,
          reviewer: 'md.ortiz',
          reason: 'separate wound, documented',
          at,
        },
      ],
    };
    const r = adjudicate(claim, ctx);
    expect(r.lines[1]!.status).not.toBe('denied');
    expect(r.lines[1]!.setAside[0]!.message).toMatch(/^NP001/);
    expect(r.lines[1]!.remarks).toContain('N11');
    expect(r.audit[0]!.before.status).toBe('denied');
  });

  it("deny with the reviewer's reason; re-adjudicating with the override replaces the paid decision", () => {
    const ledger = new AccumulatorLedger();
    const base = context('medicare-b', { ledger });
    const paid = adjudicate(surgery(), base);
    const denied = adjudicate(surgery(), {
      ...base,
      received: '2026-08-10' as IsoDate,
      overrides: [
        {
          lineNumber: 1,
          action: 'deny',
          reviewer: 'md.ortiz',
          reason: 'not medically necessary',
          at,
          denial: { group: 'CO', carc: '50', rarc: ['N115'] },
        },
      ],
    });
    const l = denied.lines[0]!;
    expect(l.adjustments).toEqual([{ group: 'CO', reason: '50', amount: 250000 }]);
    expect(l.remarks).toEqual(['N115', 'N10']);
    expect(denied.reversal?.paid).toBe(-paid.paid);
    expect(totals(ledger)).toEqual({ deductible: 0, outOfPocket: 0 });
  });
});
