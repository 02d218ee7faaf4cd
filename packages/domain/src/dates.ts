/**
 * @module dates
 * Calendar dates as ISO strings (YYYY-MM-DD). Dates of service, birth dates and effective dates
 * are days, not instants: no time zone may shift them.
 */
import type { Brand } from './brand.ts';
import { err, ok, type Result } from './result.ts';

export type IsoDate = Brand<string, 'IsoDate'>;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Accepts YYYY-MM-DD and the X12 form CCYYMMDD. */
export function parseIsoDate(input: string): Result<IsoDate> {
  const s = input.trim();
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (!m) return err(`not a date (YYYY-MM-DD or CCYYMMDD): "${input}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!valid(y, mo, d)) return err(`no such calendar day: "${input}"`);
  return ok(`${m[1]}-${m[2]}-${m[3]}` as IsoDate);
}

export function isoDate(input: string): IsoDate {
  const r = parseIsoDate(input);
  if (!r.ok) throw new RangeError(r.error);
  return r.value;
}

export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10) as IsoDate;
}

/** Whole years between birth and a date (age on the date of service). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(a: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${a}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

/**
 * The ICD-10-CM / ICD-10-PCS fiscal year a date falls in: FY N runs from October 1 of N-1
 * through September 30 of N (CDC/NCHS and CMS release calendar).
 */
export function fiscalYear(on: IsoDate): number {
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  return m >= 10 ? y + 1 : y;
}
