/**
 * @module adjudicate/cost-share
 * Stage 5: the member's share of each priced line, in line order, against the accumulators of
 * the line's plan year and network tier: the copay first (CARC 3), then the deductible still
 * unmet (CARC 1) when the category applies it, then the coinsurance percentage of what remains
 * (CARC 2, rounded half up to the cent). Each part is limited by what is left of the
 * out-of-pocket maximum (which counts deductible, copays and coinsurance alike); once it is
 * reached the plan pays the whole allowed amount. The claim's own earlier contribution is left
 * out of the starting totals, so adjudicating it again gives the same shares.
 * As secondary payer (coordination of benefits, "standard" method), the plan pays what it would
 * have paid as primary, limited to the balance the prior payer left on the allowed amount
 * (OA-23 for the difference); the member's share shrinks to what is still unpaid.
 */
import { type Cents, type Claim, multiplyCents } from '@medcode/domain';
import type { AccumulatorLedger, Totals } from '../accumulators/ledger.ts';
import { planYearOf } from '../plan/plan-year.ts';
import type { PlanVersion } from '../plan/schema.ts';
import { isOpen, type LineState } from './line-state.ts';
import type { AccumulatorChange } from './types.ts';

export interface CostShareInput {
  claim: Claim;
  version: PlanVersion;
  plan: string;
  memberId: string;
  claimRef: string;
  ledger: AccumulatorLedger;
}

/** What the prior payer paid on each line: 2430 SVD02, else the 2320 AMT*D spread over the lines in order. */
function priorPaid(claim: Claim, states: readonly LineState[]): Map<number, Cents> {
  const out = new Map<number, Cents>();
  const lineLevel = claim.lines.some((l) => l.priorAdjudications.length > 0);
  if (lineLevel) {
    for (const s of states)
      out.set(s.index, s.line.priorAdjudications.reduce((a, p) => a + p.paid, 0) as Cents);
    return out;
  }
  let left = claim.otherSubscribers.reduce((a, o) => a + (o.paidAmount ?? 0), 0);
  for (const s of states) {
    const take = Math.min(left, s.price?.allowed ?? 0);
    out.set(s.index, take as Cents);
    left -= take;
  }
  return out;
}

const min = (...xs: number[]): number => Math.max(0, Math.min(...xs));

export function applyCostShare(input: CostShareInput, states: readonly LineState[]): AccumulatorChange[] {
  const { version: v } = input;
  const running = new Map<string, { before: Totals; now: { deductible: number; outOfPocket: number } }>();
  const secondary = input.claim.subscriber.payerResponsibility !== 'P';
  const prior = priorPaid(
    input.claim,
    states.filter((s) => isOpen(s) && s.price),
  );
  for (const s of states) {
    if (!isOpen(s) || !s.price || !s.tier || !s.benefit) continue;
    const tier = s.tier.tier;
    const year = planYearOf(s.line.serviceDate, v.planYearStart);
    const key = `${year}|${tier}`;
    let acc = running.get(key);
    if (!acc) {
      const before = input.ledger.totals(input.memberId, input.plan, year, tier, input.claimRef);
      acc = { before, now: { ...before } };
      running.set(key, acc);
    }
    const limits = v.tiers[tier]!;
    const cs = s.benefit.costShare[tier]!;
    const allowed = s.price.allowed;
    let oopLeft =
      limits.outOfPocketMax === undefined
        ? Number.POSITIVE_INFINITY
        : limits.outOfPocketMax - acc.now.outOfPocket;
    let rest: number = allowed;
    let capped = false;
    const take = (wanted: number): number => {
      const t = min(wanted, rest, oopLeft);
      if (t < wanted) capped ||= oopLeft < Math.min(wanted, rest);
      rest -= t;
      oopLeft -= t;
      return t;
    };
    let copay = take(cs.copay ?? 0);
    let deductible = cs.deductible ? take(limits.deductible - acc.now.deductible) : 0;
    let coinsurance = take(multiplyCents(rest as Cents, cs.coinsurance / 100));
    let paid = allowed - copay - deductible - coinsurance;
    // Coordination of benefits: the prior payer's payment on the line.
    const before = prior.get(s.index) ?? 0;
    let reduction = 0;
    if (secondary && before > 0) {
      const balance = Math.max(0, allowed - before);
      const pay = Math.min(paid, balance);
      let member = Math.max(0, balance - pay);
      // The member's share falls to what is still unpaid: the deductible is kept first (it still
      // counts towards the accumulators), then the copay, then the coinsurance.
      const cut = (x: number): number => {
        const keep = Math.min(x, member);
        member -= keep;
        return keep;
      };
      deductible = cut(deductible);
      copay = cut(copay);
      coinsurance = cut(coinsurance);
      reduction = allowed - pay - deductible - copay - coinsurance;
      paid = pay;
    }
    acc.now.deductible += deductible;
    acc.now.outOfPocket += copay + deductible + coinsurance;
    s.share = {
      tier,
      year,
      copay: copay as Cents,
      deductible: deductible as Cents,
      coinsurance: coinsurance as Cents,
      outOfPocketCapped: capped,
      priorPaid: before as Cents,
      priorPayerReduction: reduction as Cents,
    };
  }
  return [...running.entries()].map(([key, acc]) => {
    const [year, tier] = key.split('|') as [string, string];
    const limits = v.tiers[tier]!;
    return {
      year,
      tier,
      before: acc.before,
      after: { deductible: acc.now.deductible as Cents, outOfPocket: acc.now.outOfPocket as Cents },
      deductibleLimit: limits.deductible,
      ...(limits.outOfPocketMax !== undefined ? { outOfPocketLimit: limits.outOfPocketMax } : {}),
    };
  });
}
