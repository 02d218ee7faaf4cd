/**
 * @module ack/claim-ack
 * A parsed claim (or a rejected one) as a 277CA claim acknowledgment. Accepted claims get STC01
 * A2:20 (acknowledgement/acceptance into adjudication; accepted for processing). Rejected ones
 * get A7 (rejected for invalid information) when their content is wrong, A3 (returned as
 * unprocessable) when their syntax is, with claim status codes (external code list 507) naming
 * what was wrong: 254 principal diagnosis code, 255 diagnosis code, 454 procedure code, 453
 * procedure modifier, 187 date(s) of service, 178 submitted charges, 21 missing or invalid information.
 * What the entry echoes from the claim (CLM01, names, member id, provider ids, dates, messages) is
 * fitted to its 277CA element here (ack/claim-echo.ts), so damaged input never makes the writer throw.
 */
import type { Cents, Claim, ClaimAcknowledgment, ClaimStatusCode, Finding } from '@medcode/domain';
import type { ClaimItem, RejectedItem } from '../engine/types.ts';
import type { X12Problem } from '../problems/problem.ts';
import { fitClaimAck, fitMessage } from './claim-echo.ts';

function statusFor(p: X12Problem): string {
  const seg = p.position.segmentId;
  if (p.code === 'x12.claim.code') {
    if (seg === 'HI') return p.position.element === 1 ? '254' : '255';
    if (seg === 'SV1' || seg === 'SV2' || seg === 'SVD') return p.position.component === 2 ? '454' : '453';
  }
  if (seg === 'DTP') return '187';
  if (
    (seg === 'CLM' && p.position.element === 2) ||
    ((seg === 'SV1' || seg === 'SV2') && p.position.element !== 1 && p.position.element !== 7)
  )
    return '178';
  return '21';
}

export function claimAcknowledgment(item: ClaimItem | RejectedItem): ClaimAcknowledgment {
  const claim: Partial<Claim> = item.kind === 'claim' ? item.claim : (item.partial ?? {});
  const id = item.kind === 'claim' ? item.claim.id : (item.claimId ?? '');
  let codes: ClaimStatusCode[];
  let status: ClaimAcknowledgment['status'];
  let message: string | undefined;
  if (item.kind === 'claim') {
    status = 'accepted';
    codes = [{ category: 'A2', status: '20' }];
  } else {
    status = 'rejected';
    const content = item.error.some((p) => p.code.startsWith('x12.claim.'));
    const category = content ? 'A7' : 'A3';
    const seen = new Set<string>();
    codes = [];
    for (const p of item.error) {
      const s = statusFor(p);
      if (seen.has(s)) continue;
      seen.add(s);
      codes.push({ category, status: s });
      if (codes.length === 3) break;
    }
    if (codes.length === 0) codes.push({ category, status: '21' });
    message = item.error[0]?.message;
  }
  const ack: ClaimAcknowledgment = {
    claimId: id,
    status,
    codes,
    totalCharge: claim.totalCharge ?? (0 as Cents),
    patient: {
      name: claim.patient?.name ?? { last: '' },
      memberId: claim.subscriber?.memberId ?? '',
    },
    billingProvider: billingOf(claim),
  };
  if (message !== undefined) ack.message = message;
  if (claim.clearinghouseTrace !== undefined) ack.clearinghouseTrace = claim.clearinghouseTrace;
  if (claim.typeOfBill !== undefined) ack.billType = claim.typeOfBill;
  const first = claim.lines
    ?.map((l) => l.serviceDate)
    .filter((d) => d !== '')
    .sort()[0];
  const last = claim.lines
    ?.map((l) => l.serviceDateTo ?? l.serviceDate)
    .filter((d) => d !== '')
    .sort()
    .at(-1);
  if (first !== undefined)
    ack.serviceDate = last !== undefined && last !== first ? { from: first, to: last } : { from: first };
  return fitClaimAck(ack);
}

function billingOf(claim: Partial<Claim>): ClaimAcknowledgment['billingProvider'] {
  const b = claim.providers?.find((p) => p.role === 'billing');
  const out: ClaimAcknowledgment['billingProvider'] = { name: b?.name.last ?? '' };
  if (b?.npi !== undefined) out.npi = b.npi;
  if (b?.taxId !== undefined) out.taxId = b.taxId;
  return out;
}

/** The claim status code (external code list 507) for a checker finding, by where it points. */
function statusForFinding(f: Finding): string {
  if (f.path.diagnosis !== undefined) return f.path.diagnosis === 1 ? '254' : '255';
  if (f.path.field === 'modifiers') return '453';
  if (f.path.field === 'procedure') return '454';
  if (f.path.field === 'serviceDate') return '187';
  if (f.path.field === 'charge' || f.path.field === 'totalCharge') return '178';
  return '21';
}

/**
 * A claim the checker would reject, as a 277CA entry: A7 with up to three status codes naming
 * what the rejecting findings point at, and the first finding as the free-form message (STC12).
 * Without a rejecting finding the acknowledgment is returned as it was.
 */
export function rejectedByFindings(
  ack: ClaimAcknowledgment,
  findings: readonly Finding[],
): ClaimAcknowledgment {
  const rejects = findings.filter((f) => f.severity === 'reject');
  const first = rejects[0];
  if (!first) return ack;
  const codes = [...new Set(rejects.map(statusForFinding))]
    .slice(0, 3)
    .map((status) => ({ category: 'A7', status }));
  const out: ClaimAcknowledgment = { ...ack, status: 'rejected', codes };
  // STC12: the finding's message may quote the claim's own values (ids, codes as sent).
  const message = fitMessage(`${first.code} ${first.message}`);
  if (message === undefined) delete out.message;
  else out.message = message;
  return out;
}
