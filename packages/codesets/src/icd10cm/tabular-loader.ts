/**
 * @module icd10cm/tabular-loader
 * Loads the ICD-10-CM tabular list XML into the release database: the hierarchy (nodes), the
 * notes on each level, and the code references each note makes (for reverse look-ups: which
 * notes name a code).
 */
import type Database from 'better-sqlite3';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader } from '../install/loader.ts';
import { ICD10CM_LOADERS } from './datasets.ts';
import { type TabularNote, type TabularSink, tabularHandlers } from './tabular-parse.ts';
import { parseXmlFile } from './xml-stream.ts';

export const TABULAR_SCHEMA = `
CREATE TABLE nodes (
  key TEXT PRIMARY KEY, id TEXT NOT NULL, level TEXT NOT NULL, parent TEXT,
  title TEXT NOT NULL, ord INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX nodes_parent ON nodes (parent);
CREATE TABLE notes (
  node TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
  char TEXT, refs TEXT NOT NULL,  -- JSON: [{ text, from, to }]
  PRIMARY KEY (node, seq)
) WITHOUT ROWID;
CREATE TABLE note_refs (
  node TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
  ref_from TEXT NOT NULL, ref_to TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX note_refs_from ON note_refs (kind, ref_from);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/**
 * A sink that writes into `db` (inside the caller's transaction). Notes are written by
 * `finish`, once every node is known: a reference whose first code is not in the tabular list
 * ("G6PD" in "(G6PD)", "V94.X") is prose that looks like a code, and is dropped.
 */
export function tabularWriter(
  db: Database.Database,
): TabularSink & { finish(): { nodes: number; notes: number } } {
  db.exec(TABULAR_SCHEMA);
  const node = db.prepare('INSERT INTO nodes (key, id, level, parent, title, ord) VALUES (?,?,?,?,?,?)');
  const note = db.prepare('INSERT INTO notes (node, seq, kind, text, char, refs) VALUES (?,?,?,?,?,?)');
  const ref = db.prepare(
    'INSERT INTO note_refs (node, seq, kind, ref_from, ref_to, text) VALUES (?,?,?,?,?,?)',
  );
  const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const keys = new Set<string>();
  const pending: TabularNote[] = [];
  return {
    node(n) {
      keys.add(n.key);
      node.run(n.key, n.id, n.level, n.parent ?? null, n.title, n.ord);
    },
    note(n) {
      pending.push(n);
    },
    version(v) {
      meta.run('version', v);
    },
    finish() {
      for (const n of pending) {
        const refs = n.refs
          .filter((r) => keys.has(r.from))
          .map((r) => ({ text: r.text, from: r.from, to: r.to }));
        note.run(n.node, n.seq, n.kind, n.text, n.char ?? null, JSON.stringify(refs));
        for (const r of refs) ref.run(n.node, n.seq, n.kind, r.from, r.to, r.text);
      }
      return { nodes: keys.size, notes: pending.length };
    },
  };
}

export const icd10cmTabularLoader: DatasetLoader = {
  name: ICD10CM_LOADERS.tabular,
  version: 2,
  async load(ctx) {
    const file = ctx.release.files[0];
    if (!file)
      throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: the manifest lists no tabular file`);
    const path = ctx.file(file.name);
    ctx.progress(0, 1, 'tabular list');
    const db = ctx.db;
    db.exec('BEGIN');
    try {
      const w = tabularWriter(db);
      await parseXmlFile(path, tabularHandlers(w), file.name);
      if (w.finish().nodes === 0) {
        throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'no chapter, section or diag in the tabular list', {
          place: { file: file.name },
        });
      }
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
    ctx.progress(1, 1, 'tabular list');
  },
};
