/**
 * @module postgres
 * PostgreSQL through a node-postgres pool: several `medcode serve` processes share one
 * database. BIGINT columns come back as numbers (Medcode's integers stay below 2^53).
 */
import pg from 'pg';
import { type SqlDb, type SqlValue, toPostgresPlaceholders } from './sql.ts';

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

type Queryable = pg.Pool | pg.PoolClient;

class PostgresDb implements SqlDb {
  readonly dialect = 'postgres' as const;
  readonly #q: Queryable;
  readonly #pool: pg.Pool | undefined;

  constructor(q: Queryable, pool?: pg.Pool) {
    this.#q = q;
    this.#pool = pool;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const r = await this.#q.query(toPostgresPlaceholders(sql), params as unknown[]);
    return r.rows as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    const r = await this.#q.query(toPostgresPlaceholders(sql), params as unknown[]);
    return { changes: r.rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await this.#q.query(sql);
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    if (!this.#pool) return fn(this);
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(new PostgresDb(client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.#pool?.end();
  }
}

/** `schema` (optional) isolates one installation, or one test run, inside a database. */
export async function openPostgres(
  url: string,
  opts: { schema?: string; max?: number } = {},
): Promise<SqlDb> {
  const schema = opts.schema;
  if (schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new RangeError(`bad schema name: ${schema}`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server closes (restart, administrator) is dropped from the pool and
  // replaced on next use; without a listener node-postgres would crash the process.
  pool.on('error', () => undefined);
  // Fail now, with a clear message, rather than on the first request.
  await pool.query('SELECT 1');
  return new PostgresDb(pool, pool);
}

export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new RangeError(`bad schema name: ${schema}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
}
