/**
 * @module x835/parse835
 * `parse835`: an 835 input to remittances, one per transaction set, with positioned problems.
 */
import { readEvents, readEventsSync, type X12Input } from '../engine/input.ts';
import type { ProblemEvent, ReaderEvent, RemittanceItem, TransactionEvent } from '../engine/types.ts';
import { remittance835Handler } from './handler.ts';

export type Parsed835Item = RemittanceItem | ProblemEvent | TransactionEvent;

export interface Parse835Options {
  file?: string;
  strict?: boolean;
  onProgress?: (bytes: number) => void;
}

const keep = (e: ReaderEvent): e is Parsed835Item =>
  e.kind === 'remittance' || e.kind === 'transaction' || (e.kind === 'problem' && e.scope !== 'transaction');

export async function* parse835(input: X12Input, opts: Parse835Options = {}): AsyncGenerator<Parsed835Item> {
  for await (const e of readEvents(input, { ...opts, handlers: [remittance835Handler()] }))
    if (keep(e)) yield e;
}

export function parse835Sync(
  input: string | Uint8Array,
  opts: Omit<Parse835Options, 'onProgress'> = {},
): Parsed835Item[] {
  return readEventsSync(input, { ...opts, handlers: [remittance835Handler()] }).filter(keep);
}
