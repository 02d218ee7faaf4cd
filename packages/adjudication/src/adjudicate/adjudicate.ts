/**
 * @module adjudicate/adjudicate
 * `adjudicate(claim, context)`: the insurer's decision on a claim. The stages run in the order a
 * payer's system runs them, each closing the lines it denies or pends so later stages skip them:
 *   1 eligibility (members file, or predict mode)     eligibility.ts
 *   2 claim edits with the payer's pack (NCCI ...)    edits.ts
 *   3 filing limit, coordination, benefits, limits    benefits.ts
 *   4 pricing (PFS, CLFS, the plan's table)           ../pricing/price-lines.ts
 *   5 cost sharing with accumulators                  cost-share.ts
 *   6 the decision per line, in money and X12 terms   decide.ts
 * The ledger records the claim once it is decided (not while a line is pended), replacing the
 * claim's earlier entry: the same submission twice changes the accumulators once. Reviewer
 * overrides re-run the stages with the reviewer's decision and leave an audit record of what
 * the line was before and after.
 */
import { type Adjustment, type Cents, type Claim, claimServiceDate, type HcpcsCode } from '@medcode/domain';
import type { ServiceUse } from '../accumulators/ledger.ts';
import { planVersionOn } from '../plan/parse.ts';
import type { PlanVersion } from '../plan/schema.ts';
import type { PriceEnv } from '../pricing/base-fee.ts';
import { NATIONAL_GPCI } from '../pricing/pfs-amount.ts';
import { type LineToPrice, priceLines } from '../pricing/price-lines.ts';
import { claimPayment, reversalOf } from '../out/claim-payment.ts';
import { reason } from '../reasons.ts';
import { applyBenefits } from './benefits.ts';
import { applyCostShare } from './cost-share.ts';
import { decideLine } from './decide.ts';
import { runEdits } from './edits.ts';
import { checkEligibility } from './eligibility.ts';
import { claimRef, contentHash, idempotencyKey } from './identity.ts';
import { close, closeAll, isOpen, type LineState, lineStates } from './line-state.ts';
import type { AdjudicationContext, AuditRecord, ClaimResult, LineResult } from './types.ts';

const sum = (xs: readonly number[]): Cents => xs.reduce((a, b) => a + b, 0) as Cents;

function priceEnv(v: PlanVersion, ctx: AdjudicationContext, on: string): Omit<PriceEnv, 'tierPercent'> {
  const loc = v.pricing.locality;
  if (!loc) return { fees: ctx.fees, pricing: v.pricing, gpci: NATIONAL_GPCI, gpciLabel: 'GPCI 1.0', on };
  const g = ctx.fees.gpci(loc.mac, loc.locality, on);
  if (!g)
    return {
      fees: ctx.fees,
      pricing: v.pricing,
      gpci: NATIONAL_GPCI,
      gpciLabel: `GPCI 1.0 (locality ${loc.mac}/${loc.locality} not found)`,
      on,
    };
  return {
    fees: ctx.fees,
    pricing: v.pricing,
    gpci: { work: g.work, pe: g.pe, mp: g.mp },
    gpciLabel: `GPCI ${g.mac}/${g.locality} ${g.name} (${g.evidence.version}${g.evidence.covers ? '' : ', nearest release'})`,
    on,
  };
}

function price(claim: Claim, v: PlanVersion, ctx: AdjudicationContext, states: LineState[]): void {
  const open = states.filter((s) => isOpen(s) && s.benefit && s.tier);
  const lines: LineToPrice[] = open.map((s) => ({
    index: s.index,
    line: s.line,
    benefit: s.benefit!,
    units: s.units,
    env: { ...priceEnv(v, ctx, s.line.serviceDate), tierPercent: s.tier!.allowedPercent },
  }));
  for (const p of priceLines(claim, lines)) {
    const s = states[p.index]!;
    if (p.kind === 'priced') {
      s.price = p.price;
      continue;
    }
    const allowed = s.override?.action === 'pay' ? s.override.allowed : undefined;
    if (allowed === undefined) {
      // A line without an amount cannot be paid, override or not.
      if (s.override?.action === 'pay')
        s.decided = {
          kind: 'pend',
          reason: reason('AJ029', `${p.reason.message}; the reviewer gave no allowed amount`),
        };
      else close(s, p.kind, p.reason);
      continue;
    }
    s.setAside.push(p.reason);
    const charge = s.line.charge;
    s.price = {
      trace: {
        schedule: 'table',
        unitFee: allowed,
        steps: [`allowed amount set by ${s.override!.reviewer}`],
        evidence: [],
      },
      units: s.units,
      fullFee: allowed,
      fee: allowed,
      charge,
      allowed: Math.min(charge, allowed) as Cents,
      ranks: [],
    };
  }
}

function claimStatusCode(claim: Claim, lines: readonly LineResult[]): string {
  if (lines.length > 0 && lines.every((l) => l.status === 'denied')) return '4';
  const r = claim.subscriber.payerResponsibility;
  return r === 'S' ? '2' : r === 'T' ? '3' : '1';
}

interface Run {
  result: ClaimResult;
  services: ServiceUse[];
}

function run(claim: Claim, ctx: AdjudicationContext, withOverrides: boolean): Run {
  const ref = claimRef(claim);
  const key = idempotencyKey(claim);
  const dos = claimServiceDate(claim) ?? ctx.received;
  const version = planVersionOn(ctx.plan, dos);
  const states = lineStates(claim.lines, withOverrides ? (ctx.overrides ?? []) : []);
  const elig = checkEligibility(claim, ctx.plan, ctx.members, states);
  const history = ctx.ledger.services(elig.memberId, ctx.plan.plan, ref);
  const previous = ctx.ledger.entry(elig.memberId, ref);
  let findings: ClaimResult['findings'] = [];
  let accumulators: ClaimResult['accumulators'] = [];
  if (!version) {
    closeAll(states, 'deny', () =>
      reason('AJ004', `plan ${ctx.plan.plan} has no version in force on ${dos}`),
    );
  } else {
    findings = runEdits(claim, ctx, history, states);
    applyBenefits(
      {
        claim,
        version,
        planName: ctx.plan.plan,
        member: elig.member,
        predicted: elig.predicted,
        received: ctx.received,
        history,
        onClfs: (code, on) => ctx.fees.clfs(code as HcpcsCode, on) !== undefined,
      },
      states,
    );
    price(claim, version, ctx, states);
    accumulators = applyCostShare(
      { claim, version, plan: ctx.plan.plan, memberId: elig.memberId, claimRef: ref, ledger: ctx.ledger },
      states,
    );
  }
  const lines = states.map(decideLine);
  const lineTotal = sum(lines.map((l) => l.billed));
  // The claim total (CLM02) should be the sum of its lines (edit ST010 denies it otherwise); a
  // difference is adjusted at claim level so the 835 still balances.
  const claimAdjustments: Adjustment[] =
    claim.totalCharge !== lineTotal
      ? [{ group: 'CO', reason: '16', amount: (claim.totalCharge - lineTotal) as Cents }]
      : [];
  const pended = lines.some((l) => l.status === 'pended');
  const status = pended ? 'pended' : lines.every((l) => l.status === 'denied') ? 'denied' : 'processed';
  const result: ClaimResult = {
    claimId: claim.id,
    idempotencyKey: key,
    replay: previous?.idempotencyKey === key,
    mode: ctx.members ? 'members' : 'predict',
    plan: { plan: ctx.plan.plan, title: ctx.plan.title, ...(version ? { version: version.version } : {}) },
    memberId: elig.memberId,
    status,
    claimStatusCode: claimStatusCode(claim, lines),
    billed: claim.totalCharge,
    allowed: sum(lines.map((l) => l.allowed)),
    paid: sum(lines.map((l) => l.paid)),
    patientResponsibility: sum(
      [...lines.flatMap((l) => l.adjustments), ...claimAdjustments]
        .filter((a) => a.group === 'PR')
        .map((a) => a.amount),
    ),
    claimAdjustments,
    lines,
    findings,
    accumulators,
    audit: [],
    received: ctx.received,
  };
  const services: ServiceUse[] = lines
    .filter((l) => (l.status === 'paid' || l.status === 'adjusted') && l.procedure !== undefined)
    .map((l) => ({
      procedure: l.procedure!,
      date: l.serviceDate,
      units: l.pricing?.units ?? l.units,
      claimId: claim.id,
      lineNumber: l.lineNumber,
    }));
  return { result, services };
}

function audit(
  claim: Claim,
  ctx: AdjudicationContext,
  before: ClaimResult,
  after: ClaimResult,
): AuditRecord[] {
  return (ctx.overrides ?? []).flatMap((o) => {
    const b = before.lines.find((l) => l.lineNumber === o.lineNumber);
    const a = after.lines.find((l) => l.lineNumber === o.lineNumber);
    if (!b || !a) return [];
    return [
      {
        kind: 'override' as const,
        at: o.at,
        reviewer: o.reviewer,
        claimId: claim.id,
        lineNumber: o.lineNumber,
        action: o.action,
        reason: o.reason,
        before: { status: b.status, reasons: b.reasons.map((r) => r.code), paid: b.paid },
        after: { status: a.status, reasons: a.reasons.map((r) => r.code), paid: a.paid },
      },
    ];
  });
}

/** The payer's claim control number (CLP07): the payer id and the submission's content hash. */
export const payerClaimId = (claim: Claim): string => contentHash(claim).toUpperCase();

export function adjudicate(claim: Claim, ctx: AdjudicationContext): ClaimResult {
  if (claim.frequencyCode === '8') return voidClaim(claim, ctx);
  let { result, services } = run(claim, ctx, false);
  if ((ctx.overrides ?? []).some((o) => claim.lines.some((l) => l.lineNumber === o.lineNumber))) {
    const before = result;
    ({ result, services } = run(claim, ctx, true));
    result.audit = audit(claim, ctx, before, result);
  }
  if (result.status === 'pended') return result;
  const ref = claimRef(claim);
  const previous = ctx.ledger.entry(result.memberId, ref);
  const payment = claimPayment(result, claim, ctx.plan.filingIndicator, payerClaimId(claim));
  // A new submission of a paid claim (a replacement, or a reviewer's new decision) takes the
  // earlier payment back before paying again; a retry of the same submission pays the same.
  if (previous?.payment && JSON.stringify(previous.payment) !== JSON.stringify(payment))
    result.reversal = reversalOf(previous.payment);
  if (!ctx.dryRun)
    ctx.ledger.record({
      claimRef: ref,
      idempotencyKey: result.idempotencyKey,
      memberId: result.memberId,
      plan: ctx.plan.plan,
      deltas: result.accumulators.map((a) => ({
        year: a.year,
        tier: a.tier,
        deductible: (a.after.deductible - a.before.deductible) as Cents,
        outOfPocket: (a.after.outOfPocket - a.before.outOfPocket) as Cents,
      })),
      services,
      payment,
    });
  return result;
}

/** A void (frequency 8): the earlier decision is taken back, accumulators and payment alike. */
function voidClaim(claim: Claim, ctx: AdjudicationContext): ClaimResult {
  const elig = checkEligibility(claim, ctx.plan, ctx.members, lineStates(claim.lines));
  const ref = claimRef(claim);
  const previous = ctx.ledger.entry(elig.memberId, ref);
  const version = planVersionOn(ctx.plan, claimServiceDate(claim) ?? ctx.received);
  const result: ClaimResult = {
    claimId: claim.id,
    idempotencyKey: idempotencyKey(claim),
    // Nothing left to take back: this void was processed already (or the claim was never paid).
    replay: previous === undefined,
    mode: ctx.members ? 'members' : 'predict',
    plan: { plan: ctx.plan.plan, title: ctx.plan.title, ...(version ? { version: version.version } : {}) },
    memberId: elig.memberId,
    status: 'voided',
    claimStatusCode: '22',
    billed: claim.totalCharge,
    allowed: 0 as Cents,
    paid: 0 as Cents,
    patientResponsibility: 0 as Cents,
    claimAdjustments: [],
    lines: [],
    findings: [],
    accumulators: [],
    audit: [],
    received: ctx.received,
  };
  if (previous?.payment) result.reversal = reversalOf(previous.payment);
  if (previous && !ctx.dryRun) ctx.ledger.remove(elig.memberId, ref);
  return result;
}
