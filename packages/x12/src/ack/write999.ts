/**
 * @module ack/write999
 * The 999 implementation acknowledgment (ASC X12 005010X231A1) from acknowledgment values: one
 * 999 transaction set per functional group (AK1 ... AK9), one AK2 ... IK5 per transaction set,
 * IK3 per segment in error with a CTX business unit (CLM01) when the error sits in a claim, and
 * IK4 per bad element. A TA1 precedes the groups when the interchange itself had a problem.
 * Values are written as given and a delimiter in one is refused (writer/segment-writer.ts): the
 * acknowledgment builders fit what they echo from the input first (ack/echo.ts).
 */
import type { FunctionalGroupAck, InterchangeAcknowledgment, SegmentError } from '@medcode/domain';
import { type EnvelopeOptions, type TransactionSpec, writeInterchange } from '../writer/envelope.ts';
import type { SegmentWriter } from '../writer/segment-writer.ts';

export const ACK_VERSION = '005010X231A1';

export function write999(ack: InterchangeAcknowledgment, opts: EnvelopeOptions): string {
  const sets: TransactionSpec[] = ack.groups.map((g) => ({
    setId: '999',
    reference: ACK_VERSION,
    body: (w) => group(w, g),
  }));
  const ta1 = ack.interchange;
  return writeInterchange(
    opts,
    sets.length === 0 ? [] : [{ functionalId: 'FA', version: ACK_VERSION, sets }],
    ta1 === undefined || ta1.code === 'A'
      ? undefined
      : (w) => w.seg('TA1', ta1.controlNumber, ta1.date, ta1.time, ta1.code, ta1.noteCode),
  );
}

function group(w: SegmentWriter, g: FunctionalGroupAck): void {
  w.seg('AK1', g.functionalId, g.groupControlNumber, g.version);
  for (const t of g.transactions) {
    w.seg('AK2', t.setId, t.controlNumber, t.conventionReference);
    for (const s of t.segments) segment(w, s);
    w.seg('IK5', t.code, ...t.errors.slice(0, 5));
  }
  w.seg('AK9', g.code, String(g.included), String(g.received), String(g.accepted), ...g.errors.slice(0, 5));
}

function segment(w: SegmentWriter, s: SegmentError): void {
  w.seg('IK3', s.segmentId, String(s.position), s.loopId, s.code);
  if (s.businessUnit !== undefined) w.seg('CTX', [s.businessUnit.name, s.businessUnit.value]);
  for (const e of s.elements) {
    const position = [String(e.position), e.component === undefined ? undefined : String(e.component)];
    if (e.repetition !== undefined) position.push(String(e.repetition));
    w.seg('IK4', position, e.reference, e.code, e.badValue);
  }
}
