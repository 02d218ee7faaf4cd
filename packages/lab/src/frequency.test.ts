// The frequency window arithmetic: calendar months, end-of-month days clamped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsBefore } from './frequency.ts';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('monthsBefore', () => {
  it('counts calendar months and clamps to the end of a shorter month', () => {
    expect(monthsBefore('2026-03-02', 3)).toBe('2025-12-02');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-10', -3)).toBe('2026-04-10');
  });

  it('is a real day, before the date, within the months asked', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (on, n) => {
        const start = monthsBefore(on, n);
        expect(new Date(`${start}T00:00:00Z`).toISOString().slice(0, 10)).toBe(start);
        expect(start < on).toBe(true);
        const months =
          (Number(on.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
          Number(on.slice(5, 7)) -
          Number(start.slice(5, 7));
        expect(months).toBe(n);
        expect(Number(start.slice(8))).toBeLessThanOrEqual(Number(on.slice(8)));
      }),
    );
  });
});
