/**
 * @module cms/common/dates
 * The date forms of CMS files: CCYYMMDD (HCPCS, record layouts) and MM/DD/YYYY (X12 code
 * lists), turned into ISO days once, at the edge.
 */
import { parseIsoDate, type Place } from '@medcode/domain';
import { badInput } from './source-text.ts';

/** "20251001" → "2025-10-01"; blank or all zeros → undefined (no date). */
export function ccyymmdd(raw: string, place: Place): string | undefined {
  const s = raw.trim();
  if (s === '' || /^0+$/.test(s)) return undefined;
  const r = /^\d{8}$/.test(s) ? parseIsoDate(s) : undefined;
  if (!r?.ok) throw badInput(`not a CCYYMMDD date: "${raw}"`, place);
  return r.value;
}

/** "01/01/1995" → "1995-01-01"; blank → undefined. */
export function mmddyyyy(raw: string, place: Place): string | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const r = m ? parseIsoDate(`${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`) : undefined;
  if (!r?.ok) throw badInput(`not a MM/DD/YYYY date: "${raw}"`, place);
  return r.value;
}

/** Whether `on` falls in [from, to]; an absent bound is open. */
export function within(on: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || from <= on) && (to === undefined || on <= to);
}
