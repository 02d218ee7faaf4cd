/**
 * @module engine/ack-builder
 * Turns one transaction set's problems into its 999 answer (005010X231A1): IK3 per segment in
 * error (IK304 from the problem's registry entry, 8 when only its elements are wrong), IK4 per
 * bad element, and IK5: R when an error sits outside every claim or every claim was rejected,
 * E when errors sit only inside some claims (those claims alone are rejected, on the 277CA) or
 * when there are warnings, A otherwise.
 */
import type { AckCode, ElementError, SegmentError, TransactionSetAck } from '@medcode/domain';
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
    setId: st.ctx.setId,
    controlNumber: st.ctx.control,
    code,
    errors: errors.slice(0, 5),
    segments: segmentErrors(st.problems),
  };
  if (st.ctx.reference !== '') ack.conventionReference = st.ctx.reference;
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
      s = { segmentId, position: pos, code: '8', elements: [] };
      if (p.position.loop !== undefined) s.loopId = p.position.loop;
      if (p.position.claimId !== undefined) s.businessUnit = { name: 'CLM01', value: p.position.claimId };
      bySegment.set(key, s);
    }
    const kind = kindOf(p);
    if (p.position.element !== undefined) {
      const e: ElementError = { position: p.position.element, code: p.ack ?? kind.ik4 ?? '7' };
      if (p.position.component !== undefined) e.component = p.position.component;
      if (p.position.repetition !== undefined) e.repetition = p.position.repetition;
      if (p.position.elementRef !== undefined) e.reference = p.position.elementRef;
      if (p.value !== undefined && e.code !== '6' && p.value.length <= 99) e.badValue = p.value;
      if (s.elements.length < 99) s.elements.push(e);
    } else if (kind.ik3 !== undefined) s.code = kind.ik3;
  }
  return [...bySegment.values()];
}
