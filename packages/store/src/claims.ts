/**
 * @module claims
 * Claims kept by the service, their lifecycle and the work queue over them. Every status change
 * is a row in claim_events (who, when, from, to). The same claim content uploaded twice is
 * stored once (unique per organization by content hash).
 */
import { createHash, randomUUID } from 'node:crypto';
import { type ClaimStatus, TRANSITIONS } from '@medcode/domain';
import type { SqlDb } from './sql.ts';

export { CLAIM_STATUSES, type ClaimStatus, TRANSITIONS } from '@medcode/domain';

export interface StoredClaim {
  id: string;
  orgId: string;
  externalId: string;
  contentHash: string;
  status: ClaimStatus;
  payerId: string | null;
  serviceDate: string | null;
  claim: unknown;
  findings: unknown;
  assignedTo: string | null;
  priority: number;
  dueAt: number | null;
  sourceJob: string | null;
  /** The provider's note the claim was coded from (PHI: shown to roles that read claims). */
  noteText: string | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

interface Row {
  id: string;
  org_id: string;
  external_id: string;
  content_hash: string;
  status: ClaimStatus;
  payer_id: string | null;
  service_date: string | null;
  claim_json: string;
  findings_json: string | null;
  assigned_to: string | null;
  priority: number;
  due_at: number | null;
  source_job: string | null;
  note_text: string | null;
  created_at: number;
  updated_at: number;
  version: number;
}

const fromRow = (r: Row): StoredClaim => ({
  id: r.id,
  orgId: r.org_id,
  externalId: r.external_id,
  contentHash: r.content_hash,
  status: r.status,
  payerId: r.payer_id,
  serviceDate: r.service_date,
  claim: JSON.parse(r.claim_json) as unknown,
  findings: r.findings_json === null ? null : (JSON.parse(r.findings_json) as unknown),
  assignedTo: r.assigned_to,
  priority: Number(r.priority),
  dueAt: r.due_at === null ? null : Number(r.due_at),
  sourceJob: r.source_job,
  noteText: r.note_text,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  version: Number(r.version),
});

export const contentHash = (json: string): string => createHash('sha256').update(json).digest('hex');

export interface NewClaim {
  orgId: string;
  externalId: string;
  claim: unknown;
  payerId?: string;
  serviceDate?: string;
  findings?: unknown;
  status?: ClaimStatus;
  priority?: number;
  dueAt?: number;
  sourceJob?: string;
  noteText?: string;
  userId?: string;
}

/** Inserts a claim, or returns the one already stored with the same content. */
export async function putClaim(db: SqlDb, c: NewClaim): Promise<{ claim: StoredClaim; created: boolean }> {
  const json = JSON.stringify(c.claim);
  const hash = contentHash(json);
  return db.transaction(async (tx) => {
    const now = Date.now();
    const id = randomUUID();
    const status = c.status ?? 'received';
    const ins = await tx.run(
      `INSERT INTO claims (id, org_id, external_id, content_hash, status, payer_id, service_date, claim_json, findings_json,
                           priority, due_at, source_job, note_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, content_hash) DO NOTHING`,
      [
        id,
        c.orgId,
        c.externalId,
        hash,
        status,
        c.payerId ?? null,
        c.serviceDate ?? null,
        json,
        c.findings === undefined ? null : JSON.stringify(c.findings),
        c.priority ?? 0,
        c.dueAt ?? null,
        c.sourceJob ?? null,
        c.noteText ?? null,
        now,
        now,
      ],
    );
    if (ins.changes === 1) {
      await tx.run(
        'INSERT INTO claim_events (claim_id, seq, from_status, to_status, user_id, at) VALUES (?, 1, NULL, ?, ?, ?)',
        [id, status, c.userId ?? null, now],
      );
    }
    const row = await tx.get<Row>('SELECT * FROM claims WHERE org_id = ? AND content_hash = ?', [
      c.orgId,
      hash,
    ]);
    return { claim: fromRow(row!), created: ins.changes === 1 };
  });
}

export async function getClaim(db: SqlDb, orgId: string, id: string): Promise<StoredClaim | undefined> {
  const r = await db.get<Row>('SELECT * FROM claims WHERE id = ? AND org_id = ?', [id, orgId]);
  return r ? fromRow(r) : undefined;
}

export interface ClaimFilter {
  orgId: string;
  status?: ClaimStatus;
  assignedTo?: string | null;
  payerId?: string;
  limit?: number;
  offset?: number;
}

/** The work queue order: highest priority, then earliest due, then oldest. */
export async function listClaims(db: SqlDb, f: ClaimFilter): Promise<StoredClaim[]> {
  const where = ['org_id = ?'];
  const params: (string | number)[] = [f.orgId];
  if (f.status !== undefined) {
    where.push('status = ?');
    params.push(f.status);
  }
  if (f.assignedTo === null) where.push('assigned_to IS NULL');
  else if (f.assignedTo !== undefined) {
    where.push('assigned_to = ?');
    params.push(f.assignedTo);
  }
  if (f.payerId !== undefined) {
    where.push('payer_id = ?');
    params.push(f.payerId);
  }
  params.push(f.limit ?? 50, f.offset ?? 0);
  const rows = await db.all<Row>(
    `SELECT * FROM claims WHERE ${where.join(' AND ')}
      ORDER BY priority DESC, COALESCE(due_at, 9007199254740991), created_at LIMIT ? OFFSET ?`,
    params,
  );
  return rows.map(fromRow);
}

export type TransitionResult =
  | { ok: true; claim: StoredClaim }
  | { ok: false; reason: 'not-found' | 'not-allowed' | 'conflict'; from?: ClaimStatus };

/**
 * Moves a claim to `to` when the lifecycle allows it. `expectVersion` makes the change
 * conditional on nobody else having changed the claim since it was read.
 */
export async function transitionClaim(
  db: SqlDb,
  orgId: string,
  id: string,
  to: ClaimStatus,
  opts: { userId?: string; note?: string; expectVersion?: number } = {},
): Promise<TransitionResult> {
  return db.transaction(async (tx) => {
    const row = await tx.get<Row>('SELECT * FROM claims WHERE id = ? AND org_id = ?', [id, orgId]);
    if (!row) return { ok: false, reason: 'not-found' };
    if (!TRANSITIONS[row.status].includes(to)) return { ok: false, reason: 'not-allowed', from: row.status };
    if (opts.expectVersion !== undefined && Number(row.version) !== opts.expectVersion)
      return { ok: false, reason: 'conflict' };
    const now = Date.now();
    const upd = await tx.run(
      'UPDATE claims SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
      [to, now, id, row.version],
    );
    if (upd.changes === 0) return { ok: false, reason: 'conflict' };
    await tx.run(
      // Numbered per claim; the version check above already serialises writers of this claim.
      `INSERT INTO claim_events (claim_id, seq, from_status, to_status, user_id, note, at)
       SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM claim_events WHERE claim_id = ?`,
      [id, row.status, to, opts.userId ?? null, opts.note ?? null, now, id],
    );
    const after = await tx.get<Row>('SELECT * FROM claims WHERE id = ?', [id]);
    return { ok: true, claim: fromRow(after!) };
  });
}

/** Sets the provider's note behind a claim. */
export async function setClaimNote(db: SqlDb, orgId: string, id: string, text: string): Promise<boolean> {
  const r = await db.run(
    'UPDATE claims SET note_text = ?, updated_at = ?, version = version + 1 WHERE id = ? AND org_id = ?',
    [text, Date.now(), id, orgId],
  );
  return r.changes === 1;
}

/** Replaces the claim body and/or its findings (a coder's edit, a fresh check). */
export async function updateClaim(
  db: SqlDb,
  orgId: string,
  id: string,
  patch: { claim?: unknown; findings?: unknown },
  expectVersion?: number,
): Promise<StoredClaim | undefined> {
  return db.transaction(async (tx) => {
    const row = await tx.get<Row>('SELECT * FROM claims WHERE id = ? AND org_id = ?', [id, orgId]);
    if (!row || (expectVersion !== undefined && Number(row.version) !== expectVersion)) return undefined;
    const claimJson = patch.claim === undefined ? row.claim_json : JSON.stringify(patch.claim);
    const findingsJson = patch.findings === undefined ? row.findings_json : JSON.stringify(patch.findings);
    await tx.run(
      'UPDATE claims SET claim_json = ?, findings_json = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
      [claimJson, findingsJson, Date.now(), id, row.version],
    );
    const after = await tx.get<Row>('SELECT * FROM claims WHERE id = ?', [id]);
    return after ? fromRow(after) : undefined;
  });
}

export interface ClaimEvent {
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  userId: string | null;
  note: string | null;
  at: number;
}

export async function claimEvents(db: SqlDb, claimId: string): Promise<ClaimEvent[]> {
  const rows = await db.all<{
    from_status: ClaimStatus | null;
    to_status: ClaimStatus;
    user_id: string | null;
    note: string | null;
    at: number;
  }>('SELECT from_status, to_status, user_id, note, at FROM claim_events WHERE claim_id = ? ORDER BY seq', [
    claimId,
  ]);
  return rows.map((r) => ({
    fromStatus: r.from_status,
    toStatus: r.to_status,
    userId: r.user_id,
    note: r.note,
    at: Number(r.at),
  }));
}

/**
 * Work queue: assign to a user, take the next unassigned claim (atomically: two coders pressing
 * "next" at once get different claims), release back to the queue.
 */
export async function assignClaim(
  db: SqlDb,
  orgId: string,
  id: string,
  userId: string | null,
): Promise<boolean> {
  const r = await db.run(
    'UPDATE claims SET assigned_to = ?, updated_at = ?, version = version + 1 WHERE id = ? AND org_id = ?',
    [userId, Date.now(), id, orgId],
  );
  return r.changes === 1;
}

export async function takeNextClaim(
  db: SqlDb,
  orgId: string,
  userId: string,
  status?: ClaimStatus,
): Promise<StoredClaim | undefined> {
  return db.transaction(async (tx) => {
    const skip = tx.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const params: (string | number)[] = [orgId];
    let cond = '';
    if (status !== undefined) {
      cond = ' AND status = ?';
      params.push(status);
    } else cond = " AND status NOT IN ('submitted', 'paid')";
    const row = await tx.get<Row>(
      `SELECT * FROM claims WHERE org_id = ? AND assigned_to IS NULL${cond}
        ORDER BY priority DESC, COALESCE(due_at, 9007199254740991), created_at LIMIT 1${skip}`,
      params,
    );
    if (!row) return undefined;
    await tx.run('UPDATE claims SET assigned_to = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      userId,
      Date.now(),
      row.id,
    ]);
    const after = await tx.get<Row>('SELECT * FROM claims WHERE id = ?', [row.id]);
    return after ? fromRow(after) : undefined;
  });
}
