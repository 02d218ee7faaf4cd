/**
 * @module jobs
 * Durable batch jobs that lose nothing. An upload becomes a job and one item per claim (or per
 * rejected record) in a single transaction, before the upload is acknowledged. Workers, in one
 * process or several sharing PostgreSQL, lease a few pending items at a time
 * (FOR UPDATE SKIP LOCKED), process each, and record its result in the same transaction as its
 * effects: a worker killed mid-item leaves the item leased, its lease runs out, and another
 * worker takes it. An item's result is written once: the write is conditional on the lease.
 * The same input (by content hash) uploaded again returns the existing job.
 */
import { randomUUID } from 'node:crypto';
import type { SqlDb } from './sql.ts';

export type JobStatus = 'queued' | 'running' | 'done';
export type ItemStatus = 'pending' | 'leased' | 'done' | 'rejected';

export interface Job {
  id: string;
  orgId: string;
  kind: string;
  inputHash: string;
  fileName: string | null;
  status: JobStatus;
  total: number;
  done: number;
  rejected: number;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface JobItemInput {
  /** Accepted for processing, or rejected at intake (parse error) with its reason. */
  status: 'pending' | 'rejected';
  input: unknown;
  result?: unknown;
}

export interface LeasedItem {
  jobId: string;
  orgId: string;
  kind: string;
  seq: number;
  input: unknown;
  attempts: number;
}

interface JobRow {
  id: string;
  org_id: string;
  kind: string;
  input_hash: string;
  file_name: string | null;
  status: JobStatus;
  total: number;
  done: number;
  rejected: number;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

const fromRow = (r: JobRow): Job => ({
  id: r.id,
  orgId: r.org_id,
  kind: r.kind,
  inputHash: r.input_hash,
  fileName: r.file_name,
  status: r.status,
  total: Number(r.total),
  done: Number(r.done),
  rejected: Number(r.rejected),
  createdBy: r.created_by,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export async function createJob(
  db: SqlDb,
  spec: {
    orgId: string;
    kind: string;
    inputHash: string;
    fileName?: string;
    createdBy?: string;
    items: JobItemInput[];
  },
): Promise<{ job: Job; created: boolean }> {
  return db.transaction(async (tx) => {
    const existing = await tx.get<JobRow>(
      'SELECT * FROM jobs WHERE org_id = ? AND kind = ? AND input_hash = ?',
      [spec.orgId, spec.kind, spec.inputHash],
    );
    if (existing) return { job: fromRow(existing), created: false };
    const now = Date.now();
    const id = randomUUID();
    const rejected = spec.items.filter((i) => i.status === 'rejected').length;
    const done = rejected === spec.items.length;
    await tx.run(
      `INSERT INTO jobs (id, org_id, kind, input_hash, file_name, status, total, done, rejected, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        spec.orgId,
        spec.kind,
        spec.inputHash,
        spec.fileName ?? null,
        done ? 'done' : 'queued',
        spec.items.length,
        rejected,
        rejected,
        spec.createdBy ?? null,
        now,
        now,
      ],
    );
    for (const [i, item] of spec.items.entries()) {
      await tx.run(
        'INSERT INTO job_items (job_id, seq, status, input_json, result_json) VALUES (?, ?, ?, ?, ?)',
        [
          id,
          i + 1,
          item.status,
          JSON.stringify(item.input),
          item.result === undefined ? null : JSON.stringify(item.result),
        ],
      );
    }
    const job = await tx.get<JobRow>('SELECT * FROM jobs WHERE id = ?', [id]);
    return { job: fromRow(job!), created: true };
  });
}

export async function getJob(db: SqlDb, orgId: string, id: string): Promise<Job | undefined> {
  const r = await db.get<JobRow>('SELECT * FROM jobs WHERE id = ? AND org_id = ?', [id, orgId]);
  return r ? fromRow(r) : undefined;
}

export async function listJobs(db: SqlDb, orgId: string, limit = 50): Promise<Job[]> {
  const rows = await db.all<JobRow>('SELECT * FROM jobs WHERE org_id = ? ORDER BY created_at DESC LIMIT ?', [
    orgId,
    limit,
  ]);
  return rows.map(fromRow);
}

/**
 * Leases up to `max` items that are pending, or leased by a worker whose lease ran out.
 * PostgreSQL skips rows another worker holds; SQLite runs one writer at a time anyway.
 */
export async function leaseItems(
  db: SqlDb,
  owner: string,
  max: number,
  leaseMs: number,
): Promise<LeasedItem[]> {
  return db.transaction(async (tx) => {
    const now = Date.now();
    const skip = tx.dialect === 'postgres' ? ' FOR UPDATE OF i SKIP LOCKED' : '';
    const rows = await tx.all<{
      job_id: string;
      seq: number;
      input_json: string;
      attempts: number;
      org_id: string;
      kind: string;
    }>(
      `SELECT i.job_id, i.seq, i.input_json, i.attempts, j.org_id, j.kind
         FROM job_items i JOIN jobs j ON j.id = i.job_id
        WHERE i.status = 'pending' OR (i.status = 'leased' AND i.lease_until < ?)
        ORDER BY j.created_at, i.job_id, i.seq
        LIMIT ?${skip}`,
      [now, max],
    );
    for (const r of rows) {
      await tx.run(
        `UPDATE job_items SET status = 'leased', lease_owner = ?, lease_until = ?, attempts = attempts + 1
          WHERE job_id = ? AND seq = ?`,
        [owner, now + leaseMs, r.job_id, r.seq],
      );
      await tx.run(`UPDATE jobs SET status = 'running', updated_at = ? WHERE id = ? AND status = 'queued'`, [
        now,
        r.job_id,
      ]);
    }
    return rows.map((r) => ({
      jobId: r.job_id,
      orgId: r.org_id,
      kind: r.kind,
      seq: Number(r.seq),
      input: JSON.parse(r.input_json) as unknown,
      attempts: Number(r.attempts) + 1,
    }));
  });
}

/**
 * Records an item's outcome, inside the caller's transaction (so the item's effects and its
 * result commit together). Returns false when this worker no longer holds the lease: the
 * caller must then roll back its effects (throw), and the item is processed by its new holder.
 */
export async function completeItem(
  tx: SqlDb,
  item: Pick<LeasedItem, 'jobId' | 'seq'>,
  owner: string,
  outcome: { status: 'done' | 'rejected'; result: unknown; claimId?: string },
): Promise<boolean> {
  const r = await tx.run(
    `UPDATE job_items SET status = ?, result_json = ?, claim_id = ?, lease_owner = NULL, lease_until = NULL
      WHERE job_id = ? AND seq = ? AND status = 'leased' AND lease_owner = ?`,
    [outcome.status, JSON.stringify(outcome.result), outcome.claimId ?? null, item.jobId, item.seq, owner],
  );
  if (r.changes === 0) return false;
  const col = outcome.status === 'rejected' ? ', rejected = rejected + 1' : '';
  await tx.run(`UPDATE jobs SET done = done + 1${col}, updated_at = ? WHERE id = ?`, [
    Date.now(),
    item.jobId,
  ]);
  await tx.run(`UPDATE jobs SET status = 'done' WHERE id = ? AND done >= total`, [item.jobId]);
  return true;
}

export interface JobItemResult {
  seq: number;
  status: ItemStatus;
  result: unknown;
  claimId: string | null;
}

export async function jobItems(
  db: SqlDb,
  jobId: string,
  opts: { afterSeq?: number; limit?: number } = {},
): Promise<JobItemResult[]> {
  const rows = await db.all<{
    seq: number;
    status: ItemStatus;
    result_json: string | null;
    claim_id: string | null;
  }>(
    'SELECT seq, status, result_json, claim_id FROM job_items WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    [jobId, opts.afterSeq ?? 0, opts.limit ?? 1000],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    status: r.status,
    result: r.result_json === null ? null : (JSON.parse(r.result_json) as unknown),
    claimId: r.claim_id,
  }));
}
