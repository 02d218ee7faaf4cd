import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEventsSync } from '../engine/input.ts';
import type { ReaderEvent } from '../engine/types.ts';
import { anyClaim } from '../testing/claim-arbitrary.ts';
import { claim837Handler } from './handler.ts';
import { write837 } from './write837.ts';

const ENVELOPE = {
  sender: { id: 'SENDER01' },
  receiver: { id: 'RECEIVER01' },
  date: '20240102',
  time: '0930',
};

/** Events without the loop trees (kept only when asked for). */
const withoutLoops = (events: ReaderEvent[]): unknown[] =>
  events.map((e) => {
    if (e.kind !== 'claim') return e;
    const { loop: _loop, ...rest } = e;
    return rest;
  });

/** Whole segments duplicated, dropped or swapped: claims read with problems, loops climbed back into. */
const shuffle = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('dup', 'drop', 'swap')), {
  maxLength: 4,
});

describe('segments of a read claim filled again for later ones (walker recycle)', () => {
  it('read every claim and problem as when the loops are kept', () => {
    fc.assert(
      fc.property(fc.array(anyClaim, { minLength: 1, maxLength: 4 }), shuffle, (claims, ops) => {
        const segments = write837(claims, ENVELOPE).split('~');
        for (const [x, y, op] of ops) {
          const a = x % segments.length;
          const b = y % segments.length;
          if (op === 'dup') segments.splice(b, 0, segments[a]!);
          else if (op === 'drop') segments.splice(a, 1);
          else [segments[a], segments[b]] = [segments[b]!, segments[a]!];
        }
        const text = segments.join('~');
        const kept = readEventsSync(text, { handlers: [claim837Handler({ keepLoops: true })] });
        const recycled = readEventsSync(text, { handlers: [claim837Handler()] });
        expect(withoutLoops(recycled)).toEqual(withoutLoops(kept));
        // The loops were kept where asked for (so the two runs differ in what they recycle).
        for (const e of kept) if (e.kind === 'claim') expect(e.loop?.id).toBe('2300');
      }),
      { numRuns: 150 },
    );
  });
});
