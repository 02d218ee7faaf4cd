import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LatestOnly } from './latest-only.ts';

describe('LatestOnly (type-ahead that keeps up with typing)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once for a burst of keys, for the last text', async () => {
    const asked: string[] = [];
    const got: string[] = [];
    const s = new LatestOnly(
      async (q) => {
        asked.push(q);
        return q.toUpperCase();
      },
      (_, v) => got.push(v),
      30,
    );
    for (const q of ['d', 'di', 'dia', 'diab']) {
      s.ask(q);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(30);
    expect(asked).toEqual(['diab']);
    expect(got).toEqual(['DIAB']);
  });

  it('cancels the request of an older text and never shows its late answer', async () => {
    const signals = new Map<string, AbortSignal>();
    const release = new Map<string, () => void>();
    const got: string[] = [];
    const s = new LatestOnly(
      (q, signal) => {
        signals.set(q, signal);
        return new Promise<string>((ok) => release.set(q, () => ok(q)));
      },
      (q) => got.push(q),
      30,
    );
    s.ask('diab');
    await vi.advanceTimersByTimeAsync(31);
    s.ask('diabetes');
    await vi.advanceTimersByTimeAsync(31);
    expect(signals.get('diab')!.aborted).toBe(true);
    expect(signals.get('diabetes')!.aborted).toBe(false);
    release.get('diabetes')!();
    release.get('diab')!();
    await vi.advanceTimersByTimeAsync(0);
    expect(got).toEqual(['diabetes']);
  });
});
