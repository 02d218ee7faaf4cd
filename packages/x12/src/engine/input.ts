/**
 * @module engine/input
 * Every input form the public API accepts, as a stream of byte chunks: a string (encoded as
 * UTF-8), bytes, or an (async) iterable of byte chunks such as a file read stream. Strings, buffers
 * and large chunks are cut into 16 KB pieces and the reader's events are drained after each one:
 * the claims of a piece are handed on while they are still young, so the garbage collector
 * frees them cheaply (with 1 MB pieces ~1,700 claims waited per piece, survived into the old
 * generation, and reading spent a third of its time collecting; with 64 KB pieces each
 * young-generation collection still copied ~480 KB of waiting claims, with 16 KB ~240 KB;
 * bench/x12.bench.ts).
 */
import { X12Reader, type ReaderOptions } from './reader.ts';
import type { ReaderEvent } from './types.ts';

export type X12Input = string | Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

const CHUNK = 1 << 14;

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, Math.min(bytes.length, i + CHUNK));
}

export function syncChunks(input: string | Uint8Array | Iterable<Uint8Array>): Iterable<Uint8Array> {
  if (typeof input === 'string') return slices(Buffer.from(input, 'utf8'));
  if (input instanceof Uint8Array) return slices(input);
  return input;
}

const isAsync = (x: unknown): x is AsyncIterable<Uint8Array> =>
  typeof x === 'object' && x !== null && Symbol.asyncIterator in x;

export interface ReadOptions extends ReaderOptions {
  /** Called after each chunk with the bytes read so far. */
  onProgress?: (bytes: number) => void;
}

/** All reader events for an input (those `keep` accepts), as they come. */
export async function* readEvents<T extends ReaderEvent = ReaderEvent>(
  input: X12Input,
  opts: ReadOptions = {},
  keep: (e: ReaderEvent) => e is T = (e): e is T => true,
): AsyncGenerator<T> {
  const reader = new X12Reader(opts);
  const source = isAsync(input) ? input : syncChunks(input);
  for await (const chunk of source)
    for (let at = 0; at < chunk.length; at += CHUNK) {
      reader.push(chunk.length <= CHUNK ? chunk : chunk.subarray(at, Math.min(chunk.length, at + CHUNK)));
      opts.onProgress?.(reader.consumed);
      const events = reader.drain();
      for (let i = 0; i < events.length; i++) {
        const e = events[i]!;
        if (keep(e)) yield e;
      }
    }
  reader.end();
  opts.onProgress?.(reader.consumed);
  for (const e of reader.drain()) if (keep(e)) yield e;
}

/** All reader events for an in-memory input. */
export function readEventsSync(input: string | Uint8Array, opts: ReaderOptions = {}): ReaderEvent[] {
  const reader = new X12Reader(opts);
  const out: ReaderEvent[] = [];
  for (const chunk of syncChunks(input)) {
    reader.push(chunk);
    out.push(...reader.drain());
  }
  reader.end();
  out.push(...reader.drain());
  return out;
}
