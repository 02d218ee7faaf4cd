/**
 * @module cms/icd10pcs/loader
 * Loads a CMS ICD-10-PCS order-file zip (icd10pcs_order_YYYY.txt, order_addenda_YYYY.txt) into
 * its release database. The addenda say what changed from the year before; their closing counts
 * ("79115 codes in icd10pcs_order_2026.txt") are checked against what was loaded.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { badInput, numberedLines, zipMembers, decode } from '../common/source-text.ts';
import { parseAddendaLine, parseOrderLine, type PcsAddendaCount } from './order-file.ts';

export const PCS_SCHEMA = `
  CREATE TABLE pcs_codes (
    code TEXT PRIMARY KEY, order_no INTEGER NOT NULL, valid INTEGER NOT NULL,
    short TEXT NOT NULL, long TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE pcs_addenda (
    line INTEGER PRIMARY KEY, action TEXT NOT NULL, code TEXT NOT NULL, short TEXT NOT NULL, long TEXT NOT NULL
  );
  CREATE INDEX pcs_addenda_code ON pcs_addenda (code);
  CREATE TABLE pcs_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

function load(ctx: LoaderContext): void {
  const zipName = ctx.release.files[0]?.name;
  if (zipName === undefined) throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: no file`);
  const zip = ctx.file(zipName);
  const members = zipMembers(zip, /^(icd10pcs_order_\d{4}|order_addenda_\d{4})\.txt$/);
  const order = members.find((m) => m.name.startsWith('icd10pcs_order_'));
  if (!order) throw badInput('the archive holds no icd10pcs_order_YYYY.txt', { file: zip });
  const year = Number(order.name.slice(15, 19));
  const db = ctx.db;
  db.exec(PCS_SCHEMA);
  const insert = db.prepare('INSERT INTO pcs_codes VALUES (?, ?, ?, ?, ?)');
  const text = decode(order.bytes, 'windows-1252');
  const where = `${zipName}:${order.name}`;
  let valid = 0;
  let headers = 0;
  db.transaction(() => {
    for (const { line, no } of numberedLines(text)) {
      if (line.trim() === '') continue;
      const place = { file: where, line: no };
      const r = parseOrderLine(line, place);
      try {
        insert.run(r.code, r.order, r.valid ? 1 : 0, r.short, r.long);
      } catch (cause) {
        throw new MedcodeError(ERROR_CODES.BAD_INPUT, `code ${r.code} appears twice`, { place, cause });
      }
      if (r.valid) valid++;
      else headers++;
      if (no % 20000 === 0) ctx.progress(no, 80_000, 'order file');
    }
  })();
  if (valid === 0) throw badInput('the order file holds no valid code', { file: where });

  const counts: PcsAddendaCount[] = [];
  const addenda = members.find((m) => m.name.startsWith('order_addenda_'));
  if (addenda) {
    const addWhere = `${zipName}:${addenda.name}`;
    const put = db.prepare('INSERT INTO pcs_addenda VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const { line, no } of numberedLines(decode(addenda.bytes, 'windows-1252'))) {
        if (line.trim() === '') continue;
        const r = parseAddendaLine(line, { file: addWhere, line: no });
        if (r === undefined) continue;
        if ('what' in r) counts.push(r);
        else put.run(no, r.action, r.code, r.short, r.long);
      }
    })();
    const said = counts.find((c) => c.what === 'codes' && c.year === year)?.count;
    if (said !== undefined && said !== valid)
      throw badInput(`the addenda count ${said} codes for ${year}, the order file holds ${valid}`, {
        file: addWhere,
      });
  }
  const meta = db.prepare('INSERT INTO pcs_meta VALUES (?, ?)');
  meta.run('fiscalYear', String(year));
  meta.run('validCodes', String(valid));
  meta.run('headers', String(headers));
  for (const c of counts) meta.run(`${c.what}:${c.year}`, String(c.count));
}

export const icd10pcsOrderLoader: DatasetLoader = { name: 'icd10pcs-order', version: 1, load };
