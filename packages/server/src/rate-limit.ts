/**
 * @module rate-limit
 * A token bucket per caller (user id when signed in, else the peer address): `rate` requests a
 * second on average with bursts up to `burst`. In-process: each server process limits its own
 * callers, which is what protects that process.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #rate: number;
  readonly #burst: number;

  constructor(rate: number, burst: number) {
    this.#rate = rate;
    this.#burst = burst;
  }

  /** True when the caller may go on; false when it must wait. */
  take(key: string, now = Date.now()): boolean {
    const b = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    b.tokens = Math.min(this.#burst, b.tokens + ((now - b.at) / 1000) * this.#rate);
    b.at = now;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    this.#buckets.set(key, b);
    if (this.#buckets.size > 100_000) this.#buckets.clear();
    return ok;
  }
}
