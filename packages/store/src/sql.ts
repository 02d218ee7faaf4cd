/**
 * @module sql
 * One small interface over the two databases Medcode runs on: SQLite (better-sqlite3, the
 * embedded default) and PostgreSQL (node-postgres, for several server processes). Queries are
 * written once with `?` placeholders in the SQL both understand; each driver adapts them.
 * Repositories take an `SqlDb` and never know which one they got.
 */
export type SqlValue = string | number | bigint | null | Buffer;

export interface SqlDb {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * On PostgreSQL the transaction has its own connection; on SQLite it holds the database
   * (writers are serialised, which is what SQLite does anyway).
   */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` → `$1, $2 …` for PostgreSQL. Queries in Medcode never hold a literal question mark. */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
