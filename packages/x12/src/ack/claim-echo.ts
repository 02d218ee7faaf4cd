/**
 * @module ack/claim-echo
 * A claim acknowledgment's values echoed from the claim it answers, fitted to their 277CA
 * (005010X214) elements: a claim read from damaged input (a CLM01 holding "*" from a file
 * separated by "|", an over-long name, a control character) still gets its 277CA entry, and the
 * writer (write277ca.ts), which refuses a delimiter handed to it, never sees one. What cannot be
 * echoed is dropped as in the 999 (ack/echo.ts); lengths are the base standard's, which the
 * TR3 keeps for these elements.
 */
import type { Cents, ClaimAcknowledgment, DateSpan, PersonName } from '@medcode/domain';
import { echoFreeText, echoIsoDate, echoText } from './echo.ts';

/** Stands in for a claim id (TRN02, mandatory) of which nothing can be echoed: CLM01 missing or all delimiters. */
export const NO_CLAIM_ID = '0';

/** STC12 free-form message, AN 1/264. */
export const fitMessage = (message: string): string | undefined => echoFreeText(message, 264);

/** `ack` with every value taken from the input claim fitted to the element that carries it. */
export function fitClaimAck(ack: ClaimAcknowledgment): ClaimAcknowledgment {
  const out: ClaimAcknowledgment = {
    // 2200D TRN02 AN 1/50 (from CLM01, AN 1/38).
    claimId: echoText(ack.claimId, 50) ?? NO_CLAIM_ID,
    status: ack.status,
    codes: ack.codes,
    // STC04 R 1/18: any safe integer number of cents fits.
    totalCharge: Number.isSafeInteger(ack.totalCharge) ? ack.totalCharge : (0 as Cents),
    patient: {
      name: fitName(ack.patient.name),
      // 2100D NM109 AN 2/80; the writer leaves NM108/NM109 out when there is none.
      memberId: fitId(ack.patient.memberId, 2, 80) ?? '',
    },
    billingProvider: fitProvider(ack.billingProvider),
  };
  const message = ack.message === undefined ? undefined : fitMessage(ack.message);
  if (message !== undefined) out.message = message;
  // REF02 AN 1/50 (REF*1K, REF*D9, REF*BLT).
  const payer = fitId(ack.payerClaimControlNumber, 1, 50);
  if (payer !== undefined) out.payerClaimControlNumber = payer;
  const trace = fitId(ack.clearinghouseTrace, 1, 50);
  if (trace !== undefined) out.clearinghouseTrace = trace;
  const bill = fitId(ack.billType, 1, 50);
  if (bill !== undefined) out.billType = bill;
  const span = ack.serviceDate === undefined ? undefined : fitSpan(ack.serviceDate);
  if (span !== undefined) out.serviceDate = span;
  return out;
}

/** An id (AN min/max): what can be echoed, or undefined when that is shorter than `min`. */
function fitId(value: string | undefined, min: number, max: number): string | undefined {
  const v = value === undefined ? undefined : echoText(value, max);
  return v !== undefined && v.length >= min ? v : undefined;
}

/** 2100D NM103 AN 1/60, NM104 AN 1/35, NM105 AN 1/25, NM107 AN 1/10. */
function fitName(n: PersonName): PersonName {
  const out: PersonName = { last: echoText(n.last, 60) ?? '' };
  const first = n.first === undefined ? undefined : echoText(n.first, 35);
  if (first !== undefined) out.first = first;
  const middle = n.middle === undefined ? undefined : echoText(n.middle, 25);
  if (middle !== undefined) out.middle = middle;
  const suffix = n.suffix === undefined ? undefined : echoText(n.suffix, 10);
  if (suffix !== undefined) out.suffix = suffix;
  return out;
}

/**
 * 2100C NM103 AN 1/60 and NM109 AN 2/80 (the NPI), REF*TJ REF02 AN 1/50. An NPI or tax id that
 * would change when echoed is left out rather than echoed as another identifier.
 */
function fitProvider(p: ClaimAcknowledgment['billingProvider']): ClaimAcknowledgment['billingProvider'] {
  const out: ClaimAcknowledgment['billingProvider'] = { name: echoText(p.name, 60) ?? '' };
  if (p.npi !== undefined && fitId(p.npi, 2, 80) === p.npi) out.npi = p.npi;
  if (p.taxId !== undefined && fitId(p.taxId, 1, 50) === p.taxId) out.taxId = p.taxId;
  return out;
}

/** DTP*472 D8 or RD8: dates that are not valid are left out (a range keeps a valid start). */
function fitSpan(s: DateSpan): DateSpan | undefined {
  const from = echoIsoDate(s.from);
  if (from === undefined) return undefined;
  const to = s.to === undefined ? undefined : echoIsoDate(s.to);
  return to === undefined || to < from ? { from } : { from, to };
}
