/**
 * @module cms/cpt/customer-file
 * Reading a customer's CPT descriptions file. CPT descriptions are licensed by the AMA, so
 * Medcode never ships them; a customer who holds a licence gives `medcode setup --cpt FILE`.
 *
 * Accepted shapes (one code per line):
 * - comma-separated (CSV, quotes as RFC 4180) or tab-delimited (as the AMA's own data files,
 *   e.g. LONGULT.txt: `code<TAB>description`); the delimiter is the one of the first line;
 * - an optional heading line: when the first cell is not a CPT code, the line is a heading, and
 *   the columns are picked by name (code: "code", "cpt", "cpt code", "hcpcs"; description:
 *   "description", "long description", "descriptor", "desc", "title"); without a heading,
 *   column 1 is the code and column 2 the description; other columns are ignored;
 * - UTF-8 (with or without byte-order mark), or Windows-1252 when not valid UTF-8.
 * Codes must be CPT-shaped (5 digits, or 4 digits and F, T, U or M). A code listed twice with
 * the same description is kept once; with two descriptions it is an error naming both lines.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Place } from '@medcode/domain';
import { parseRecords } from '../common/csv.ts';
import { badInput } from '../common/source-text.ts';

export interface CptEntry {
  code: string;
  description: string;
  line: number;
}

const CPT = /^\d{4}[0-9FTUM]$/;
const CODE_HEADINGS = new Set([
  'code',
  'cpt',
  'cpt code',
  'cpt_code',
  'cptcode',
  'hcpcs',
  'hcpcs code',
  'procedure code',
]);
const DESCRIPTION_HEADINGS = new Set([
  'description',
  'long description',
  'long_description',
  'descriptor',
  'desc',
  'title',
]);

function decodeCustomer(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseCptText(text: string, where: string): CptEntry[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  let rows = parseRecords(text, where, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    // Tab-delimited AMA files are not quoted; a stray quote must not swallow lines.
    quote: delimiter === '\t' ? false : '"',
  });
  let codeCol = 0;
  let descCol = 1;
  const first = rows[0];
  if (first && !CPT.test((first.record[0] ?? '').toUpperCase())) {
    const headings = first.record.map((h) => h.toLowerCase());
    const c = headings.findIndex((h) => CODE_HEADINGS.has(h));
    const d = headings.findIndex((h) => DESCRIPTION_HEADINGS.has(h));
    if (c < 0 || d < 0)
      throw badInput(
        `the first line is neither a CPT code line nor a heading naming a code and a description column`,
        { file: where, line: 1 },
      );
    codeCol = c;
    descCol = d;
    rows = rows.slice(1);
  }
  const out = new Map<string, CptEntry>();
  for (const { record, info } of rows) {
    const place: Place = { file: where, line: info.lines };
    const code = (record[codeCol] ?? '').toUpperCase();
    const description = record[descCol] ?? '';
    if (!CPT.test(code))
      throw badInput(`"${record[codeCol] ?? ''}" is not a CPT code`, { ...place, field: 'code' });
    if (description === '')
      throw badInput(`CPT ${code} has no description`, { ...place, field: 'description' });
    const before = out.get(code);
    if (before && before.description !== description)
      throw badInput(`CPT ${code} has two descriptions (also line ${before.line})`, place);
    if (!before) out.set(code, { code, description, line: info.lines });
  }
  if (out.size === 0) throw badInput('the file holds no CPT code', { file: where });
  return [...out.values()];
}

/** Reads a customer file; errors name it `as` (the name the customer gave it) when given. */
export function readCptFile(path: string, as = basename(path)): CptEntry[] {
  return parseCptText(decodeCustomer(readFileSync(path)), as);
}
