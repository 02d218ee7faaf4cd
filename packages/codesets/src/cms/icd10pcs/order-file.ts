/**
 * @module cms/icd10pcs/order-file
 * The ICD-10-PCS order file (icd10pcs_order_YYYY.txt) and its addenda, in the fixed-width layout
 * CMS documents in icd10pcsOrderFile.pdf (shipped in the same zip):
 *
 *   pos 1-5   order number, zero-filled      pos 7-13  code (headers are 3 characters)
 *   pos 15    0 = header (table, not valid for HIPAA transactions), 1 = valid code
 *   pos 17-76 short title (60)               pos 78-   long title
 *
 * The addenda file (order_addenda_YYYY.txt) lists, per line, an action label in pos 1-13
 * ("Add:", "Delete:", "Revise from:", "Revise to:") followed by the same code/title fields one
 * column later (code 14-20, short 22-81, long 83-), and ends with counts per year.
 */
import type { Place } from '@medcode/domain';
import { badInput } from '../common/source-text.ts';

export interface PcsOrderRecord {
  order: number;
  code: string;
  /** True for a valid (billable) 7-character code, false for a 3-character table header. */
  valid: boolean;
  short: string;
  long: string;
}

export type PcsAddendaAction = 'add' | 'delete' | 'revise-from' | 'revise-to';

export interface PcsAddendaRecord {
  action: PcsAddendaAction;
  code: string;
  short: string;
  long: string;
}

const CODE = /^[0-9A-HJ-NP-Z]{3}(?:[0-9A-HJ-NP-Z]{4})?$/;

export function parseOrderLine(line: string, place: Place): PcsOrderRecord {
  // The shortest real record is a header: order, code, flag and a one-word title.
  if (line.length < 78) throw badInput(`order-file record too short (${line.length} characters)`, place);
  const order = line.slice(0, 5);
  const code = line.slice(6, 13).trimEnd();
  const flag = line[14];
  if (!/^\d{5}$/.test(order)) throw badInput(`order number "${order}" is not 5 digits`, place);
  if (!CODE.test(code)) throw badInput(`"${code}" is not an ICD-10-PCS code or table`, place);
  if (flag !== '0' && flag !== '1') throw badInput(`header flag "${flag}" is neither 0 nor 1`, place);
  if ((flag === '1') !== (code.length === 7))
    throw badInput(`flag ${flag} does not fit the ${code.length}-character code ${code}`, place);
  const short = line.slice(16, 76).trim();
  const long = line.slice(77).trim();
  if (short === '' || long === '') throw badInput(`code ${code} has no title`, place);
  return { order: Number(order), code, valid: flag === '1', short, long };
}

const ACTIONS: Record<string, PcsAddendaAction> = {
  'Add:': 'add',
  'Delete:': 'delete',
  'Revise from:': 'revise-from',
  'Revise to:': 'revise-to',
};

/** Count lines at the end of the addenda: "  79115 codes in icd10pcs_order_2026.txt". */
export interface PcsAddendaCount {
  what: 'codes' | 'headers';
  count: number;
  year: number;
}

export function parseAddendaLine(line: string, place: Place): PcsAddendaRecord | PcsAddendaCount | undefined {
  const count = /^\s*(\d+) (codes|headers) in icd10pcs_order_(\d{4})\.txt\s*$/.exec(line);
  if (count)
    return { what: count[2] as 'codes' | 'headers', count: Number(count[1]), year: Number(count[3]) };
  const label = line.slice(0, 13).trim();
  const action = ACTIONS[label];
  if (action === undefined) {
    if (/^[A-Z][a-z]+( [a-z]+)?:/.test(line)) throw badInput(`unknown addenda action "${label}"`, place);
    return undefined; // summary prose ("Codes", "of which", "156 additions")
  }
  const code = line.slice(13, 20).trimEnd();
  if (!CODE.test(code)) throw badInput(`"${code}" is not an ICD-10-PCS code or table`, place);
  const short = line.slice(21, 81).trim();
  const long = line.slice(82).trim();
  if (short === '' || long === '') throw badInput(`addenda record for ${code} has no title`, place);
  return { action, code, short, long };
}
