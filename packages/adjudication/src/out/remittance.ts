/**
 * @module out/remittance
 * Adjudicated claims as 835 remittances (005010X221A1), one per payee (the billing provider):
 * BPR with the total paid, TRN with the trace number, the payer (N1*PR with REF*2U) and payee
 * (N1*PE with its NPI), then per claim the reversal of an earlier payment when there is one
 * (CLP02 22) followed by the new decision. Pended claims are left out: they wait for a reviewer
 * and appear on a later 835. When the reversals outweigh the payments the transaction would
 * pay a negative amount, which BPR cannot carry: a PLB forward balance (FB, a negative amount)
 * brings the payment to zero and leaves the balance for the next remittance (section 1.10.2.9,
 * provider-level adjustments). BPR02 = Σ CLP04 − Σ PLB in every case (section 1.10.2).
 */
import {
  type Cents,
  type Claim,
  type ClaimPayment,
  findProvider,
  type IsoDate,
  type ProviderAdjustment,
  type Remittance,
  remittanceTotal,
} from '@medcode/domain';
import { payerClaimId } from '../adjudicate/adjudicate.ts';
import type { ClaimResult } from '../adjudicate/types.ts';
import type { Plan } from '../plan/schema.ts';
import { claimPayment } from './claim-payment.ts';

export interface RemittanceOptions {
  /** BPR16 payment date and DTM*405 production date. */
  date: IsoDate;
  /** TRN02: the check or EFT trace number; one per remittance (a suffix is added per payee). */
  traceNumber: string;
  /** TRN03: "1" and the payer's tax id (10 characters). */
  originatorId?: string;
}

export interface Adjudicated {
  claim: Claim;
  result: ClaimResult;
}

/** The fiscal period end for PLB02: the last day of the payment date's year. */
const yearEnd = (d: IsoDate): IsoDate => `${d.slice(0, 4)}-12-31` as IsoDate;

function payments(items: readonly Adjudicated[], plan: Plan): ClaimPayment[] {
  const out: ClaimPayment[] = [];
  for (const { claim, result } of items) {
    if (result.status === 'pended') continue;
    if (result.reversal) out.push(result.reversal);
    if (result.status !== 'voided')
      out.push(claimPayment(result, claim, plan.filingIndicator, payerClaimId(claim)));
  }
  return out;
}

export function buildRemittances(
  items: readonly Adjudicated[],
  plan: Plan,
  opts: RemittanceOptions,
): Remittance[] {
  const byPayee = new Map<string, Adjudicated[]>();
  for (const item of items) {
    const billing = findProvider(item.claim, 'billing');
    const key = billing?.npi ?? billing?.name.last ?? '';
    const list = byPayee.get(key) ?? [];
    list.push(item);
    byPayee.set(key, list);
  }
  const out: Remittance[] = [];
  let n = 0;
  for (const [key, list] of byPayee) {
    const claims = payments(list, plan);
    if (claims.length === 0) continue;
    n++;
    const billing = findProvider(list[0]!.claim, 'billing');
    const paid = claims.reduce((a, c) => a + c.paid, 0);
    const plb: ProviderAdjustment[] =
      paid < 0
        ? [
            {
              providerId: billing?.npi ?? key,
              fiscalPeriodEnd: yearEnd(opts.date),
              items: [
                {
                  reason: 'FB',
                  reference: claims[0]!.payerClaimControlNumber ?? claims[0]!.claimId,
                  amount: paid as Cents,
                },
              ],
            },
          ]
        : [];
    const total = remittanceTotal(claims, plb);
    const trace = byPayee.size === 1 ? opts.traceNumber : `${opts.traceNumber}-${n}`;
    out.push({
      payment: {
        // I: remittance information only (payment by check); H: notification only, nothing paid.
        handling: total > 0 ? 'I' : 'H',
        amount: total,
        creditDebit: 'C',
        method: total > 0 ? 'CHK' : 'NON',
        date: opts.date,
      },
      trace: { number: trace, originatorId: opts.originatorId ?? '1000000000' },
      productionDate: opts.date,
      payer: { name: plan.payer.name, additionalId: { qualifier: '2U', id: plan.payer.id } },
      payee: {
        name: billing?.name.last ?? key,
        ...(billing?.npi !== undefined ? { idQualifier: 'XX', id: billing.npi } : {}),
      },
      claims,
      providerAdjustments: plb,
    });
  }
  return out;
}
