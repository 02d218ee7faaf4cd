/**
 * @module engine/envelope-state
 * What the reader keeps about the open interchange and functional group, and the acknowledgment
 * each becomes when it closes: the TA1 (X12.5: A, E or R with the note code of the first
 * problem) and the AK1/AK9 group answer (005010X231A1: R when the group itself is in error or
 * no set was accepted, P when some were, E when all were but with errors noted, A otherwise).
 * Values echoed from the input are fitted to their TA1 and AK1/AK9 elements (ack/echo.ts).
 */
import type { FunctionalGroupAck, InterchangeAck, TransactionSetAck } from '@medcode/domain';
import {
  echoCode,
  echoControl,
  echoCount,
  echoDate,
  echoText,
  echoTime,
  NO_DATE,
  NO_TIME,
} from '../ack/echo.ts';
import type { X12Position, X12Problem } from '../problems/problem.ts';
import { X12_PROBLEMS } from '../problems/registry.ts';

export interface InterchangeState {
  control: string;
  date: string;
  time: string;
  senderQualifier: string;
  sender: string;
  receiverQualifier: string;
  receiver: string;
  usage: string;
  groups: number;
  groupControls: Set<string>;
  problems: X12Problem[];
  at: X12Position;
  /** The component separator in use has been confirmed on a composite. */
  componentChecked: boolean;
}

export interface GroupState {
  functionalId: string;
  control: string;
  version: string;
  transactions: TransactionSetAck[];
  stControls: Set<string>;
  problems: X12Problem[];
  count: number;
  versionOk: boolean;
  at: X12Position;
}

/** ST01 values each GS01 functional identifier may carry (X12 data element 479). */
export const FUNCTIONAL: Record<string, readonly string[]> = {
  HC: ['837'],
  HP: ['835'],
  HS: ['270'],
  HB: ['271'],
  HR: ['276'],
  HN: ['277'],
  BE: ['834'],
  HI: ['278'],
  FA: ['997', '999'],
  RA: ['820'],
};

export function interchangeAck(isa: InterchangeState): InterchangeAck {
  const errors = isa.problems.filter((p) => p.severity === 'error');
  const first = errors[0] ?? isa.problems[0];
  return {
    // TA101 N 9/9, TA102 DT 6/6, TA103 TM 4/4: ISA13, ISA09 and ISA10 as sent when they are valid.
    controlNumber: echoControl(isa.control, 9, 9),
    date: echoDate(isa.date),
    time: echoTime(isa.time),
    code: errors.length > 0 ? 'R' : isa.problems.length > 0 ? 'E' : 'A',
    noteCode: first === undefined ? '000' : (first.ack ?? ta1Of(first) ?? '000'),
  };
}

/**
 * The TA1 for input whose first ISA cannot be read (so no interchange was opened): nothing can be
 * echoed, so TA101-103 are placeholders and TA105 is the first problem's note code (022 invalid
 * control structure, 023 premature end of file).
 */
export function unreadInterchangeAck(problems: readonly X12Problem[]): InterchangeAck {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  return {
    controlNumber: '000000000',
    date: NO_DATE,
    time: NO_TIME,
    code: 'R',
    noteCode: (first === undefined ? undefined : (first.ack ?? ta1Of(first))) ?? '022',
  };
}

/** `included` is GE01 as sent (the count seen when GE is missing or unreadable). */
export function groupAck(gs: GroupState, included: number): FunctionalGroupAck {
  const accepted = gs.transactions.filter((t) => t.code === 'A' || t.code === 'E').length;
  const errors = unique(gs.problems.filter((p) => p.severity === 'error').map((p) => p.ack ?? ak9Of(p)));
  const allClean = gs.transactions.every((t) => t.code === 'A');
  const received = gs.transactions.length;
  let code: FunctionalGroupAck['code'];
  if (errors.length > 0) code = 'R';
  else if (received === 0 || (accepted === received && allClean)) code = 'A';
  else if (accepted === received) code = 'E';
  else code = accepted === 0 ? 'R' : 'P';
  const ack: FunctionalGroupAck = {
    // AK101 ID 2/2 from GS01, AK102 N 1/9 from GS06 (zero when unreadable; AK905 says why).
    functionalId: echoCode(gs.functionalId, 2, 2, 'X'),
    groupControlNumber: echoControl(gs.control, 1, 9),
    transactions: gs.transactions,
    code,
    // AK902 N 1/6: GE01 as sent, or the sets counted when GE01 does not fit.
    included: echoCount(included, 6, received),
    received,
    accepted,
    errors: errors.slice(0, 5),
  };
  const version = echoText(gs.version, 12); // AK103 AN 1/12
  if (version !== undefined) ack.version = version;
  return ack;
}

const unique = (xs: (string | undefined)[]): string[] => [
  ...new Set(xs.filter((x): x is string => x !== undefined)),
];

function ta1Of(p: X12Problem): string | undefined {
  const k = X12_PROBLEMS[p.code] as { ta1?: string };
  return k.ta1;
}

function ak9Of(p: X12Problem): string | undefined {
  const k = X12_PROBLEMS[p.code] as { ak9?: string };
  return k.ak9;
}
