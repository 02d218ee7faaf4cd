/**
 * @module edits/mue/mue-loader
 * NCCI Medically Unlikely Edits, as CMS publishes each table (practitioner, outpatient hospital,
 * DME supplier) in CSV: an AMA notice (one quoted field over several lines), then the header
 * `HCPCS/CPT Code, <Setting> Services MUE Values, MUE Adjudication Indicator, MUE Rationale`,
 * then one row per code. The adjudication indicator cell carries the digit and its meaning:
 * "1 Line Edit", "2 Date of Service Edit: Policy", "3 Date of Service Edit: Clinical"
 * (NCCI Policy Manual, ch. I, MUE section). One loader serves the three tables: the dataset says
 * which setting a release is for.
 */
import { basename } from 'node:path';
import { parseHcpcs } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { blankRecord, csvRecords, squash } from '../read/csv-rows.ts';
import { badRecord } from '../read/problems.ts';
import { writeMeta } from '../read/release-db.ts';
import { inTransaction } from '../read/transaction.ts';

export const MUE_SCHEMA = `
CREATE TABLE mue (
  code TEXT PRIMARY KEY,
  mue INTEGER NOT NULL,
  mai INTEGER NOT NULL,
  mai_text TEXT NOT NULL,
  rationale TEXT NOT NULL,
  line INTEGER NOT NULL
) WITHOUT ROWID;`;

const HEADER = /^HCPCS ?\/ ?CPT Code$/i;

async function loadFile(ctx: LoaderContext, path: string): Promise<number> {
  const file = basename(path);
  const insert = ctx.db.prepare(
    'INSERT INTO mue (code, mue, mai, mai_text, rationale, line) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const seen = new Map<string, number>();
  let header: string[] | undefined;
  let rows = 0;
  for await (const { cells, line } of csvRecords(path)) {
    if (!header) {
      if (HEADER.test(squash(cells[0] ?? ''))) header = cells.map(squash);
      continue; // the AMA notice and any other preamble
    }
    if (blankRecord(cells)) continue;
    const where = { file: path, line };
    const [rawCode = '', rawValue = '', rawMai = '', rawRationale = ''] = cells.map((c) => c.trim());
    const code = parseHcpcs(rawCode);
    if (!code.ok) throw badRecord({ ...where, field: header[0] ?? 'code' }, code.error);
    if (!/^\d+$/.test(rawValue))
      throw badRecord(
        { ...where, field: header[1] ?? 'MUE value' },
        `MUE value is not a whole number: "${rawValue}"`,
      );
    const mai = /^([123])\b/.exec(rawMai);
    if (!mai)
      throw badRecord(
        { ...where, field: header[2] ?? 'MAI' },
        `MUE adjudication indicator must start with 1, 2 or 3: "${rawMai}"`,
      );
    const prior = seen.get(code.value);
    if (prior !== undefined) throw badRecord(where, `${code.value} is listed twice (first on line ${prior})`);
    seen.set(code.value, line);
    insert.run(code.value, Number(rawValue), Number(mai[1]), rawMai, rawRationale, line);
    rows++;
  }
  if (!header) throw badRecord({ file: path }, 'no "HCPCS/CPT Code" header row: not an NCCI MUE table');
  writeMeta(ctx.db, { file, valueColumn: header[1] ?? '', rows });
  return rows;
}

export const mueLoader: DatasetLoader = {
  name: 'ncci-mue',
  version: 2,
  async load(ctx) {
    ctx.db.exec(MUE_SCHEMA);
    const files = ctx.release.files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
    if (files.length !== 1)
      throw badRecord({ file: ctx.release.id }, 'an MUE release needs exactly one .csv table');
    const rows = await inTransaction(ctx.db, () => loadFile(ctx, ctx.file(files[0]!.name)));
    ctx.progress(rows, rows, 'MUE rows');
  },
};
