/**
 * @module cms/mce/loader
 * Loads "Definitions of Medicare Code Edits" (text, Windows-1252) into tables the claim checker
 * reads: the edits with their status, each named code list (cms/mce/lists.ts) with its codes,
 * the valid discharge status values and the code list changes of chapter 2.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader } from '../../install/loader.ts';
import { badInput, plainText } from '../common/source-text.ts';
import { MCE_LIST_BY_PLACE, MCE_LISTS, type MceListSpec } from './lists.ts';
import { parseMce } from './parse.ts';

export const MCE_SCHEMA = `
  CREATE TABLE mce_edits (no INTEGER PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL, since TEXT);
  CREATE TABLE mce_lists (
    id TEXT PRIMARY KEY, edit_no INTEGER NOT NULL, section TEXT NOT NULL, kind TEXT NOT NULL,
    age_min INTEGER, age_max INTEGER, first_line INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE mce_codes (
    list_id TEXT NOT NULL, code TEXT NOT NULL, description TEXT NOT NULL, flag TEXT NOT NULL, line INTEGER NOT NULL,
    PRIMARY KEY (list_id, code)
  ) WITHOUT ROWID;
  CREATE INDEX mce_codes_code ON mce_codes (code);
  CREATE TABLE mce_discharge_status (code TEXT NOT NULL, description TEXT NOT NULL, line INTEGER PRIMARY KEY);
  CREATE TABLE mce_changes (edit TEXT NOT NULL, change TEXT NOT NULL, code TEXT NOT NULL, description TEXT NOT NULL, line INTEGER PRIMARY KEY);
  CREATE TABLE mce_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

const DIAGNOSIS = /^[A-Z][0-9][0-9A-Z]{1,5}$/;
const PROCEDURE = /^[0-9A-HJ-NP-Z]{7}$/;

export const mceLoader: DatasetLoader = {
  name: 'mce-definitions',
  version: 1,
  load(ctx) {
    const name = ctx.release.files[0]?.name;
    if (name === undefined) throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: no file`);
    const src = plainText(ctx.file(name), 'windows-1252');
    const doc = parseMce(src.text, name);
    const { db } = ctx;
    db.exec(MCE_SCHEMA);
    const putList = db.prepare('INSERT INTO mce_lists VALUES (?, ?, ?, ?, ?, ?, ?)');
    const putCode = db.prepare('INSERT OR IGNORE INTO mce_codes VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => {
      const editPut = db.prepare('INSERT INTO mce_edits VALUES (?, ?, ?, ?)');
      for (const e of doc.edits) editPut.run(e.no, e.title, e.status, e.since ?? null);
      const listed = new Set<string>();
      for (const c of doc.codes) {
        const place = { file: src.where, line: c.line };
        const id = MCE_LIST_BY_PLACE.get(c.place);
        if (id === undefined)
          throw badInput(
            `codes under "${c.section}" (edit ${c.edit}) belong to no list Medcode knows`,
            place,
          );
        const spec: MceListSpec = MCE_LISTS[id];
        if (!(spec.kind === 'diagnosis' ? DIAGNOSIS : PROCEDURE).test(c.code))
          throw badInput(
            `"${c.code}" is not an ICD-10-${spec.kind === 'diagnosis' ? 'CM' : 'PCS'} code`,
            place,
          );
        if (!listed.has(id)) {
          listed.add(id);
          putList.run(
            id,
            spec.edit,
            c.section,
            spec.kind,
            spec.ages?.[0] ?? null,
            spec.ages?.[1] ?? null,
            c.line,
          );
        }
        putCode.run(id, c.code, c.description, c.flag, c.line);
      }
      const status = db.prepare('INSERT INTO mce_discharge_status VALUES (?, ?, ?)');
      for (const s of doc.dischargeStatus) status.run(s.code, s.description, s.line);
      const change = db.prepare('INSERT INTO mce_changes VALUES (?, ?, ?, ?, ?)');
      for (const c of doc.changes) change.run(c.edit, c.change, c.code, c.description, c.line);
      const meta = db.prepare('INSERT INTO mce_meta VALUES (?, ?)');
      if (doc.version) meta.run('version', doc.version);
      meta.run('codes', String(doc.codes.length));
    })();
    // Age sections state their range in the title: check the ranges Medcode applies still match.
    for (const [id, spec] of Object.entries(MCE_LISTS) as [string, MceListSpec][]) {
      if (!spec.ages) continue;
      const row = db.prepare('SELECT section, first_line FROM mce_lists WHERE id = ?').get(id) as
        | { section: string; first_line: number }
        | undefined;
      const stated = row && /\(age (\d+) through (\d+)\)/.exec(row.section);
      if (stated && (Number(stated[1]) !== spec.ages[0] || Number(stated[2]) !== spec.ages[1]))
        throw badInput(`"${row.section}" no longer matches ages ${spec.ages.join('-')}`, {
          file: src.where,
          line: row.first_line,
        });
    }
  },
};
