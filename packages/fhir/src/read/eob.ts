/**
 * @module read/eob
 * ExplanationOfBenefit → claim + decision (the EOB is the claim as adjudicated), and
 * ClaimResponse → decision (it answers a Claim it only references).
 */
import type { Cents, IsoDate } from '@medcode/domain';
import type {
  ClaimResponse,
  ClaimResponseItem,
  Claim as FhirClaim,
  ExplanationOfBenefit,
  ExplanationOfBenefitItem,
  Identifier,
} from '@medplum/fhirtypes';
import type { AdjudicatedClaim, AdjudicationOutcome, ClaimDecision } from '../adjudicated-claim.ts';
import { SYS } from '../systems.ts';
import { type Amounts, claimDecision, lineDecision, readAmounts } from './adjudication.ts';
import { readClaimPart, type ReadEnv } from './claim.ts';
import { cents, day, isObject, list, num, type ReadContext, str } from './context.ts';

const OUTCOMES = new Set(['complete', 'partial', 'error', 'queued']);

function outcome(ctx: ReadContext, v: unknown, path: string): AdjudicationOutcome {
  const s = str(ctx, v, path);
  if (s !== undefined && OUTCOMES.has(s)) return s as AdjudicationOutcome;
  if (s === undefined) ctx.note('defaulted', path, 'no outcome: complete');
  else ctx.problem(path, `outcome "${s}" is none of complete, partial, error, queued`);
  return 'complete';
}

/** CLP07: the identifier CARIN types "uc" (unique claim id), or Blue Button's clm_id. */
function payerClaimId(ctx: ReadContext, ids: Identifier[] | undefined, path: string): string | undefined {
  const all = list<Identifier>(ctx, ids, path);
  const uc = all.find(
    (i) =>
      (Array.isArray(i.type?.coding) &&
        i.type.coding.some((c) => c.system === SYS.c4bbIdentifierType && c.code === 'uc')) ||
      i.system === 'https://bluebutton.cms.gov/resources/variables/clm_id',
  );
  return typeof uc?.value === 'string' ? uc.value : undefined;
}

function payment(ctx: ReadContext, p: unknown, path: string): { paid?: Cents; date?: IsoDate } {
  if (!isObject(p)) return {};
  const paid = cents(ctx, p.amount as never, `${path}.amount`);
  const date = day(ctx, p.date, `${path}.date`);
  return { ...(paid === undefined ? {} : { paid }), ...(date === undefined ? {} : { date }) };
}

function finish(
  ctx: ReadContext,
  base: Omit<ClaimDecision, 'outcome'>,
  res: { outcome?: unknown; payment?: unknown; identifier?: Identifier[] },
  root: string,
): ClaimDecision {
  const pay = payment(ctx, res.payment, `${root}.payment`);
  const decision: ClaimDecision = { outcome: outcome(ctx, res.outcome, `${root}.outcome`), ...base };
  if (decision.paid === undefined && pay.paid !== undefined) decision.paid = pay.paid;
  if (pay.date !== undefined) decision.paymentDate = pay.date;
  const id = payerClaimId(ctx, res.identifier, `${root}.identifier`);
  if (id !== undefined) decision.payerClaimId = id;
  return decision;
}

export function readEob(env: ReadEnv, res: ExplanationOfBenefit): AdjudicatedClaim {
  const { ctx } = env;
  const root = 'ExplanationOfBenefit';
  const items = list<ExplanationOfBenefitItem>(ctx, res.item, `${root}.item`);
  const amounts: Amounts[] = items.map((item, i) =>
    readAmounts(ctx, item.adjudication, `${root}.item[${i}].adjudication`),
  );
  const totals = readAmounts(ctx, res.total as never, `${root}.total`, false);
  const submitted: ReadEnv['submitted'] = (item) =>
    amounts[items.indexOf(item as ExplanationOfBenefitItem)]?.submitted;
  const claimEnv: ReadEnv = {
    ...env,
    submitted,
    ...(totals.submitted === undefined ? {} : { total: totals.submitted }),
  };
  const claim = readClaimPart(claimEnv, res as unknown as FhirClaim);
  const header = readAmounts(ctx, res.adjudication, `${root}.adjudication`);
  const lines = amounts.map((a, i) => lineDecision(claim.lines[i]?.lineNumber ?? i + 1, a));
  return {
    claim,
    decision: finish(ctx, claimDecision(ctx, header, res.total, `${root}.total`, lines), res, root),
  };
}

export function readClaimResponse(ctx: ReadContext, res: ClaimResponse): ClaimDecision {
  const root = 'ClaimResponse';
  const lines = list<ClaimResponseItem>(ctx, res.item, `${root}.item`).map((item, i) => {
    const p = `${root}.item[${i}]`;
    const seq = num(ctx, item.itemSequence, `${p}.itemSequence`) ?? i + 1;
    return lineDecision(seq, readAmounts(ctx, item.adjudication, `${p}.adjudication`));
  });
  const header = readAmounts(ctx, res.adjudication, `${root}.adjudication`);
  return finish(ctx, claimDecision(ctx, header, res.total, `${root}.total`, lines), res, root);
}
