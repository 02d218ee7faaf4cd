/**
 * @module x837/parse837
 * `parse837`: an 837P/837I input to claims, one at a time. Yields a `claim` item per claim that
 * became the claim model, a `rejected` item per claim that could not (with positioned problems),
 * `problem` items for envelope- and transaction-level problems, and a `transaction` item at each
 * SE with its 999 answer. Memory stays flat for any batch size.
 */
import { readEvents, readEventsSync, type X12Input } from '../engine/input.ts';
import type {
  ClaimItem,
  ProblemEvent,
  ReaderEvent,
  RejectedItem,
  TransactionEvent,
} from '../engine/types.ts';
import { type Claim837Options, claim837Handler } from './handler.ts';

export type Parsed837Item = ClaimItem | RejectedItem | ProblemEvent | TransactionEvent;

export interface Parse837Options extends Claim837Options {
  /** Named in every position. */
  file?: string;
  /** Report every problem as an error. */
  strict?: boolean;
  /** Bytes read so far, after each chunk. */
  onProgress?: (bytes: number) => void;
}

function keep(e: ReaderEvent): e is Parsed837Item {
  if (e.kind === 'problem') return e.scope !== 'claim';
  return e.kind === 'claim' || e.kind === 'rejected' || e.kind === 'transaction';
}

/**
 * The reader's own generator, filtered: one async generator between the caller and the reader
 * rather than two (each layer costs promises and microtask turns per claim).
 */
export function parse837(input: X12Input, opts: Parse837Options = {}): AsyncGenerator<Parsed837Item> {
  return readEvents(input, { ...opts, handlers: [claim837Handler(opts)] }, keep);
}

/** The same for an input already in memory. */
export function parse837Sync(
  input: string | Uint8Array,
  opts: Omit<Parse837Options, 'onProgress'> = {},
): Parsed837Item[] {
  return readEventsSync(input, { ...opts, handlers: [claim837Handler(opts)] }).filter(keep);
}
