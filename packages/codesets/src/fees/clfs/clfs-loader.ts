/**
 * @module fees/clfs/clfs-loader
 * The Clinical Laboratory Fee Schedule public use file, CSV form (CLFS PUF record layout,
 * Attachment A-1): a few title and notice lines, the header `YEAR, HCPCS, MOD, EFF_DATE,
 * INDICATOR, RATE, SHORTDESC, LONGDESC, EXTENDEDLONGDESC`, then one row per code and modifier
 * (QW = CLIA-waived test). RATE is dollars ("00720.00") and is stored as integer cents. The
 * descriptions are CPT text (AMA) and are not stored: descriptions come from the HCPCS file or a
 * customer's CPT file.
 */
import { basename } from 'node:path';
import { parseCents, parseHcpcs } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { blankRecord, csvRecords } from '../../edits/read/csv-rows.ts';
import { isoFromCompact } from '../../edits/read/dates.ts';
import { badRecord } from '../../edits/read/problems.ts';
import { writeMeta } from '../../edits/read/release-db.ts';
import { inTransaction } from '../../edits/read/transaction.ts';

export const CLFS_SCHEMA = `
CREATE TABLE clfs (
  hcpcs TEXT NOT NULL,
  modifier TEXT NOT NULL,
  effective TEXT NOT NULL,
  year INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  rate_cents INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (hcpcs, modifier, effective)
) WITHOUT ROWID;`;

const REQUIRED = ['YEAR', 'HCPCS', 'MOD', 'EFF_DATE', 'INDICATOR', 'RATE'] as const;

async function loadFile(ctx: LoaderContext, path: string): Promise<number> {
  const insert = ctx.db.prepare(
    'INSERT INTO clfs (hcpcs, modifier, effective, year, indicator, rate_cents, line) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  let col: Record<(typeof REQUIRED)[number], number> | undefined;
  const seen = new Map<string, number>();
  let rows = 0;
  for await (const { cells, line } of csvRecords(path)) {
    if (!col) {
      const names = cells.map((c) => c.trim().toUpperCase());
      if (names[0] !== 'YEAR' || !names.includes('HCPCS')) continue; // title and notices
      const found: Partial<Record<(typeof REQUIRED)[number], number>> = {};
      for (const k of REQUIRED) {
        const i = names.indexOf(k);
        if (i < 0) throw badRecord({ file: path, line }, `the header has no ${k} column`);
        found[k] = i;
      }
      col = found as Record<(typeof REQUIRED)[number], number>;
      continue;
    }
    if (blankRecord(cells)) continue;
    const where = { file: path, line };
    const get = (k: (typeof REQUIRED)[number]): string => (cells[col![k]] ?? '').trim();
    const code = parseHcpcs(get('HCPCS'));
    if (!code.ok) throw badRecord({ ...where, field: 'HCPCS' }, code.error);
    const mod = get('MOD').toUpperCase();
    if (mod !== '' && !/^[0-9A-Z]{2}$/.test(mod))
      throw badRecord({ ...where, field: 'MOD' }, `not a modifier: "${mod}"`);
    const effective = /^\d{8}$/.test(get('EFF_DATE')) ? isoFromCompact(get('EFF_DATE')) : undefined;
    if (!effective)
      throw badRecord({ ...where, field: 'EFF_DATE' }, `not a CCYYMMDD date: "${get('EFF_DATE')}"`);
    const year = get('YEAR');
    if (!/^\d{4}$/.test(year)) throw badRecord({ ...where, field: 'YEAR' }, `not a year: "${year}"`);
    const indicator = get('INDICATOR').toUpperCase();
    if (!/^[A-Z]$/.test(indicator))
      throw badRecord({ ...where, field: 'INDICATOR' }, `not a pricing indicator: "${indicator}"`);
    const rate = parseCents(get('RATE'));
    if (!rate.ok) throw badRecord({ ...where, field: 'RATE' }, rate.error);
    const key = `${code.value}\t${mod}\t${effective}`;
    const prior = seen.get(key);
    if (prior !== undefined)
      throw badRecord(where, `${code.value}${mod ? `-${mod}` : ''} is listed twice (first on line ${prior})`);
    seen.set(key, line);
    insert.run(code.value, mod, effective, Number(year), indicator, rate.value, line);
    rows++;
  }
  if (!col) throw badRecord({ file: path }, 'no "YEAR,HCPCS,MOD,..." header: not a CLFS public use file');
  writeMeta(ctx.db, { file: basename(path), rows });
  return rows;
}

export const clfsLoader: DatasetLoader = {
  name: 'clfs',
  version: 2,
  async load(ctx) {
    ctx.db.exec(CLFS_SCHEMA);
    const files = ctx.release.files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
    if (files.length !== 1)
      throw badRecord({ file: ctx.release.id }, 'a CLFS release needs exactly one .csv file');
    const rows = await inTransaction(ctx.db, () => loadFile(ctx, ctx.file(files[0]!.name)));
    ctx.progress(rows, rows, 'CLFS rows');
  },
};
