/**
 * @module engine/issues
 * Element issues (from the byte-level checker) as positioned problems.
 */
import { problem, type X12Position, type X12Problem } from '../problems/problem.ts';
import type { ElementIssue } from '../syntax/element-check.ts';

export function issueProblem(i: ElementIssue, at: X12Position): X12Problem {
  const extra: { value?: string; severity?: 'warning' } = {};
  if (i.value !== undefined) extra.value = i.value;
  if (i.severity !== undefined) extra.severity = i.severity;
  return problem(i.code, i.message, at, extra);
}

export function elementExtra(i: ElementIssue, position?: number): Partial<X12Position> {
  const x: Partial<X12Position> = { element: i.element };
  if (position !== undefined) x.segmentPosition = position;
  if (i.component !== undefined) x.component = i.component;
  if (i.repetition !== undefined) x.repetition = i.repetition;
  if (i.ref !== undefined) x.elementRef = i.ref;
  return x;
}
