/**
 * @module ui/format
 * How codes, money and dates are written on screen. Codes travel without the ICD-10-CM dot
 * ("E1122", as in X12 HI segments) and are shown with it ("E11.22"); money travels in cents.
 */

/** "E1122" → "E11.22" for ICD-10-CM; procedure codes are shown as they are. */
export function showDiagnosis(code: string): string {
  const c = code.toUpperCase();
  return c.length > 3 && !c.includes('.') ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

/** The form a code has on a claim: upper case, no dot. */
export const codeKey = (code: string): string => code.trim().toUpperCase().replace('.', '');

export function money(cents: number): string {
  return (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}

/** Dollars typed by a person ("185", "185.5", "$1,200.00") → cents, or undefined. */
export function parseDollars(input: string): number | undefined {
  const s = input.replace(/[$,\s]/g, '');
  if (!/^\d+(?:\.\d{0,2})?$/.test(s)) return undefined;
  const [whole, frac = ''] = s.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dateTime(ms: number): string {
  return new Date(ms).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Whole days between `from` and `now`. */
export function ageDays(from: number, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - from) / 86_400_000));
}
