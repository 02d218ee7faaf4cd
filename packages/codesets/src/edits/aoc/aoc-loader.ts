/**
 * @module edits/aoc/aoc-loader
 * NCCI add-on code edits (Medicare AOC file, .xlsx): an AMA notice row, then the header
 * `AOC_Edit_Type, Add-On_Code, AOC_DelDT, Primary_Code, Primary_Code_DelDT, AOC_Edit_EffDT,
 * AOC_Edit_DelDT, Special_Instruction_Notes`, then one row per add-on/primary pair. Dates are
 * CMS CCYYDDD (2013091 = April 1, 2013). Type 2 add-ons have no primary list: the file writes
 * the primary as "CCCCC" ("Contractor Defined Primary Codes"). Deletion dates fall on the last
 * day of a quarter (2013365, 2023181), so a deletion date is the last day an edit applies.
 */
import { basename } from 'node:path';
import { parseHcpcs } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { isoFromJulian } from '../read/dates.ts';
import { badRecord } from '../read/problems.ts';
import { writeMeta } from '../read/release-db.ts';
import { inTransaction } from '../read/transaction.ts';
import { cellText, sheetRows } from '../read/xlsx-rows.ts';

export const AOC_SCHEMA = `
CREATE TABLE aoc (
  addon TEXT NOT NULL,
  primary_code TEXT NOT NULL,
  type INTEGER NOT NULL,
  addon_deleted TEXT,
  primary_deleted TEXT,
  effective TEXT NOT NULL,
  deleted TEXT,
  note TEXT,
  row INTEGER NOT NULL,
  PRIMARY KEY (addon, primary_code, effective)
) WITHOUT ROWID;
CREATE INDEX aoc_by_primary ON aoc (primary_code);`;

/** The primary code the file writes for contractor-defined primaries (type 2). */
export const CONTRACTOR_DEFINED = 'CCCCC';

type Column =
  | 'type'
  | 'addon'
  | 'addonDeleted'
  | 'primary'
  | 'primaryDeleted'
  | 'effective'
  | 'deleted'
  | 'note';
/** Header names compared in this form: lower case, letters and digits only. */
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const WANTED: Record<Column, string> = {
  type: norm('AOC_Edit_Type'),
  addon: norm('Add-On_Code'),
  addonDeleted: norm('AOC_DelDT'),
  primary: norm('Primary_Code'),
  primaryDeleted: norm('Primary_Code_DelDT'),
  effective: norm('AOC_Edit_EffDT'),
  deleted: norm('AOC_Edit_DelDT'),
  note: norm('Special_Instruction_Notes'),
};

async function loadFile(ctx: LoaderContext, path: string): Promise<{ rows: number; addOns: number }> {
  const insert = ctx.db.prepare(
    `INSERT INTO aoc (addon, primary_code, type, addon_deleted, primary_deleted, effective, deleted, note, row)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let col: Record<Column, number> | undefined;
  const seen = new Map<string, number>();
  const addOns = new Set<string>();
  let rows = 0;
  for await (const { sheet, row, cells } of sheetRows(path)) {
    const text = (k: Column): string => cellText(cells[col?.[k] ?? -1]);
    if (!col) {
      const names = cells.map((c) => norm(cellText(c)));
      if (!names.includes(WANTED.addon)) continue; // the AMA notice
      const found: Partial<Record<Column, number>> = {};
      for (const k of Object.keys(WANTED) as Column[]) {
        const i = names.indexOf(WANTED[k]);
        if (i < 0 && k !== 'note')
          throw badRecord({ file: path, sheet, row }, `no ${k} column in the header`);
        found[k] = i;
      }
      col = found as Record<Column, number>;
      continue;
    }
    const where = { file: path, sheet, row };
    if (cells.every((c) => cellText(c) === '')) continue;
    const type = text('type');
    if (!/^[123]$/.test(type))
      throw badRecord({ ...where, field: 'AOC_Edit_Type' }, `edit type must be 1, 2 or 3: "${type}"`);
    const addon = parseHcpcs(text('addon'));
    if (!addon.ok) throw badRecord({ ...where, field: 'Add-On_Code' }, addon.error);
    const rawPrimary = text('primary').toUpperCase();
    const primary = rawPrimary === CONTRACTOR_DEFINED ? CONTRACTOR_DEFINED : parseHcpcs(rawPrimary);
    if (typeof primary !== 'string' && !primary.ok)
      throw badRecord({ ...where, field: 'Primary_Code' }, primary.error);
    const date = (k: 'addonDeleted' | 'primaryDeleted' | 'effective' | 'deleted', field: string) => {
      const raw = text(k);
      if (raw === '') return null;
      const iso = isoFromJulian(raw);
      if (!iso) throw badRecord({ ...where, field }, `not a CMS CCYYDDD date: "${raw}"`);
      return iso;
    };
    const effective = date('effective', 'AOC_Edit_EffDT');
    if (!effective) throw badRecord({ ...where, field: 'AOC_Edit_EffDT' }, 'the edit has no effective date');
    const primaryCode = typeof primary === 'string' ? primary : primary.value;
    const key = `${addon.value}\t${primaryCode}\t${effective}`;
    const prior = seen.get(key);
    if (prior !== undefined) throw badRecord(where, `the same edit is listed twice (first on row ${prior})`);
    seen.set(key, row);
    insert.run(
      addon.value,
      primaryCode,
      Number(type),
      date('addonDeleted', 'AOC_DelDT'),
      date('primaryDeleted', 'Primary_Code_DelDT'),
      effective,
      date('deleted', 'AOC_Edit_DelDT'),
      text('note') || null,
      row,
    );
    addOns.add(addon.value);
    rows++;
  }
  if (!col) throw badRecord({ file: path }, 'no "Add-On_Code" header row: not an NCCI add-on code file');
  writeMeta(ctx.db, { file: basename(path), rows, addOns: addOns.size });
  return { rows, addOns: addOns.size };
}

export const aocLoader: DatasetLoader = {
  name: 'ncci-aoc',
  version: 1,
  async load(ctx) {
    ctx.db.exec(AOC_SCHEMA);
    const files = ctx.release.files.filter((f) => f.name.toLowerCase().endsWith('.xlsx'));
    if (files.length !== 1)
      throw badRecord({ file: ctx.release.id }, 'an AOC release needs exactly one .xlsx file');
    const { rows } = await inTransaction(ctx.db, () => loadFile(ctx, ctx.file(files[0]!.name)));
    ctx.progress(rows, rows, 'add-on code edits');
  },
};
