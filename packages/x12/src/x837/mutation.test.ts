import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEventsSync } from '../engine/input.ts';
import { anyClaim } from '../testing/claim-arbitrary.ts';
import { claim837Handler } from './handler.ts';
import { write837 } from './write837.ts';

const ENVELOPE = {
  sender: { id: 'SENDER01' },
  receiver: { id: 'RECEIVER01' },
  date: '20240102',
  time: '0930',
};
const valid = fc
  .sample(fc.array(anyClaim, { minLength: 1, maxLength: 3 }), { numRuns: 8, seed: 11 })
  .map((c) => Buffer.from(write837(c, ENVELOPE)));

/** Bytes that matter to X12 (delimiters, digits, letters, line breaks) and any byte at all. */
const byte = fc.oneof(
  fc.constantFrom(0x2a, 0x3a, 0x5e, 0x7e, 0x0a, 0x0d, 0x49, 0x53, 0x41, 0x30),
  fc.integer({ min: 0, max: 255 }),
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: byte }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: byte }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function mutate(input: Buffer, ms: { kind: string; at: number; value?: number; length?: number }[]): Buffer {
  let b = Buffer.from(input);
  for (const m of ms) {
    const at = b.length === 0 ? 0 : m.at % b.length;
    if (m.kind === 'set') b[at] = m.value!;
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length!)]);
    else if (m.kind === 'insert')
      b = Buffer.concat([b.subarray(0, at), Buffer.from([m.value!]), b.subarray(at)]);
    else b = b.subarray(0, at);
  }
  return b;
}

describe('837 reader on mutated input', () => {
  it('never throws nor hangs, and ends every run with its acknowledgments', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (input, ms) => {
          const bytes = mutate(input, ms);
          const started = performance.now();
          const events = readEventsSync(bytes, { handlers: [claim837Handler()] });
          expect(performance.now() - started).toBeLessThan(2000);
          // Every transaction set that started is answered; every claim is either read or rejected with a position.
          for (const e of events) {
            if (e.kind === 'rejected') expect(e.error.length).toBeGreaterThan(0);
            if (e.kind === 'problem') expect(e.problem.position.segmentIndex).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
