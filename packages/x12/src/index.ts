/**
 * @module @medcode/x12
 * X12 5010 for Medcode: a streaming tokenizer, envelope and syntax checks with positioned
 * problems, loop-aware 837P/837I and 835 readers onto the domain model, and writers for 837,
 * 835, 999 and 277CA. Only @medcode/domain is imported.
 */
export { claimAcknowledgment, rejectedByFindings } from './ack/claim-ack.ts';
export { CLAIM_ACK_VERSION, write277ca } from './ack/write277ca.ts';
export { ACK_VERSION, write999 } from './ack/write999.ts';
export {
  type CheckOptions,
  type CheckResult,
  type CheckSummary,
  checkInterchange,
} from './check/check-interchange.ts';
export { type ReadOptions, readEvents, readEventsSync, type X12Input } from './engine/input.ts';
export { type ReaderOptions, X12Reader } from './engine/reader.ts';
export type {
  ClaimItem,
  GroupEvent,
  InterchangeEvent,
  ProblemEvent,
  ReaderEvent,
  RejectedItem,
  RemittanceItem,
  TransactionEvent,
} from './engine/types.ts';
export type { LoopNode } from './loops/loop-node.ts';
export { describePosition, type X12Position, type X12Problem } from './problems/problem.ts';
export { X12_PROBLEMS, type X12ProblemCode } from './problems/registry.ts';
export type { Delimiters } from './syntax/delimiters.ts';
export type { X12Segment } from './syntax/segment.ts';
export { type TokenProblem, Tokenizer, type TokenizerSink } from './syntax/tokenizer.ts';
export type { SegmentView } from './syntax/segment-view.ts';
export type { EnvelopeOptions, Party } from './writer/envelope.ts';
export { STANDARD_DELIMITERS, type WriterDelimiters } from './writer/segment-writer.ts';
export { type GroupSpec, type TransactionSpec, writeInterchange } from './writer/envelope.ts';
export { type Element, SegmentWriter } from './writer/segment-writer.ts';
export { type Parse835Options, type Parsed835Item, parse835, parse835Sync } from './x835/parse835.ts';
export { REMITTANCE_VERSION, type Write835Options, write835 } from './x835/write835.ts';
export { type Parse837Options, type Parsed837Item, parse837, parse837Sync } from './x837/parse837.ts';
export {
  INSTITUTIONAL_VERSION,
  PROFESSIONAL_VERSION,
  type Write837Options,
  write837,
} from './x837/write837.ts';
