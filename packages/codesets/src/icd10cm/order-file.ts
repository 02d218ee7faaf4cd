/**
 * @module icd10cm/order-file
 * The CDC/NCHS ICD-10-CM order file and its order addenda, both fixed width.
 *
 * Order file layout (CDC "ICD-10-CM Order File" record layout PDF, 1-based columns):
 *   1-5 order number, zero padded; 6 blank; 7-13 code, no dot, left aligned; 14 blank;
 *   15 flag: 0 header (not valid for submission on a claim), 1 valid for submission;
 *   16 blank; 17-76 short description (60); 77 blank; 78-end long description (up to 400).
 *
 * Order addenda (same CDC release): each line is an action label padded to 13 characters
 * ("Add:", "Delete:", "Revise from:", "Revise to:") followed by the order-file record from
 * column 15 on (flag, code, short, long); a summary at the end gives the header and code
 * counts of the old and new order files.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';

export interface OrderRecord {
  order: number;
  /** Canonical form, no dot: "E1122". */
  code: string;
  /** Flag 1: valid for submission (billable); 0: a header. */
  billable: boolean;
  short: string;
  long: string;
}

export type AddendaAction = 'add' | 'delete' | 'reviseFrom' | 'reviseTo';

export interface AddendaChange {
  action: AddendaAction;
  /** Line in the addenda file. */
  line: number;
  code: string;
  billable: boolean;
  short: string;
  long: string;
}

export interface AddendaSummary {
  /** The fiscal year of the new order file the addenda produce. */
  toYear: number;
  headers: number;
  codes: number;
}

// FY2026 added category QA0: a letter may stand second, then a digit.
const CODE = /^[A-Z](?:[0-9][0-9A-Z]|A[0-9])[0-9A-Z]{0,4}$/;

function bad(file: string, line: number, msg: string): never {
  throw new MedcodeError(ERROR_CODES.BAD_INPUT, msg, { place: { file, line } });
}

function record(flag: string, code: string, short: string, long: string, file: string, line: number) {
  if (flag !== '0' && flag !== '1') bad(file, line, `header flag must be 0 or 1, found "${flag}"`);
  if (!CODE.test(code)) bad(file, line, `not an ICD-10-CM code: "${code}"`);
  if (short.length === 0 || long.length === 0) bad(file, line, `code ${code} has no description`);
  return { code, billable: flag === '1', short, long };
}

/** One order-file line (columns as in the module header). */
export function parseOrderLine(text: string, file: string, line: number): OrderRecord {
  const order = text.slice(0, 5);
  if (!/^\d{5}$/.test(order)) bad(file, line, `order number must be 5 digits, found "${order}"`);
  const r = record(
    text.charAt(14),
    text.slice(6, 13).trim(),
    text.slice(16, 76).trim(),
    text.slice(77).trim(),
    file,
    line,
  );
  return { order: Number(order), ...r };
}

/** An addenda record after its 13-character label: flag, blank, code (7), blank, short, blank, long. */
function parseAddendaTail(tail: string, file: string, line: number): Omit<OrderRecord, 'order'> {
  return record(
    tail.charAt(0),
    tail.slice(2, 9).trim(),
    tail.slice(10, 70).trim(),
    tail.slice(71).trim(),
    file,
    line,
  );
}

/** Every record of an order file (CRLF or LF; blank lines skipped; a code may appear once). */
export function parseOrderFile(text: string, file: string): OrderRecord[] {
  const out: OrderRecord[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim().length === 0) continue;
    const rec = parseOrderLine(l, file, i + 1);
    if (seen.has(rec.code)) bad(file, i + 1, `code ${rec.code} appears twice`);
    seen.add(rec.code);
    out.push(rec);
  }
  if (out.length === 0) bad(file, 1, 'the order file has no records');
  return out;
}

const ACTIONS: Record<string, AddendaAction> = {
  'Add:': 'add',
  'Delete:': 'delete',
  'Revise from:': 'reviseFrom',
  'Revise to:': 'reviseTo',
};

const SUMMARY = /^\s*(\d+) (headers|codes) in icd10cm_order_(\d{4})\w*\.txt/;

export function parseOrderAddenda(
  text: string,
  file: string,
): { changes: AddendaChange[]; summary: AddendaSummary } {
  const changes: AddendaChange[] = [];
  const counts = new Map<string, { year: number; n: number }>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const label = l.slice(0, 13).trim();
    const action = ACTIONS[label];
    if (action) {
      changes.push({ action, line: i + 1, ...parseAddendaTail(l.slice(13), file, i + 1) });
      continue;
    }
    // The summary names the old file, then the new one: the later line wins.
    const m = SUMMARY.exec(l);
    if (m) counts.set(m[2]!, { year: Number(m[3]), n: Number(m[1]) });
  }
  const headers = counts.get('headers');
  const codes = counts.get('codes');
  if (!headers || !codes) bad(file, lines.length, 'the order addenda have no header/code count summary');
  return { changes, summary: { toYear: codes.year, headers: headers.n, codes: codes.n } };
}

/**
 * Applies order addenda to the previous year's codes, in file order (a code that turns from a
 * code into a header is a Delete followed by an Add). An Add of a code already there, or a
 * Delete or Revise of one that is not, means the base year is wrong; the counts the addenda
 * summary states are checked at the end, so a damaged file cannot pass unnoticed either.
 */
export function applyOrderAddenda(
  before: ReadonlyMap<string, Omit<OrderRecord, 'order'>>,
  addenda: { changes: AddendaChange[]; summary: AddendaSummary },
  file: string,
): Map<string, Omit<OrderRecord, 'order'>> {
  const after = new Map(before);
  for (const c of addenda.changes) {
    const rec = { code: c.code, billable: c.billable, short: c.short, long: c.long };
    const has = after.has(c.code);
    if (c.action === 'add' && has) bad(file, c.line, `adds ${c.code}, which the base year already has`);
    if (c.action !== 'add' && !has) bad(file, c.line, `changes ${c.code}, which the base year does not have`);
    if (c.action === 'delete') after.delete(c.code);
    else if (c.action === 'add' || c.action === 'reviseTo') after.set(c.code, rec);
  }
  let codes = 0;
  for (const r of after.values()) if (r.billable) codes++;
  const headers = after.size - codes;
  const s = addenda.summary;
  if (codes !== s.codes || headers !== s.headers) {
    bad(
      file,
      1,
      `applying the addenda gives ${codes} codes and ${headers} headers, the addenda summary says ${s.codes} and ${s.headers}`,
    );
  }
  return after;
}
