/**
 * @module icd10cm/codes-loader
 * Loads one fiscal year's ICD-10-CM order file (from the CDC code-descriptions zip) into the
 * release database: every code and header with its billable flag and both descriptions.
 * A fiscal year's release applies to dates of service from October 1 to September 30.
 */
import type Database from 'better-sqlite3';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader } from '../install/loader.ts';
import { ICD10CM_LOADERS } from './datasets.ts';
import { parseOrderFile, type OrderRecord } from './order-file.ts';
import { ORDER_MEMBER, readZipText } from './zip-text.ts';

export const CODES_SCHEMA = `
CREATE TABLE codes (
  code TEXT PRIMARY KEY,      -- canonical, no dot: E1122
  ord INTEGER NOT NULL,       -- the order file's order number
  billable INTEGER NOT NULL,  -- 1 valid for submission, 0 header
  short TEXT NOT NULL,
  long TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

export function writeCodes(db: Database.Database, records: readonly OrderRecord[], source: string): void {
  db.exec(CODES_SCHEMA);
  const ins = db.prepare('INSERT INTO codes (code, ord, billable, short, long) VALUES (?, ?, ?, ?, ?)');
  const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const r of records) ins.run(r.code, r.order, r.billable ? 1 : 0, r.short, r.long);
    meta.run('source', source);
  })();
}

export const icd10cmOrderLoader: DatasetLoader = {
  name: ICD10CM_LOADERS.order,
  version: 1,
  load(ctx) {
    const zip = ctx.release.files.find((f) => f.name.endsWith('.zip'));
    if (!zip) {
      throw new MedcodeError(
        ERROR_CODES.BUG,
        `${ctx.release.id}: the manifest lists no code-descriptions zip`,
      );
    }
    const path = ctx.file(zip.name);
    ctx.progress(0, 2, 'order file');
    const { member, text } = readZipText(path, ORDER_MEMBER, 'ICD-10-CM order file');
    const records = parseOrderFile(text, `${zip.name}:${member}`);
    ctx.progress(1, 2, 'order file');
    writeCodes(ctx.db, records, `${zip.name}:${member}`);
    ctx.progress(2, 2, 'order file');
  },
};
