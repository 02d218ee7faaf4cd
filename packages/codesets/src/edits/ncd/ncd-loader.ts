/**
 * @module edits/ncd/ncd-loader
 * The CMS lab NCD ICD-10 coding spreadsheet (NCDs 190.12-190.34, one sheet): title and legend
 * rows, a header spread over two rows (`NCD Number, NCD DESCRIPTION, CPT/HCPCS CODES,
 * CPT/HCPCS EFF DATE, CPT/HCPCS TERM DATE, ICD-10 CODE, ICD-10 EFF DATE, ICD-10 TERM DATE,
 * RESOLUTION CODE`), then one row per NCD and ICD-10-CM code. The NCD's description and its
 * CPT/HCPCS codes are written in the first rows of each NCD only. Resolution (the sheet's
 * legend): 1 = covered by Medicare, 2 = denied, 3 = does not support medical necessity. The
 * code "@@@@@@@" stands for every ICD-10-CM code the NCD does not list. NCD numbers are
 * numbers in some cells (190.3 is NCD 190.30) and text in others (190.20A).
 */
import { basename } from 'node:path';
import { parseHcpcs, parseIcd10Cm } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { isoFromDateCell, isoFromCompact } from '../read/dates.ts';
import { badRecord } from '../read/problems.ts';
import { writeMeta } from '../read/release-db.ts';
import { inTransaction } from '../read/transaction.ts';
import { type Cell, cellText, sheetRows } from '../read/xlsx-rows.ts';

export const NCD_SCHEMA = `
CREATE TABLE ncd (ncd TEXT PRIMARY KEY, description TEXT NOT NULL, row INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ncd_hcpcs (
  hcpcs TEXT NOT NULL, ncd TEXT NOT NULL, effective TEXT, terminated TEXT, row INTEGER NOT NULL,
  PRIMARY KEY (hcpcs, ncd, row)
) WITHOUT ROWID;
CREATE TABLE ncd_icd (
  ncd TEXT NOT NULL, icd TEXT NOT NULL, effective TEXT NOT NULL, terminated TEXT,
  resolution INTEGER NOT NULL, row INTEGER NOT NULL,
  PRIMARY KEY (ncd, icd, effective)
) WITHOUT ROWID;`;

/** The sheet's code for "every ICD-10-CM code not listed for this NCD". */
export const ALL_OTHER_CODES = '@@@@@@@';

type Column =
  | 'ncd'
  | 'description'
  | 'hcpcs'
  | 'hcpcsEff'
  | 'hcpcsTerm'
  | 'icd'
  | 'icdEff'
  | 'icdTerm'
  | 'resolution';

const MATCH: Record<Column, (h: string) => boolean> = {
  ncd: (h) => h.startsWith('ncd') && h.includes('number'),
  description: (h) => h.startsWith('ncd') && h.includes('description'),
  hcpcs: (h) => h.startsWith('cpt/hcpcs') && h.includes('code'),
  hcpcsEff: (h) => h.startsWith('cpt/hcpcs') && h.includes('eff'),
  hcpcsTerm: (h) => h.startsWith('cpt/hcpcs') && h.includes('term'),
  icd: (h) => h.startsWith('icd-10') && h.includes('code'),
  icdEff: (h) => h.startsWith('icd-10') && h.includes('eff'),
  icdTerm: (h) => h.startsWith('icd-10') && h.includes('term'),
  resolution: (h) => h.startsWith('resolution'),
};

function headerColumns(top: Cell[], bottom: Cell[]): Record<Column, number> | undefined {
  const names: string[] = [];
  for (let i = 0; i < Math.max(top.length, bottom.length); i++)
    names.push(`${cellText(top[i])} ${cellText(bottom[i])}`.replace(/\s+/g, ' ').trim().toLowerCase());
  const out: Partial<Record<Column, number>> = {};
  for (const k of Object.keys(MATCH) as Column[]) {
    const i = names.findIndex((n) => MATCH[k](n));
    if (i < 0) return undefined;
    out[k] = i;
  }
  return out as Record<Column, number>;
}

function ncdNumber(c: Cell): string | undefined {
  if (typeof c === 'number') return c.toFixed(2); // 190.3 → "190.30"
  const s = cellText(c).toUpperCase();
  return /^\d{3}\.\d{1,2}[A-Z]?$/.test(s) ? s : undefined;
}

function day(c: Cell | undefined): string | null | undefined {
  if (c === null || c === undefined || cellText(c) === '') return null;
  if (c instanceof Date) return isoFromDateCell(c);
  return isoFromCompact(cellText(c).replace(/\//g, '-')) ?? undefined;
}

interface Counts {
  rows: number;
  ncds: number;
}

async function loadFile(ctx: LoaderContext, path: string): Promise<Counts> {
  const db = ctx.db;
  const putNcd = db.prepare('INSERT INTO ncd (ncd, description, row) VALUES (?, ?, ?)');
  const putHcpcs = db.prepare(
    'INSERT INTO ncd_hcpcs (hcpcs, ncd, effective, terminated, row) VALUES (?, ?, ?, ?, ?)',
  );
  const putIcd = db.prepare(
    'INSERT INTO ncd_icd (ncd, icd, effective, terminated, resolution, row) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let previous: Cell[] = [];
  let col: Record<Column, number> | undefined;
  const ncds = new Set<string>();
  const seen = new Map<string, number>();
  let rows = 0;
  for await (const { sheet, row, cells } of sheetRows(path)) {
    if (!col) {
      col = headerColumns(previous, cells);
      previous = cells;
      continue;
    }
    const where = { file: path, sheet, row };
    const at = (k: Column): Cell | undefined => cells[col![k]];
    if (cells.every((c) => cellText(c) === '')) continue;
    const ncd = ncdNumber(at('ncd') ?? null);
    if (!ncd)
      throw badRecord({ ...where, field: 'NCD Number' }, `not an NCD number: "${cellText(at('ncd'))}"`);
    const description = cellText(at('description'));
    if (!ncds.has(ncd)) {
      if (description === '')
        throw badRecord({ ...where, field: 'NCD DESCRIPTION' }, `NCD ${ncd} starts without a description`);
      putNcd.run(ncd, description, row);
      ncds.add(ncd);
    }
    const hcpcsText = cellText(at('hcpcs'));
    if (hcpcsText !== '') {
      const hcpcs = parseHcpcs(hcpcsText.padStart(5, '0'));
      if (!hcpcs.ok) throw badRecord({ ...where, field: 'CPT/HCPCS CODES' }, hcpcs.error);
      const eff = day(at('hcpcsEff'));
      const term = day(at('hcpcsTerm'));
      if (eff === undefined || term === undefined)
        throw badRecord({ ...where, field: 'CPT/HCPCS EFF/TERM DATE' }, 'not a date');
      putHcpcs.run(hcpcs.value, ncd, eff, term, row);
    }
    const icdText = cellText(at('icd')).toUpperCase();
    if (icdText === '') continue;
    let icd: string = ALL_OTHER_CODES;
    if (icdText !== ALL_OTHER_CODES) {
      const parsed = parseIcd10Cm(icdText);
      if (!parsed.ok) throw badRecord({ ...where, field: 'ICD-10 CODE' }, parsed.error);
      icd = parsed.value;
    }
    const eff = day(at('icdEff'));
    const term = day(at('icdTerm'));
    if (!eff)
      throw badRecord({ ...where, field: 'ICD-10 EFF DATE' }, `not a date: "${cellText(at('icdEff'))}"`);
    if (term === undefined)
      throw badRecord({ ...where, field: 'ICD-10 TERM DATE' }, `not a date: "${cellText(at('icdTerm'))}"`);
    const resolution = cellText(at('resolution'));
    if (!/^[123]$/.test(resolution))
      throw badRecord(
        { ...where, field: 'RESOLUTION CODE' },
        `resolution must be 1, 2 or 3: "${resolution}"`,
      );
    const key = `${ncd}\t${icd}\t${eff}`;
    const prior = seen.get(key);
    if (prior !== undefined)
      throw badRecord(where, `NCD ${ncd} lists ${icd} from ${eff} twice (first on row ${prior})`);
    seen.set(key, row);
    putIcd.run(ncd, icd, eff, term, Number(resolution), row);
    rows++;
  }
  if (!col)
    throw badRecord(
      { file: path },
      'no NCD / CPT/HCPCS / ICD-10 / RESOLUTION header: not a lab NCD spreadsheet',
    );
  writeMeta(db, { file: basename(path), rows, ncds: ncds.size });
  return { rows, ncds: ncds.size };
}

export const ncdLoader: DatasetLoader = {
  name: 'ncd-lab',
  version: 1,
  async load(ctx) {
    ctx.db.exec(NCD_SCHEMA);
    const files = ctx.release.files.filter((f) => f.name.toLowerCase().endsWith('.xlsx'));
    if (files.length !== 1)
      throw badRecord({ file: ctx.release.id }, 'a lab NCD release needs exactly one .xlsx file');
    const { rows } = await inTransaction(ctx.db, () => loadFile(ctx, ctx.file(files[0]!.name)));
    ctx.progress(rows, rows, 'NCD code rows');
  },
};
