import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shared } from './shared-strings.ts';

describe('shared element strings', () => {
  it('are the substring, whatever was shared before (slots collide and are taken over)', () => {
    const text = fc.string({ unit: fc.constantFrom('A', 'B', '1', '2', ' ', 'é'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.nat(), fc.nat()), { minLength: 1, maxLength: 200 }), (cases) => {
        for (const [t, x, y] of cases) {
          const a = Math.min(x, y) % (t.length + 1);
          const b = Math.max(a, Math.max(x, y) % (t.length + 1));
          expect(shared(t, a, b)).toBe(t.substring(a, b));
          expect(shared(t, a, b)).toBe(t.substring(a, b));
        }
      }),
      { numRuns: 300 },
    );
  });
});
