/**
 * @module open
 * Opens the database a URL names and brings its schema up to date: `postgres://…` for
 * PostgreSQL, `sqlite:PATH` or a plain path for SQLite.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.ts';
import { openPostgres } from './postgres.ts';
import type { SqlDb } from './sql.ts';
import { openSqlite } from './sqlite.ts';

export async function openDatabase(url: string, opts: { schema?: string } = {}): Promise<SqlDb> {
  let db: SqlDb;
  if (/^postgres(ql)?:\/\//.test(url)) db = await openPostgres(url, opts);
  else {
    const path = url.replace(/^sqlite:/, '');
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = openSqlite(path);
  }
  await migrate(db);
  return db;
}
