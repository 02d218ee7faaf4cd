/**
 * @module adjudicate/benefits
 * Stage 3: what the plan says about each line still open. In order: the timely filing limit
 * (CARC 29), another payer that must pay first (22 with MA04), the benefit category (none:
 * 204 with N130), an exclusion (96 with N130, or N425 for a statutory exclusion), the provider's
 * network tier (242 when the category does not cover the tier), prior authorization (197; with
 * N54 when the number on the claim matches no authorization on file), frequency limits (119 with
 * N640), quantity limits (units above the limit: 119 with N362), and review rules (pended).
 */
import { type Claim, daysBetween, type IsoDate } from '@medcode/domain';
import type { ServiceUse } from '../accumulators/ledger.ts';
import type { Member } from '../members/schema.ts';
import {
  benefitFor,
  codeList,
  exclusionFor,
  limitsFor,
  networkNpi,
  priorAuthFor,
  reviewFor,
  tierFor,
} from '../plan/match.ts';
import { planYearOf } from '../plan/plan-year.ts';
import type { Limit, PlanVersion } from '../plan/schema.ts';
import { reason } from '../reasons.ts';
import { primaryElsewhere } from './eligibility.ts';
import { close, isOpen, type LineState } from './line-state.ts';

const policy = (document: string, section?: string) =>
  ({ kind: 'policy', document, ...(section !== undefined ? { section } : {}) }) as const;

function filing(v: PlanVersion, planName: string, received: IsoDate, states: LineState[]) {
  for (const s of states) {
    if (!isOpen(s)) continue;
    const days = daysBetween(s.line.serviceDate, received);
    if (days > v.timelyFilingDays)
      close(
        s,
        'deny',
        reason(
          'AJ006',
          `received ${received}, ${days} days after the service on ${s.line.serviceDate}; the limit is ${v.timelyFilingDays} days`,
          [policy(`plan ${planName} ${v.version}`, 'timelyFilingDays')],
        ),
      );
  }
}

/** Whether the claim carries what the primary payer paid (2320 AMT*D or 2430 SVD). */
const hasPrimaryPayment = (claim: Claim): boolean =>
  claim.otherSubscribers.some((o) => o.paidAmount !== undefined || o.adjustments.length > 0) ||
  claim.lines.some((l) => l.priorAdjudications.length > 0);

function coordination(claim: Claim, member: Member | undefined, states: LineState[]) {
  if (hasPrimaryPayment(claim)) return;
  for (const s of states) {
    if (!isOpen(s)) continue;
    const primary = primaryElsewhere(member, s.line.serviceDate);
    if (primary)
      close(
        s,
        'deny',
        reason(
          'AJ005',
          `${primary.payer} pays first on ${s.line.serviceDate}; send its remittance with the claim`,
          [{ kind: 'fact', name: 'otherCoverage', value: primary }],
        ),
      );
  }
}

function inWindow(l: Limit & { kind: 'frequency' }, v: PlanVersion, used: ServiceUse, on: string): boolean {
  if (used.date > on) return false;
  if (l.per === 'planYear') return planYearOf(used.date, v.planYearStart) === planYearOf(on, v.planYearStart);
  return daysBetween(used.date as IsoDate, on as IsoDate) < l.per.days;
}

function limits(v: PlanVersion, s: LineState, history: ServiceUse[]) {
  const code = s.line.procedure;
  if (code === undefined) return;
  for (const l of limitsFor(v, s.line)) {
    const list = codeList(l.procedures);
    const ev = [{ kind: 'fact' as const, name: `limit ${l.id}`, value: l }];
    if (l.kind === 'frequency') {
      const used = history.filter((h) => list.has(h.procedure) && inWindow(l, v, h, s.line.serviceDate));
      if (used.length >= l.max) {
        const last = used[used.length - 1]!;
        close(
          s,
          'deny',
          reason(
            'AJ012',
            `${code}: ${l.title}: ${used.length} already (last on ${last.date}, claim ${last.claimId})`,
            ev,
          ),
        );
        return;
      }
    } else {
      const usedUnits = history
        .filter((h) => list.has(h.procedure) && h.date === s.line.serviceDate)
        .reduce((a, h) => a + h.units, 0);
      const left = Math.max(0, l.maxUnitsPerDay - usedUnits);
      if (left === 0) {
        close(
          s,
          'deny',
          reason('AJ013', `${code}: ${l.title}: ${usedUnits} units already on ${s.line.serviceDate}`, ev),
        );
        return;
      }
      if (left < s.units) {
        s.notes.push(
          reason(
            'AJ013',
            `${code}: ${l.title}: ${s.units} units billed, ${left} payable on ${s.line.serviceDate}`,
            ev,
          ),
        );
        s.units = left;
      }
    }
  }
}

function authorization(
  claim: Claim,
  v: PlanVersion,
  member: Member | undefined,
  s: LineState,
  predicted: boolean,
) {
  const rule = priorAuthFor(v, s.line);
  if (!rule) return;
  const ev = [{ kind: 'fact' as const, name: `priorAuthorization ${rule.id}`, value: rule.title }];
  if (rule.source) ev.push({ kind: 'fact', name: 'source', value: rule.source });
  const number = claim.priorAuthorization;
  if (number === undefined || number.trim() === '') {
    close(
      s,
      'deny',
      reason(
        'AJ010',
        `${s.line.procedure} needs prior authorization (${rule.title}); the claim has none (REF*G1)`,
        ev,
      ),
    );
    return;
  }
  if (predicted) return; // the biller's view: the number on the claim is taken as valid
  const code = s.line.procedure ?? '';
  const ok = (member?.authorizations ?? []).some(
    (a) =>
      a.number === number.trim() &&
      codeList(a.procedures).has(code) &&
      a.from <= s.line.serviceDate &&
      s.line.serviceDate <= a.to,
  );
  if (!ok)
    close(
      s,
      'deny',
      reason(
        'AJ011',
        `authorization ${number} on the claim does not cover ${code} on ${s.line.serviceDate}`,
        ev,
      ),
    );
}

export interface BenefitsInput {
  claim: Claim;
  version: PlanVersion;
  planName: string;
  member: Member | undefined;
  predicted: boolean;
  received: IsoDate;
  /** Earlier services of the patient under the plan (not this claim's). */
  history: readonly ServiceUse[];
  /** Whether the clinical lab fee schedule lists a code on a date. */
  onClfs: (code: string, on: string) => boolean;
}

export function applyBenefits(input: BenefitsInput, states: LineState[]): void {
  const { claim, version: v } = input;
  filing(v, input.planName, input.received, states);
  coordination(claim, input.member, states);
  // Lines of this claim count towards its later lines' limits once they pass.
  const history: ServiceUse[] = [...input.history];
  for (const s of states) {
    if (!isOpen(s)) continue;
    const line = s.line;
    const what = line.procedure ?? `revenue code ${line.revenueCode ?? '?'}`;
    const benefit = benefitFor(v, claim, line, input.onClfs);
    if (!benefit) {
      close(
        s,
        'deny',
        reason('AJ007', `${what} is in no covered benefit category of ${input.planName} ${v.version}`, [], {
          group: v.uncoveredLiability === 'patient' ? 'PR' : 'CO',
        }),
      );
      continue;
    }
    s.benefit = benefit;
    const ex = exclusionFor(v, claim, line);
    if (ex) {
      const ev = ex.source ? [policy(ex.source)] : [];
      close(
        s,
        'deny',
        reason(ex.statutory ? 'AJ009' : 'AJ008', `${what}: ${ex.title}`, ev, {
          group: ex.liability === 'patient' ? 'PR' : 'CO',
        }),
      );
      continue;
    }
    const npi = networkNpi(claim, line);
    const tier = tierFor(v, npi);
    if (!tier || benefit.costShare[tier.tier] === undefined) {
      close(
        s,
        'deny',
        reason(
          'AJ014',
          `${benefit.title} is not covered ${tier ? `in tier ${tier.tier}` : 'outside the network'} (provider ${npi ?? 'unknown'})`,
        ),
      );
      continue;
    }
    s.tier = tier;
    authorization(claim, v, input.member, s, input.predicted);
    if (!isOpen(s)) continue;
    limits(v, s, history);
    if (!isOpen(s)) continue;
    const review = reviewFor(v, line);
    if (review) {
      close(
        s,
        'pend',
        reason('AJ028', `${what}: ${review.title}`, review.source ? [policy(review.source)] : []),
      );
      continue;
    }
    if (line.procedure !== undefined)
      history.push({
        procedure: line.procedure,
        date: line.serviceDate,
        units: s.units,
        claimId: claim.id,
        lineNumber: line.lineNumber,
      });
  }
}
