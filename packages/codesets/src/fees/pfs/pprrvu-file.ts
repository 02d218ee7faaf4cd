/**
 * @module fees/pfs/pprrvu-file
 * Loads a PPRRVU CSV (RVUs and payment policy indicators per HCPCS code and modifier) into
 * `pfs_rvu`. The file opens with title and notice rows, then caption rows and the header row
 * `HCPCS,MOD,DESCRIPTION,CODE,...`. RVUs and the conversion factor are decimal rates, not
 * money: they are stored as numbers; a price (RVUs × GPCI × CF) is rounded to cents by whoever
 * computes it. Descriptions are CPT text (AMA) and are not stored.
 */
import type Database from 'better-sqlite3';
import { parseHcpcs } from '@medcode/domain';
import { blankRecord, csvRecords, squash } from '../../edits/read/csv-rows.ts';
import { badRecord } from '../../edits/read/problems.ts';
import {
  column,
  NUMERIC_RVU_FIELDS,
  OPTIONAL_RVU_FIELDS,
  RVU_COLUMNS,
  RVU_FIELDS,
  type RvuField,
} from './pprrvu-columns.ts';

export const PFS_RVU_SCHEMA = `
CREATE TABLE pfs_rvu (
  ${RVU_FIELDS.map((f) => `${column(f)} ${NUMERIC_RVU_FIELDS.has(f) ? 'REAL' : 'TEXT'}`).join(',\n  ')},
  line INTEGER NOT NULL,
  PRIMARY KEY (hcpcs, modifier)
) WITHOUT ROWID;`;

const DECIMAL = /^-?\d*\.?\d+$/;

export async function loadPprrvu(
  db: Database.Database,
  path: string,
): Promise<{ rows: number; conversionFactor: number }> {
  const insert = db.prepare(
    `INSERT INTO pfs_rvu (${RVU_FIELDS.map(column).join(', ')}, line) VALUES (${RVU_FIELDS.map(() => '?').join(', ')}, ?)`,
  );
  const captions: string[][] = [];
  let col: Map<RvuField, number> | undefined;
  const factors = new Map<number, number>();
  let rows = 0;
  for await (const { cells, line } of csvRecords(path)) {
    if (!col) {
      if (cells[0]?.trim() === 'HCPCS' && cells[1]?.trim() === 'MOD') {
        col = new Map();
        for (const [i, c] of cells.entries()) {
          const name = squash([...captions.map((r) => r[i] ?? ''), c].join(' ')).toUpperCase();
          const field = RVU_COLUMNS[name];
          if (field) col.set(field, i);
        }
        for (const f of RVU_FIELDS)
          if (!col.has(f) && !OPTIONAL_RVU_FIELDS.has(f))
            throw badRecord({ file: path, line }, `the header has no column for ${f}`);
      } else if (cells.slice(3).some((c) => c.trim() !== '')) captions.push(cells);
      continue;
    }
    if (blankRecord(cells)) continue;
    const where = { file: path, line };
    const values: (string | number | null)[] = [];
    for (const f of RVU_FIELDS) {
      const i = col.get(f);
      const raw = i === undefined ? '' : (cells[i] ?? '').trim();
      if (NUMERIC_RVU_FIELDS.has(f)) {
        if (!DECIMAL.test(raw)) throw badRecord({ ...where, field: f }, `not a number: "${raw}"`);
        values.push(Number(raw));
      } else values.push(i === undefined ? null : raw);
    }
    // The layout's HCPCS field is X(5). CMS also lists placeholder codes for services whose code
    // is not assigned yet (RVU26C: "GXXX1"): kept as written; no claim code will ever match them.
    const rawCode = String(values[0]).toUpperCase();
    const code = parseHcpcs(rawCode);
    if (!code.ok && !/^[0-9A-Z]{5}$/.test(rawCode)) throw badRecord({ ...where, field: 'HCPCS' }, code.error);
    values[0] = rawCode;
    const status = String(values[RVU_FIELDS.indexOf('status')]);
    if (!/^[A-Z]$/.test(status))
      throw badRecord({ ...where, field: 'STATUS CODE' }, `not a status code: "${status}"`);
    const cf = Number(values[RVU_FIELDS.indexOf('conversionFactor')]);
    factors.set(cf, (factors.get(cf) ?? 0) + 1);
    try {
      insert.run(...values, line);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw badRecord(where, `${rawCode} ${values[1] || '(no modifier)'} is listed twice`);
      throw e;
    }
    rows++;
  }
  if (!col) throw badRecord({ file: path }, 'no "HCPCS,MOD,..." header row: not a PPRRVU file');
  // The release's conversion factor: the one (nearly) every row states.
  const conversionFactor = [...factors.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return { rows, conversionFactor };
}
