import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cents, formatDollars, formatX12Amount, parseCents } from './money.ts';

describe('money in integer cents', () => {
  it('parses X12 amounts', () => {
    expect(parseCents('125.5')).toEqual({ ok: true, value: 12550 });
    expect(parseCents('100')).toEqual({ ok: true, value: 10000 });
    expect(parseCents('.05')).toEqual({ ok: true, value: 5 });
    expect(parseCents('-3.10')).toEqual({ ok: true, value: -310 });
    expect(parseCents('1.234').ok).toBe(false);
    expect(parseCents('abc').ok).toBe(false);
  });
  it('formats', () => {
    expect(formatX12Amount(12550 as Cents)).toBe('125.5');
    expect(formatX12Amount(5 as Cents)).toBe('0.05');
    expect(formatDollars(123450 as Cents)).toBe('$1,234.50');
  });
  it('format then parse is identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const r = parseCents(formatX12Amount(n as Cents));
        return r.ok && r.value === n;
      }),
    );
  });
});
