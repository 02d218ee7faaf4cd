/**
 * @module sqlite
 * The embedded default: one better-sqlite3 connection in WAL mode. better-sqlite3 is
 * synchronous, so an async transaction must hold the connection until it ends: every call goes
 * through one queue, and a transaction keeps its place in it while it runs.
 */
import Database from 'better-sqlite3';
import type { SqlDb, SqlValue } from './sql.ts';

class SqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  readonly #db: Database.Database;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #inTx: boolean;

  constructor(db: Database.Database, inTx = false) {
    this.#db = db;
    this.#inTx = inTx;
  }

  #serial<T>(fn: () => T | Promise<T>): Promise<T> {
    if (this.#inTx) return Promise.resolve().then(fn);
    const next = this.#queue.then(fn, fn);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#serial(() => this.#db.prepare(sql).all(...params) as T[]);
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.#serial(() => this.#db.prepare(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return this.#serial(() => ({ changes: this.#db.prepare(sql).run(...params).changes }));
  }

  exec(sql: string): Promise<void> {
    return this.#serial(() => {
      this.#db.exec(sql);
    });
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    if (this.#inTx) return fn(this);
    return this.#serial(async () => {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(new SqliteDb(this.#db, true));
        this.#db.exec('COMMIT');
        return out;
      } catch (e) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  close(): Promise<void> {
    return this.#serial(() => {
      this.#db.close();
    });
  }
}

export function openSqlite(path: string): SqlDb {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return new SqliteDb(db);
}
