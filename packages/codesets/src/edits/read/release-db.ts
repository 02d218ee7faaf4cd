/**
 * @module edits/read/release-db
 * Read side shared by the edit and fee tables (and the tabular list's meta): the release of a
 * dataset in force on a date of service, its read-only database, prepared statements cached per
 * database, and the `meta` table every loader writes (what file, which header, which label).
 */
import type Database from 'better-sqlite3';
import type { InstalledRelease } from '../../install/installer.ts';
import type { CodeSetStore } from '../../store.ts';

export interface OpenRelease {
  release: InstalledRelease;
  db: Database.Database;
  /** False when no release covers the date and the nearest one answered (see CodeSetStore.releaseOn). */
  covers: boolean;
}

export function openRelease(store: CodeSetStore, dataset: string, on?: string): OpenRelease | undefined {
  const choice = store.releaseOn(dataset, on);
  if (!choice) return undefined;
  return { release: choice.release, db: store.db(choice.release.id), covers: choice.covers };
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database. */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let byDb = statements.get(db);
  if (!byDb) {
    byDb = new Map();
    statements.set(db, byDb);
  }
  let st = byDb.get(sql);
  if (!st) {
    st = db.prepare(sql);
    byDb.set(sql, st);
  }
  return st;
}

export function writeMeta(db: Database.Database, entries: Record<string, string | number>): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
  const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  for (const [k, v] of Object.entries(entries)) put.run(k, String(v));
}

const metaOfReadOnly = new WeakMap<Database.Database, Map<string, string | undefined>>();

export function readMeta(db: Database.Database, key: string): string | undefined {
  // A release opened read-only never changes: its values are read once (evidence cites them per row).
  if (!db.readonly) return readMetaRow(db, key);
  let m = metaOfReadOnly.get(db);
  if (!m) {
    m = new Map();
    metaOfReadOnly.set(db, m);
  }
  if (!m.has(key)) m.set(key, readMetaRow(db, key));
  return m.get(key);
}

function readMetaRow(db: Database.Database, key: string): string | undefined {
  const hasMeta = prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return undefined;
  const row = prepared(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}
