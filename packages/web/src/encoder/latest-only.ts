/**
 * @module encoder/latest-only
 * Runs a search for what the box says now, not for every key: a request leaves `delayMs` after
 * the last key, the request still running for an older text is cancelled (AbortSignal), and an
 * answer is delivered only if it answers the latest text, so a slow early answer never
 * overwrites a fast later one. Plain TypeScript, so the timing is tested without a browser.
 */
export class LatestOnly<T> {
  readonly #run: (text: string, signal: AbortSignal) => Promise<T>;
  readonly #deliver: (text: string, value: T) => void;
  readonly #delayMs: number;
  #latest = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: AbortController | undefined;

  constructor(
    run: (text: string, signal: AbortSignal) => Promise<T>,
    deliver: (text: string, value: T) => void,
    delayMs: number,
  ) {
    this.#run = run;
    this.#deliver = deliver;
    this.#delayMs = delayMs;
  }

  /** The box now says `text`. */
  ask(text: string): void {
    this.#latest = text;
    this.cancel();
    this.#timer = setTimeout(() => {
      const ctl = new AbortController();
      this.#running = ctl;
      void this.#run(text, ctl.signal).then((value) => {
        if (!ctl.signal.aborted && text === this.#latest) this.#deliver(text, value);
      });
    }, this.#delayMs);
  }

  /** Drops the waiting request and cancels the running one. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#running?.abort();
    this.#running = undefined;
  }
}
