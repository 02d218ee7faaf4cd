/**
 * @module read/adjudication
 * ExplanationOfBenefit / ClaimResponse adjudication → the decision model.
 *
 * Our writer codes each X12 CAS adjustment with its group (Medcode system) and CARC reason, so
 * those read back exactly. Other senders state amounts by category instead; the ones with a
 * fixed X12 meaning become adjustments with a `derived` note: deductible → PR-1,
 * coinsurance → PR-2, copay → PR-3 (CARC 1, 2, 3 are the deductible, coinsurance and co-payment
 * amounts, X12 Claim Adjustment Reason Codes), CARIN discount → CO-45 (charge exceeds the fee
 * schedule / contracted fee: the contractual write-off), CARIN noncovered → OA-96 (non-covered
 * charges; the EOB does not say whose responsibility, so the neutral group OA).
 */
import type { Adjustment, Cents } from '@medcode/domain';
import type { CodeableConcept, ExplanationOfBenefitItemAdjudication, Money } from '@medplum/fhirtypes';
import type { ClaimDecision, LineDecision } from '../adjudicated-claim.ts';
import { SYS } from '../systems.ts';
import { cents, codingIn, codings, list, num, type ReadContext } from './context.ts';

/** Amount categories by meaning: the R4 adjudication codes, CARIN's, and Blue Button 2.0 variables. */
const BB = 'https://bluebutton.cms.gov/resources/variables/';
export const CATEGORY = {
  submitted: new Set(['submitted', `${BB}line_sbmtd_chrg_amt`]),
  allowed: new Set(['eligible', `${BB}line_alowd_chrg_amt`]),
  paid: new Set(['benefit', 'paidtoprovider', `${BB}line_nch_pmt_amt`]),
  patient: new Set(['memberliability']),
} as const;

const DERIVED: Record<string, { group: Adjustment['group']; reason: string }> = {
  deductible: { group: 'PR', reason: '1' },
  [`${BB}line_bene_ptb_ddctbl_amt`]: { group: 'PR', reason: '1' },
  coinsurance: { group: 'PR', reason: '2' },
  [`${BB}line_coinsrnc_amt`]: { group: 'PR', reason: '2' },
  copay: { group: 'PR', reason: '3' },
  discount: { group: 'CO', reason: '45' },
  noncovered: { group: 'OA', reason: '96' },
};

const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);
export const REMARK = 'remark';

export interface Amounts {
  allowed?: Cents;
  paid?: Cents;
  patientResponsibility?: Cents;
  submitted?: Cents;
  adjustments: Adjustment[];
  remarks: string[];
}

const add = (a: Cents | undefined, b: Cents): Cents => ((a ?? 0) + b) as Cents;

/** Reads one adjudication list (an item's, or the header's). */
export function readAmounts(
  ctx: ReadContext,
  entries: ExplanationOfBenefitItemAdjudication[] | undefined,
  path: string,
  /** Off for totals: their deductible and copay restate the lines' and would count twice. */
  derive = true,
): Amounts {
  const out: Amounts = { adjustments: [], remarks: [] };
  list<ExplanationOfBenefitItemAdjudication>(ctx, entries, path).forEach((a, i) => {
    const p = `${path}[${i}]`;
    const cats = codings(ctx, a.category, `${p}.category`);
    const amount = cents(ctx, a.amount as Money | undefined, `${p}.amount`);
    const group = cats.find((c) => c.system === SYS.casGroup);
    if (group !== undefined) {
      const reason = codingIn(ctx, a.reason, `${p}.reason`, SYS.carc);
      if (!GROUPS.has(group.code) || reason === undefined || amount === undefined) {
        ctx.problem(p, 'an adjustment needs a group (CO, PR, OA, PI, CR), a CARC reason and an amount');
        return;
      }
      const adj: Adjustment = { group: group.code as Adjustment['group'], reason: reason.code, amount };
      const q = num(ctx, a.value, `${p}.value`);
      if (q !== undefined) adj.quantity = q;
      out.adjustments.push(adj);
      return;
    }
    if (cats.some((c) => c.system === SYS.info && c.code === REMARK)) {
      const rarc = codingIn(ctx, a.reason, `${p}.reason`, SYS.rarc);
      if (rarc !== undefined) out.remarks.push(rarc.code);
      return;
    }
    if (amount === undefined) return;
    for (const c of cats) {
      if (CATEGORY.submitted.has(c.code)) out.submitted = add(out.submitted, amount);
      else if (CATEGORY.allowed.has(c.code)) out.allowed = add(out.allowed, amount);
      else if (CATEGORY.paid.has(c.code)) out.paid = add(out.paid, amount);
      else if (CATEGORY.patient.has(c.code))
        out.patientResponsibility = add(out.patientResponsibility, amount);
      else {
        const d = DERIVED[c.code];
        if (d === undefined) continue;
        if (derive && amount !== 0) {
          out.adjustments.push({ ...d, amount });
          ctx.note('derived', p, `${c.code} ${amount / 100} read as X12 adjustment ${d.group}-${d.reason}`);
        }
      }
      break;
    }
  });
  return out;
}

/** `{ key: v }` for the decision fields that are set. */
function amountsPart(a: Amounts): Partial<Pick<LineDecision, 'allowed' | 'paid' | 'patientResponsibility'>> {
  return {
    ...(a.allowed === undefined ? {} : { allowed: a.allowed }),
    ...(a.paid === undefined ? {} : { paid: a.paid }),
    ...(a.patientResponsibility === undefined ? {} : { patientResponsibility: a.patientResponsibility }),
  };
}

export const lineDecision = (lineNumber: number, a: Amounts): LineDecision => ({
  lineNumber,
  ...amountsPart(a),
  adjustments: a.adjustments,
  remarks: a.remarks,
});

interface Total {
  category?: CodeableConcept;
  amount?: Money;
}

/** EOB.total / ClaimResponse.total, with payment.amount as the paid amount of last resort. */
export function claimDecision(
  ctx: ReadContext,
  header: Amounts,
  totals: Total[] | undefined,
  path: string,
  lines: LineDecision[],
): Omit<ClaimDecision, 'outcome'> {
  const fromTotals = readAmounts(
    ctx,
    totals as ExplanationOfBenefitItemAdjudication[] | undefined,
    path,
    false,
  );
  return {
    ...amountsPart({ ...header, ...stripUndefined(fromTotals) }),
    adjustments: header.adjustments,
    remarks: header.remarks,
    lines,
  };
}

function stripUndefined(a: Amounts): Partial<Amounts> {
  return Object.fromEntries(
    Object.entries(a).filter(([k, v]) => v !== undefined && k !== 'adjustments' && k !== 'remarks'),
  );
}
