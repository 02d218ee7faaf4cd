/**
 * @module engine/types
 * What the reader emits and how a transaction-set handler plugs into it. The reader owns the
 * envelope (ISA/GS/ST and their trailers); a handler owns one transaction set's content (the 837
 * claim builder, the 835 remittance builder, or the generic syntax-only handler).
 */
import type {
  Claim,
  FunctionalGroupAck,
  InterchangeAck,
  Remittance,
  TransactionSetAck,
} from '@medcode/domain';
import type { LoopNode } from '../loops/loop-node.ts';
import type { X12Position, X12Problem } from '../problems/problem.ts';
import type { ElementIssue } from '../syntax/element-check.ts';
import type { SegmentView } from '../syntax/segment-view.ts';

/** Where a segment sat: what a position needs of a segment view, a kept segment, or a remembered place. */
export type SegmentPlace = Pick<SegmentView, 'offset' | 'line' | 'index' | 'tag'>;

export interface TransactionContext {
  file?: string;
  interchange: string;
  group: string;
  /** GS01 (HC claims, HP remittances, FA acknowledgments ...). */
  functionalId: string;
  /** GS08. */
  version: string;
  setId: string; // ST01
  control: string; // ST02
  /** ST03, or GS08 when ST03 is absent. */
  reference: string;
  /** Position of the ST segment. */
  start: X12Position;
  /** A position for a segment of this set. */
  at(seg: SegmentPlace, extra?: Partial<X12Position>): X12Position;
  /**
   * `at(clm, { segmentPosition, loop: '2300', claimId })`, built as one object: every claim item
   * carries one, and a set's claims are held until its SE.
   */
  claimAt(clm: SegmentPlace, segmentPosition: number, claimId: string): X12Position;
}

export type ProblemScope = 'interchange' | 'group' | 'transaction' | 'claim';

export interface TransactionSink {
  /** Every problem of the set; `claim` scope when it sits inside one claim (which alone is rejected). */
  problem(p: X12Problem, scope: 'transaction' | 'claim'): void;
  emit(e: ReaderEvent): void;
}

export interface TransactionHandler {
  segment(view: SegmentView, position: number, issues: ElementIssue[]): void;
  /** The set ended (SE seen, or cut short): close what is open and count claims. */
  finish(): { accepted: number; rejected: number };
  /** The set's outcome is known: emit what was held back (claims are rejected if the set is). */
  release(setRejectedBy: X12Problem[] | undefined): void;
}

export type HandlerFactory = (
  ctx: TransactionContext,
  sink: TransactionSink,
) => TransactionHandler | undefined;

export interface ClaimItem {
  kind: 'claim';
  claim: Claim;
  position: X12Position;
  /** Problems in the claim that did not prevent it from being read (warnings). */
  warnings: X12Problem[];
  /** The claim's 2300 loop (with parent links up to 2000A), when asked for. */
  loop?: LoopNode;
}

export interface RejectedItem {
  kind: 'rejected';
  /** CLM01 when it could be read. */
  claimId?: string;
  error: X12Problem[];
  position: X12Position;
  /** What could be read of the claim, for a 277CA. */
  partial?: Partial<Claim>;
}

export interface RemittanceItem {
  kind: 'remittance';
  remittance: Remittance;
  position: X12Position;
  warnings: X12Problem[];
  /** Errors that make the remittance unreliable (empty when it was read cleanly). */
  errors: X12Problem[];
}

export interface ProblemEvent {
  kind: 'problem';
  problem: X12Problem;
  scope: ProblemScope;
}

export interface TransactionEvent {
  kind: 'transaction';
  ack: TransactionSetAck;
  context: Omit<TransactionContext, 'at' | 'claimAt' | 'start'>;
  claims: { accepted: number; rejected: number };
}

export interface GroupEvent {
  kind: 'group';
  ack: FunctionalGroupAck;
  interchange: string;
}

export interface InterchangeEvent {
  kind: 'interchange';
  ack: InterchangeAck;
  sender: { qualifier: string; id: string };
  receiver: { qualifier: string; id: string };
  usage: string;
  groups: number;
}

export type ReaderEvent =
  | ClaimItem
  | RejectedItem
  | RemittanceItem
  | ProblemEvent
  | TransactionEvent
  | GroupEvent
  | InterchangeEvent;
