/**
 * @module adjudicate/decide
 * The last stage: each line's decision in money and X12 terms. A denied line adjusts its whole
 * charge under its reason's group and CARC. A priced line adjusts, in this order: the charge of
 * units above a quantity limit (CO-119), the charge above the fee schedule amount (CO-45, or
 * PR-45 from a provider outside the contract, who may bill the member), the multiple procedure
 * reduction (CO-59), the copay (PR-3), the deductible (PR-1), the coinsurance (PR-2) and the
 * prior payer's part (OA-23). By construction billed = paid + Σ adjustments on every line, the
 * balancing rule of the 835 (005010X221A1 section 1.10.2).
 * Status: denied (nothing allowed by a denial), pended (waits for a reviewer), adjusted (a
 * payment rule reduced it: quantity limit, multiple procedures, prior payer), paid (the fee
 * schedule and the member's share alone).
 */
import type { Adjustment, Cents } from '@medcode/domain';
import { type Reason, reason } from '../reasons.ts';
import type { LineState } from './line-state.ts';
import type { LineResult } from './types.ts';

const dollars = (c: number): string => `$${(c / 100).toFixed(2)}`;

function base(
  s: LineState,
): Omit<
  LineResult,
  'status' | 'allowed' | 'paid' | 'patientResponsibility' | 'adjustments' | 'remarks' | 'reasons'
> {
  return {
    lineNumber: s.line.lineNumber,
    ...(s.line.procedure !== undefined ? { procedure: s.line.procedure } : {}),
    modifiers: [...s.line.modifiers],
    units: s.line.units,
    serviceDate: s.line.serviceDate,
    billed: s.line.charge,
    setAside: s.setAside,
    ...(s.benefit ? { benefit: s.benefit.id } : {}),
    ...(s.tier ? { tier: s.tier.tier } : {}),
  };
}

const remarksOf = (reasons: readonly Reason[]): string[] => [...new Set(reasons.flatMap((r) => r.rarc))];

/** The override's remark: N11 when a reviewer reversed a denial, N10 when they decided a pended line. */
function overrideNote(s: LineState): Reason[] {
  const o = s.override;
  if (o?.action !== 'pay' || s.setAside.length === 0) return [];
  const reversed = s.setAside.some((r) => r.group !== 'OA');
  return [
    reason(reversed ? 'AJ033' : 'AJ032', `${o.reviewer}: ${o.reason}`, [], {
      rarc: reversed ? ['N11'] : ['N10'],
    }),
  ];
}

export function decideLine(s: LineState): LineResult {
  const b = base(s);
  if (s.decided) {
    const r = s.decided.reason;
    if (s.decided.kind === 'pend')
      return {
        ...b,
        status: 'pended',
        allowed: 0 as Cents,
        paid: 0 as Cents,
        patientResponsibility: 0 as Cents,
        adjustments: [],
        remarks: [],
        reasons: [r],
      };
    const adjustments: Adjustment[] = [{ group: r.group, reason: r.carc, amount: s.line.charge }];
    return {
      ...b,
      status: 'denied',
      allowed: 0 as Cents,
      paid: 0 as Cents,
      patientResponsibility: (r.group === 'PR' ? s.line.charge : 0) as Cents,
      adjustments,
      remarks: remarksOf([r]),
      reasons: [r],
    };
  }
  const p = s.price!;
  const share = s.share!;
  const contracted = s.tier?.contracted ?? true;
  const cut = s.line.charge - p.charge;
  const overFee = p.charge - Math.min(p.charge, p.fullFee);
  const mppr = Math.min(p.charge, p.fullFee) - p.allowed;
  const reasons: Reason[] = [...s.notes];
  const adj: Adjustment[] = [];
  const add = (group: Adjustment['group'], carc: string, amount: number, r?: Reason) => {
    if (amount === 0) return;
    adj.push({ group, reason: carc, amount: amount as Cents });
    if (r) reasons.push(r);
  };
  add('CO', '119', cut);
  add(
    contracted ? 'CO' : 'PR',
    '45',
    overFee,
    reason('AJ023', `charge ${dollars(p.charge)} above the fee schedule amount ${dollars(p.fullFee)}`, [], {
      group: contracted ? 'CO' : 'PR',
    }),
  );
  add(
    'CO',
    '59',
    mppr,
    reason('AJ022', `multiple procedures: fee ${dollars(p.fullFee)} reduced to ${dollars(p.fee)}`),
  );
  add('PR', '3', share.copay, reason('AJ026', `copay ${dollars(share.copay)}`));
  add(
    'PR',
    '1',
    share.deductible,
    reason(
      'AJ024',
      `deductible ${dollars(share.deductible)}${share.outOfPocketCapped ? ' (limited by the out-of-pocket maximum)' : ''}`,
    ),
  );
  add(
    'PR',
    '2',
    share.coinsurance,
    reason(
      'AJ025',
      `coinsurance ${dollars(share.coinsurance)}${share.outOfPocketCapped ? ' (limited by the out-of-pocket maximum)' : ''}`,
    ),
  );
  add('OA', '23', share.priorPayerReduction, reason('AJ027', `prior payer paid ${dollars(share.priorPaid)}`));
  reasons.push(...overrideNote(s));
  const patient = adj.filter((a) => a.group === 'PR').reduce((a, x) => a + x.amount, 0);
  const paid = s.line.charge - adj.reduce((a, x) => a + x.amount, 0);
  const adjusted = cut > 0 || mppr > 0 || share.priorPayerReduction > 0;
  return {
    ...b,
    status: adjusted ? 'adjusted' : 'paid',
    allowed: p.allowed,
    paid: paid as Cents,
    patientResponsibility: patient as Cents,
    adjustments: adj,
    remarks: remarksOf(reasons),
    reasons,
    pricing: {
      schedule: p.trace.schedule,
      steps: p.trace.steps,
      units: p.units,
      fullFee: p.fullFee,
      fee: p.fee,
      evidence: p.trace.evidence,
    },
    costShare: share,
  };
}
