/**
 * @module edits/read/dates
 * The date forms CMS files use, turned into ISO calendar days (YYYY-MM-DD) once, at the edge:
 * CCYYMMDD (NCCI PTP, CLFS), the CMS "Julian" CCYYDDD (NCCI add-on code file: 2013091 is
 * April 1, 2013) and Excel date cells (lab NCD spreadsheet). Edit tables compare days as
 * integers CCYYMMDD where they must be compact (PTP).
 */
import { parseIsoDate } from '@medcode/domain';

/** "20260101" or "2026-01-01" → "2026-01-01"; undefined when not a calendar day. */
export function isoFromCompact(s: string): string | undefined {
  const r = parseIsoDate(s);
  return r.ok ? r.value : undefined;
}

/**
 * CMS CCYYDDD (year and day of the year) → ISO. The AOC file states its dates this way:
 * 2013091 = 2013-04-01, 2013365 = 2013-12-31.
 */
export function isoFromJulian(s: string): string | undefined {
  const m = /^(\d{4})(\d{3})$/.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const day = Number(m[2]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day < 1 || day > (leap ? 366 : 365)) return undefined;
  return new Date(Date.UTC(year, 0, day)).toISOString().slice(0, 10);
}

/** An Excel date cell as exceljs reads it (a Date at UTC midnight) → ISO. */
export function isoFromDateCell(d: Date): string | undefined {
  const t = d.getTime();
  return Number.isNaN(t) ? undefined : d.toISOString().slice(0, 10);
}

/** "2026-04-01" → 20260401, the compact integer form the PTP table stores. */
export const dayNumber = (iso: string): number => Number(iso.replaceAll('-', ''));

/** 20260401 → "2026-04-01". */
export function isoFromDayNumber(n: number): string {
  const s = String(n).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}
