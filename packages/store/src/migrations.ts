/**
 * @module migrations
 * The schema, as an ordered list of migrations that never change once released (add a new one
 * instead). The SQL is written in the subset SQLite and PostgreSQL share: TEXT ids made by the
 * application, BIGINT epoch milliseconds, JSON kept as TEXT.
 */
import type { SqlDb } from './sql.ts';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'organizations, users, tokens',
    sql: `
CREATE TABLE orgs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT,
  revoked_at BIGINT
);`,
  },
  {
    id: 2,
    name: 'claims and their lifecycle',
    sql: `
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  external_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  payer_id TEXT,
  service_date TEXT,
  claim_json TEXT NOT NULL,
  findings_json TEXT,
  assigned_to TEXT REFERENCES users(id),
  priority INTEGER NOT NULL DEFAULT 0,
  due_at BIGINT,
  source_job TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (org_id, content_hash)
);
CREATE INDEX claims_queue ON claims (org_id, status, assigned_to, priority);
CREATE TABLE claim_events (
  claim_id TEXT NOT NULL REFERENCES claims(id),
  seq INTEGER NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  user_id TEXT,
  note TEXT,
  at BIGINT NOT NULL,
  PRIMARY KEY (claim_id, seq)
);`,
  },
  {
    id: 3,
    name: 'durable batch jobs',
    sql: `
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  kind TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  file_name TEXT,
  status TEXT NOT NULL,
  total INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  result_json TEXT,
  created_by TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (org_id, kind, input_hash)
);
CREATE INDEX jobs_status ON jobs (org_id, status);
CREATE TABLE job_items (
  job_id TEXT NOT NULL REFERENCES jobs(id),
  seq INTEGER NOT NULL,
  status TEXT NOT NULL,
  input_json TEXT NOT NULL,
  result_json TEXT,
  claim_id TEXT,
  lease_owner TEXT,
  lease_until BIGINT,
  attempts INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (job_id, seq)
);
CREATE INDEX job_items_ready ON job_items (status, lease_until);`,
  },
  {
    id: 4,
    name: 'work queues and provider queries',
    sql: `
CREATE TABLE provider_queries (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  subject_kind TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  status TEXT NOT NULL,
  query_json TEXT NOT NULL,
  answer_json TEXT,
  created_by TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  expires_at BIGINT
);
CREATE INDEX provider_queries_subject ON provider_queries (org_id, subject_kind, subject_id);`,
  },
  {
    id: 5,
    name: 'hash-chained audit log',
    sql: `
CREATE TABLE audit_log (
  org_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  at BIGINT NOT NULL,
  user_id TEXT,
  action TEXT NOT NULL,
  entity_kind TEXT NOT NULL,
  entity_id TEXT,
  detail_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (org_id, seq)
);
CREATE TABLE audit_head (
  org_id TEXT PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);`,
  },
  {
    id: 6,
    name: "the provider's note behind a claim",
    sql: 'ALTER TABLE claims ADD COLUMN note_text TEXT',
  },
  {
    id: 7,
    name: 'lab orders under review',
    sql: `
CREATE TABLE lab_orders (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id),
  external_id TEXT NOT NULL,
  form TEXT NOT NULL,
  order_json TEXT NOT NULL,
  review_json TEXT NOT NULL,
  outcome TEXT NOT NULL,
  created_by TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX lab_orders_org ON lab_orders (org_id, outcome, created_at);`,
  },
];

/**
 * Applies the migrations not yet applied, each in its own transaction. On PostgreSQL an
 * advisory lock keeps two starting servers from migrating at once.
 */
export async function migrate(db: SqlDb): Promise<number[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(727274)');
      if (await tx.get('SELECT id FROM schema_migrations WHERE id = ?', [m.id])) return false;
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)', [
        m.id,
        m.name,
        Date.now(),
      ]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}
