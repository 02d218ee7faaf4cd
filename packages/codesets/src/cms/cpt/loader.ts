/**
 * @module cms/cpt/loader
 * The `cpt-customer` release: a customer's licensed CPT descriptions, installed like any other
 * release (verified, atomic) but never shipped and never downloaded.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader } from '../../install/loader.ts';
import { readCptFile } from './customer-file.ts';

export const CPT_CUSTOMER_DATASET = 'cpt-customer';

export const cptCustomerLoader: DatasetLoader = {
  name: 'cpt-customer',
  version: 1,
  load(ctx) {
    const name = ctx.release.files[0]?.name;
    if (name === undefined) throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: no file`);
    const entries = readCptFile(ctx.file(name), name);
    ctx.db.exec(`
      CREATE TABLE cpt_codes (code TEXT PRIMARY KEY, description TEXT NOT NULL, line INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE cpt_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `);
    const insert = ctx.db.prepare('INSERT INTO cpt_codes VALUES (?, ?, ?)');
    ctx.db.transaction(() => {
      for (const e of entries) insert.run(e.code, e.description, e.line);
    })();
    const meta = ctx.db.prepare('INSERT INTO cpt_meta VALUES (?, ?)');
    meta.run('file', name);
    meta.run('codes', String(entries.length));
  },
};
