/**
 * @module icd10cm/history-build
 * Turns a run of fiscal years' order files into validity spans: one span per stretch of
 * consecutive years in which a code kept the same billable flag and descriptions. Fiscal
 * year N runs from October 1 of N-1 to September 30 of N (CDC/NCHS release calendar).
 * Mid-year additions (April 2020, January 2021, April 2022, April 2023) are not in the
 * October files of their year; the conversion table carries their exact date, which moves
 * the start of the code's first span.
 */
import type { OrderRecord } from './order-file.ts';

export type YearRecord = Omit<OrderRecord, 'order'>;

export interface Span {
  code: string;
  firstFy: number;
  lastFy: number;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  validTo: string;
  billable: boolean;
  short: string;
  long: string;
}

export const fyStart = (fy: number): string => `${fy - 1}-10-01`;
export const fyEnd = (fy: number): string => `${fy}-09-30`;

/** The fiscal year of a YYYY-MM-DD date. */
export const fyOf = (date: string): number => {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 10 ? y + 1 : y;
};

/** Builds spans year by year; call `add` in ascending fiscal-year order, then `finish`. */
export class SpanBuilder {
  readonly #open = new Map<string, Span>();
  readonly #closed: Span[] = [];
  #lastFy: number | undefined;

  add(fy: number, codes: ReadonlyMap<string, YearRecord>): void {
    if (this.#lastFy !== undefined && fy !== this.#lastFy + 1) {
      throw new RangeError(`fiscal years must follow each other: ${this.#lastFy} then ${fy}`);
    }
    this.#lastFy = fy;
    for (const [code, span] of this.#open) {
      const r = codes.get(code);
      if (!r || r.billable !== span.billable || r.short !== span.short || r.long !== span.long) {
        this.#closed.push(span);
        this.#open.delete(code);
      }
    }
    for (const r of codes.values()) {
      const span = this.#open.get(r.code);
      if (span) {
        span.lastFy = fy;
        span.validTo = fyEnd(fy);
      } else {
        this.#open.set(r.code, {
          code: r.code,
          firstFy: fy,
          lastFy: fy,
          validFrom: fyStart(fy),
          validTo: fyEnd(fy),
          billable: r.billable,
          short: r.short,
          long: r.long,
        });
      }
    }
  }

  /**
   * All spans, by code then start. `addedOn` gives the exact date a code was added, when the
   * conversion table knows it; it moves the code's first span start when the date falls in
   * that span's first fiscal year or the year before (a mid-year addition).
   */
  finish(addedOn: ReadonlyMap<string, string> = new Map()): Span[] {
    const all = [...this.#closed, ...this.#open.values()];
    this.#open.clear();
    all.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.firstFy - b.firstFy));
    let prev: string | undefined;
    for (const s of all) {
      const first = s.code !== prev;
      prev = s.code;
      const d = addedOn.get(s.code);
      if (!first || d === undefined) continue;
      const fy = fyOf(d);
      if (fy === s.firstFy || fy === s.firstFy - 1) s.validFrom = d;
    }
    return all;
  }
}
