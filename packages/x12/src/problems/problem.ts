/**
 * @module problems/problem
 * A problem in an X12 input is a value with a position precise enough for a person to find the
 * byte and for a 999 to name the segment and element: interchange, group and transaction control
 * numbers, the segment's position in its transaction set, its element/component/repetition.
 */
import { type ProblemLevel, X12_PROBLEMS, type X12ProblemCode } from './registry.ts';

export interface X12Position {
  file?: string;
  /** Absolute byte offset of the segment. */
  offset: number;
  /** 1-based text line of the segment (files often break lines after terminators). */
  line: number;
  /** 1-based ordinal of the segment in the input. */
  segmentIndex: number;
  /** ISA13. */
  interchange?: string;
  /** GS06. */
  group?: string;
  /** ST01 and ST02. */
  setId?: string;
  transaction?: string;
  /** 1-based position in the transaction set, ST = 1 (the 999's IK302). */
  segmentPosition?: number;
  segmentId?: string;
  /** Loop id of the implementation guide (2300, 2400 ...). */
  loop?: string;
  /** 1-based element, component and repetition. */
  element?: number;
  component?: number;
  repetition?: number;
  /** Data element reference number (IK402). */
  elementRef?: string;
  /** CLM01 of the claim the problem sits in. */
  claimId?: string;
}

export interface X12Problem {
  code: X12ProblemCode;
  severity: 'error' | 'warning';
  level: ProblemLevel;
  message: string;
  position: X12Position;
  /** The bad value (IK404), when there is one. */
  value?: string;
  /** The acknowledgment code when it is not the registry's (an ISA field's own TA1 note code). */
  ack?: string;
}

export function problem(
  code: X12ProblemCode,
  message: string,
  position: X12Position,
  extra: { value?: string; severity?: 'error' | 'warning'; ack?: string } = {},
): X12Problem {
  const kind = X12_PROBLEMS[code];
  const p: X12Problem = {
    code,
    severity: extra.severity ?? kind.severity,
    level: kind.level,
    message,
    position,
  };
  if (extra.value !== undefined) p.value = extra.value;
  if (extra.ack !== undefined) p.ack = extra.ack;
  return p;
}

/** "file.837, line 12, ISA 000000907 / GS 1 / ST 0021, segment CLM #24 (position 17), element 5-1". */
export function describePosition(p: X12Position): string {
  const parts: string[] = [];
  if (p.file !== undefined) parts.push(p.file);
  parts.push(`line ${p.line}`);
  const env: string[] = [];
  if (p.interchange !== undefined) env.push(`ISA ${p.interchange}`);
  if (p.group !== undefined) env.push(`GS ${p.group}`);
  if (p.transaction !== undefined) env.push(`ST ${p.setId ?? ''} ${p.transaction}`.replace('  ', ' '));
  if (env.length > 0) parts.push(env.join(' / '));
  let seg = `segment ${p.segmentId ?? '?'} #${p.segmentIndex}`;
  if (p.segmentPosition !== undefined) seg += ` (position ${p.segmentPosition} in set)`;
  parts.push(seg);
  if (p.loop !== undefined) parts.push(`loop ${p.loop}`);
  if (p.element !== undefined) {
    let e = `element ${String(p.element).padStart(2, '0')}`;
    if (p.component !== undefined) e += `-${p.component}`;
    if (p.repetition !== undefined) e += ` repetition ${p.repetition}`;
    parts.push(e);
  }
  if (p.claimId !== undefined) parts.push(`claim ${p.claimId}`);
  return parts.join(', ');
}

export const isError = (p: X12Problem): boolean => p.severity === 'error';
