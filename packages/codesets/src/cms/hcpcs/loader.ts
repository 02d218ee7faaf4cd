/**
 * @module cms/hcpcs/loader
 * Loads a HCPCS Level II release from either CMS layout: the ANWEB workbook (current) or the
 * fixed-width ANWEB text (in a zip or bare; earlier years), checking a bundled record layout
 * against the positions read. Procedure codes and modifiers land in one table, by kind.
 */
import { basename } from 'node:path';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { badInput, plainText, zipText, type SourceText } from '../common/source-text.ts';
import { readAnwebXlsx } from './anweb-xlsx.ts';
import { checkRecordLayout, readFixedWidth } from './fixed-width.ts';
import type { HcpcsRecord } from './record.ts';

export const HCPCS_SCHEMA = `
  CREATE TABLE hcpcs (
    kind TEXT NOT NULL, code TEXT NOT NULL, seq TEXT NOT NULL,
    long TEXT NOT NULL, short TEXT NOT NULL,
    pricing TEXT NOT NULL, multiple_pricing TEXT NOT NULL, cim TEXT NOT NULL, mcm TEXT NOT NULL,
    statute TEXT NOT NULL, lab_cert TEXT NOT NULL, xref TEXT NOT NULL, coverage TEXT NOT NULL,
    asc_group TEXT NOT NULL, asc_date TEXT, opps TEXT NOT NULL, opps_indicator TEXT NOT NULL,
    opps_date TEXT, proc_note TEXT NOT NULL, betos TEXT NOT NULL, type_of_service TEXT NOT NULL,
    anesthesia_base_units INTEGER, add_date TEXT, action_date TEXT, term_date TEXT,
    action_code TEXT NOT NULL, source TEXT NOT NULL,
    PRIMARY KEY (kind, code)
  ) WITHOUT ROWID;
  CREATE TABLE hcpcs_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/** Which layout a release's files are in, and the records they hold. */
function records(ctx: LoaderContext): {
  layout: string;
  rows: AsyncIterable<HcpcsRecord> | Iterable<HcpcsRecord>;
} {
  const names = ctx.release.files.map((f) => f.name);
  const xlsx = names.find((n) => /\.xlsx$/i.test(n));
  if (xlsx) return { layout: 'anweb-xlsx', rows: readAnwebXlsx(ctx.file(xlsx), xlsx) };
  const layoutZip = names.find((n) => /record-?layout/i.test(n));
  if (layoutZip !== undefined) {
    const path = ctx.file(layoutZip);
    const t = /\.zip$/i.test(layoutZip)
      ? zipText(path, /recordlayout.*\.txt$/i, 'windows-1252')
      : plainText(path, 'windows-1252');
    checkRecordLayout(t.text, t.where);
  }
  const data = names.find((n) => n !== layoutZip && /\.(zip|txt)$/i.test(n));
  if (data === undefined)
    throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: no HCPCS data file (.xlsx, .zip or .txt)`);
  const path = ctx.file(data);
  const text: SourceText = /\.zip$/i.test(data)
    ? zipText(path, /ANWEB.*\.txt$/i, 'windows-1252')
    : plainText(path, 'windows-1252');
  return { layout: 'fixed-width', rows: readFixedWidth(text.text, text.where) };
}

const list = (xs: string[]): string => xs.join(' ');

async function load(ctx: LoaderContext): Promise<void> {
  const { db } = ctx;
  db.exec(HCPCS_SCHEMA);
  const { layout, rows } = records(ctx);
  const insert = db.prepare(`INSERT INTO hcpcs VALUES (${Array.from({ length: 27 }, () => '?').join(', ')})`);
  const seen = new Map<string, string>();
  let count = 0;
  let modifiers = 0;
  // The workbook is read as a stream, so rows are inserted in batches, each in a transaction.
  let batch: HcpcsRecord[] = [];
  const flush = db.transaction((rs: HcpcsRecord[]) => {
    for (const r of rs) {
      const key = `${r.kind}:${r.code}`;
      const where = `${r.place.file ?? ''} ${r.place.line ?? r.place.row ?? ''}`.trim();
      const first = seen.get(key);
      if (first !== undefined)
        throw badInput(`${r.kind} ${r.code} appears twice (first at ${first})`, r.place);
      seen.set(key, where);
      insert.run(
        r.kind,
        r.code,
        r.seq,
        r.longDescription,
        r.shortDescription,
        list(r.pricing),
        r.multiplePricing,
        list(r.cim),
        list(r.mcm),
        r.statute,
        list(r.labCert),
        list(r.xref),
        r.coverage,
        r.ascGroup,
        r.ascDate ?? null,
        r.opps,
        r.oppsIndicator,
        r.oppsDate ?? null,
        r.procNote,
        r.betos,
        list(r.typeOfService),
        r.anesthesiaBaseUnits ?? null,
        r.addDate ?? null,
        r.actionDate ?? null,
        r.termDate ?? null,
        r.actionCode,
        layout,
      );
    }
  });
  for await (const r of rows) {
    batch.push(r);
    count++;
    if (r.kind === 'modifier') modifiers++;
    if (batch.length === 2000) {
      flush(batch);
      batch = [];
      ctx.progress(count, 9000, 'HCPCS records');
    }
  }
  flush(batch);
  if (count - modifiers === 0)
    throw badInput('the file holds no HCPCS procedure code', {
      file: basename(ctx.release.files[0]?.name ?? ''),
    });
  const meta = db.prepare('INSERT INTO hcpcs_meta VALUES (?, ?)');
  meta.run('layout', layout);
  meta.run('codes', String(count - modifiers));
  meta.run('modifiers', String(modifiers));
}

export const hcpcsLoader: DatasetLoader = { name: 'hcpcs-anweb', version: 1, load };
