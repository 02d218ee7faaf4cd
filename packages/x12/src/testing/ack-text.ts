/**
 * @module testing/ack-text
 * Reading back what the acknowledgment writers wrote, for tests: the segments as element arrays,
 * and our own reader's complaints about the text. Test helper only: nothing in the package
 * imports it.
 */
import { readEventsSync } from '../engine/input.ts';
import { Tokenizer } from '../syntax/tokenizer.ts';

/** The segments of an X12 text, each as its elements (tag first). */
export function segments(text: string): string[][] {
  const out: string[][] = [];
  const t = new Tokenizer({ segment: (v) => out.push([...v.materialize(0).e]), problem: () => {} });
  t.push(Buffer.from(text));
  t.end();
  return out;
}

/** Our reader's complaints about an X12 text we wrote, as "code at segment". */
export const complaints = (text: string): string[] =>
  readEventsSync(text).flatMap((e) =>
    e.kind === 'problem' ? [`${e.problem.code} at ${e.problem.position.segmentId}`] : [],
  );
