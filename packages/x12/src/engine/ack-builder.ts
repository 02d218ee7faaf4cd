/**
 * @module engine/ack-builder
 * Turns one transaction set's problems into its 999 answer (005010X231A1): IK3 per segment in
 * error (IK304 from the problem's registry entry, 8 when only its elements are wrong), IK4 per
 * bad element, and IK5: R when an error sits outside every claim or every claim was rejected,
 * E when errors sit only inside some claims (those claims alone are rejected, on the 277CA) or
 * when there are warnings, A otherwise. Values echoed from the input (ST01-03, segment ids, claim
 * ids, bad values) are fitted to their AK2, IK3, CTX and IK4 elements (ack/echo.ts).
 */
import type { AckCode, ElementError, SegmentError, TransactionSetAck } from '@medcode/domain';
import { echoCode, echoText } from '../ack/echo.ts';
import type { X12Problem } from '../problems/problem.ts';
import { type ProblemKind, X12_PROBLEMS } from '../problems/registry.ts';
import type { TransactionState } from './reader.ts';

const MAX_IK3 = 200;

export function transactionAck(
  st: Pick<TransactionState, 'ctx' | 'problems' | 'setErrors' | 'claimErrors' | 'warnings'>,
  claims: { accepted: number; rejected: number },
): TransactionSetAck {
  let code: AckCode;
  if (st.setErrors.length > 0) code = 'R';
  else if (st.claimErrors > 0 && claims.accepted === 0) code = 'R';
  else if (st.claimErrors > 0 || st.warnings > 0) code = 'E';
  else code = 'A';
  const errors: string[] = [];
  for (const p of st.problems) {
    if (p.severity !== 'error') continue;
    const c = p.level === 'transaction' ? (p.ack ?? kindOf(p).ik5) : undefined;
    if (c !== undefined && !errors.includes(c)) errors.push(c);
  }
  if (code !== 'A' && errors.length === 0) errors.push('5');
  const ack: TransactionSetAck = {
    // AK201 ID 3/3 from ST01, AK202 AN 4/9 from ST02 (IK502 6 or 7 says when they were invalid).
    setId: echoCode(st.ctx.setId, 3, 3, 'X'),
    controlNumber: echoCode(st.ctx.control, 4, 9, '0'),
    code,
    errors: errors.slice(0, 5),
    segments: segmentErrors(st.problems),
  };
  const reference = echoText(st.ctx.reference, 35); // AK203 AN 1/35
  if (reference !== undefined) ack.conventionReference = reference;
  return ack;
}

const kindOf = (p: X12Problem): ProblemKind => X12_PROBLEMS[p.code];

/** IK3/IK4 from problems positioned at a segment of the set. */
export function segmentErrors(problems: readonly X12Problem[]): SegmentError[] {
  const bySegment = new Map<string, SegmentError>();
  for (const p of problems) {
    const pos = p.position.segmentPosition;
    if (pos === undefined || p.level === 'transaction') continue;
    const segmentId = p.position.segmentId ?? '';
    const key = `${pos}:${segmentId}`;
    let s = bySegment.get(key);
    if (s === undefined) {
      if (bySegment.size >= MAX_IK3) continue;
      // IK301 ID 2/3: a tag that is not one is echoed as far as it can be (IK304 1 says it is unrecognized).
      s = { segmentId: echoCode(segmentId, 2, 3, 'X'), position: pos, code: '8', elements: [] };
      // IK303 AN 1/4: the base standard's loop id, the TR3 loop's first four characters (2010AA is 2010).
      const loop = p.position.loop === undefined ? undefined : echoText(p.position.loop, 4);
      if (loop !== undefined) s.loopId = loop;
      // CTX01-2 AN 1/35 from CLM01 (AN 1/38).
      const claim = p.position.claimId === undefined ? undefined : echoText(p.position.claimId, 35);
      if (claim !== undefined) s.businessUnit = { name: 'CLM01', value: claim };
      bySegment.set(key, s);
    }
    const kind = kindOf(p);
    // IK401 positions are N 1/2 (element, component) and N 1/4 (repetition): a place past them is left to IK3.
    if (p.position.element !== undefined && fitsPosition(p.position)) {
      const e: ElementError = { position: p.position.element, code: p.ack ?? kind.ik4 ?? '7' };
      if (p.position.component !== undefined) e.component = p.position.component;
      if (p.position.repetition !== undefined) e.repetition = p.position.repetition;
      // IK402 N 1/4: X12 data element numbers only (the interchange control elements are I01 ... I65).
      const ref = p.position.elementRef;
      if (ref !== undefined && /^\d{1,4}$/.test(ref)) e.reference = ref;
      // IK404 AN 1/99: a copy of the bad value, unless its characters are what is wrong (code 6).
      const bad =
        p.value === undefined || e.code === '6' || p.value.length > 99 ? undefined : echoText(p.value, 99);
      if (bad !== undefined) e.badValue = bad;
      if (s.elements.length < 99) s.elements.push(e);
    } else if (kind.ik3 !== undefined) s.code = kind.ik3;
  }
  return [...bySegment.values()];
}

const fitsPosition = (p: X12Problem['position']): boolean =>
  (p.element ?? 0) <= 99 && (p.component ?? 0) <= 99 && (p.repetition ?? 0) <= 9999;
