/**
 * @module envelope/isa
 * Field checks of the interchange control header (X12.5, TR3 appendix B.1.1.5): every ISA field
 * has a fixed width, ISA09/ISA10 are a date and a time, ISA13 is nine digits. Each problem names
 * its TA1 note code (TA105).
 */
import type { SegmentView } from '../syntax/segment-view.ts';
import { validDate, validTime } from '../syntax/element-check.ts';

export interface IsaFields {
  authQualifier: string;
  senderQualifier: string;
  sender: string;
  receiverQualifier: string;
  receiver: string;
  date: string; // YYMMDD
  time: string; // HHMM
  version: string; // ISA12
  control: string; // ISA13
  ackRequested: string; // ISA14
  usage: string; // ISA15: P production, T test
}

export interface IsaIssue {
  element: number;
  ta1: string;
  message: string;
}

/** ISA field: width, TA1 note code when wrong, allowed values (when a short list). */
const FIELDS: readonly [number, string, readonly string[] | undefined][] = [
  [2, '010', ['00', '03']],
  [10, '011', undefined],
  [2, '012', ['00', '01']],
  [10, '013', undefined],
  [2, '005', undefined],
  [15, '006', undefined],
  [2, '007', undefined],
  [15, '008', undefined],
  [6, '014', undefined],
  [4, '015', undefined],
  [1, '016', undefined],
  [5, '017', undefined],
  [9, '018', undefined],
  [1, '019', ['0', '1']],
  [1, '020', ['P', 'T', 'I']],
  [1, '027', undefined],
];

export function readIsa(view: SegmentView): { fields: IsaFields; issues: IsaIssue[] } {
  const issues: IsaIssue[] = [];
  if (view.count < 16)
    issues.push({
      element: view.count + 1,
      ta1: '022',
      message: `ISA has ${view.count} elements; it needs 16`,
    });
  for (let k = 1; k <= Math.min(16, view.count); k++) {
    const [width, ta1, allowed] = FIELDS[k - 1]!;
    const n = view.len(k);
    if (n !== width) {
      issues.push({ element: k, ta1, message: `ISA${pad(k)} is ${n} characters wide; it must be ${width}` });
      continue;
    }
    if (allowed !== undefined && !allowed.includes(view.el(k)))
      issues.push({
        element: k,
        ta1,
        message: `ISA${pad(k)} "${view.el(k)}" is not one of ${allowed.join(', ')}`,
      });
  }
  const at = (k: number): [number, number] => [view.sep[k]! + 1, view.sep[k + 1]!];
  if (view.count >= 9 && view.len(9) === 6 && !validDate(view.buf, ...at(9)))
    issues.push({ element: 9, ta1: '014', message: `ISA09 "${view.el(9)}" is not a date (YYMMDD)` });
  if (view.count >= 10 && view.len(10) === 4 && !validTime(view.buf, ...at(10)))
    issues.push({ element: 10, ta1: '015', message: `ISA10 "${view.el(10)}" is not a time (HHMM)` });
  if (view.count >= 13 && view.len(13) === 9 && !/^\d{9}$/.test(view.el(13)))
    issues.push({ element: 13, ta1: '018', message: `ISA13 "${view.el(13)}" is not nine digits` });
  return {
    fields: {
      authQualifier: view.el(1),
      senderQualifier: view.el(5),
      sender: view.el(6).trim(),
      receiverQualifier: view.el(7),
      receiver: view.el(8).trim(),
      date: view.el(9),
      time: view.el(10),
      version: view.el(12),
      control: view.el(13),
      ackRequested: view.el(14),
      usage: view.el(15),
    },
    issues,
  };
}

const pad = (k: number): string => String(k).padStart(2, '0');
