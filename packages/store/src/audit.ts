/**
 * @module audit
 * The audit log: who read or changed which claim, note or query, when. Append-only and
 * tamper-evident (HIPAA Security Rule, 45 CFR 164.312(b) audit controls and (c)(1) integrity):
 * each entry's hash covers the previous entry's hash and its own content, so changing or
 * removing any entry breaks every hash after it. `verifyAudit` walks the chain.
 * Details must never hold PHI: ids and field names, not names or values.
 */
import { createHash } from 'node:crypto';
import type { SqlDb } from './sql.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  orgId: string;
  seq: number;
  at: number;
  userId: string | null;
  action: string;
  entityKind: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export type AuditInput = Pick<AuditEntry, 'orgId' | 'userId' | 'action' | 'entityKind' | 'entityId'> & {
  detail?: Record<string, unknown>;
  at?: number;
};

/** JSON with keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  const body = canonicalJson({
    orgId: e.orgId,
    seq: e.seq,
    at: e.at,
    userId: e.userId,
    action: e.action,
    entityKind: e.entityKind,
    entityId: e.entityId,
    detail: e.detail,
  });
  return createHash('sha256').update(e.prevHash).update('\n').update(body).digest('hex');
}

interface Row {
  org_id: string;
  seq: number;
  at: number;
  user_id: string | null;
  action: string;
  entity_kind: string;
  entity_id: string | null;
  detail_json: string;
  prev_hash: string;
  hash: string;
}

const fromRow = (r: Row): AuditEntry => ({
  orgId: r.org_id,
  seq: Number(r.seq),
  at: Number(r.at),
  userId: r.user_id,
  action: r.action,
  entityKind: r.entity_kind,
  entityId: r.entity_id,
  detail: JSON.parse(r.detail_json) as Record<string, unknown>,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Appends one entry. Call inside the transaction that makes the change it records. */
export async function appendAudit(db: SqlDb, input: AuditInput): Promise<AuditEntry> {
  return db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO audit_head (org_id, seq, hash) VALUES (?, 0, ?) ON CONFLICT (org_id) DO NOTHING',
      [input.orgId, GENESIS_HASH],
    );
    // The head row is the chain's lock: PostgreSQL writers queue on it; SQLite writers are serial.
    const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
    const head = await tx.get<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_head WHERE org_id = ?${lock}`,
      [input.orgId],
    );
    const prevSeq = Number(head?.seq ?? 0);
    const base: Omit<AuditEntry, 'hash'> = {
      orgId: input.orgId,
      seq: prevSeq + 1,
      at: input.at ?? Date.now(),
      userId: input.userId,
      action: input.action,
      entityKind: input.entityKind,
      entityId: input.entityId,
      detail: input.detail ?? {},
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    const entry: AuditEntry = { ...base, hash: entryHash(base) };
    await tx.run(
      `INSERT INTO audit_log (org_id, seq, at, user_id, action, entity_kind, entity_id, detail_json, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.orgId,
        entry.seq,
        entry.at,
        entry.userId,
        entry.action,
        entry.entityKind,
        entry.entityId,
        canonicalJson(entry.detail),
        entry.prevHash,
        entry.hash,
      ],
    );
    await tx.run('UPDATE audit_head SET seq = ?, hash = ? WHERE org_id = ?', [
      entry.seq,
      entry.hash,
      entry.orgId,
    ]);
    return entry;
  });
}

export interface AuditQuery {
  orgId: string;
  entityKind?: string;
  entityId?: string;
  afterSeq?: number;
  limit?: number;
}

export async function listAudit(db: SqlDb, q: AuditQuery): Promise<AuditEntry[]> {
  const where = ['org_id = ?'];
  const params: (string | number)[] = [q.orgId];
  if (q.entityKind !== undefined) {
    where.push('entity_kind = ?');
    params.push(q.entityKind);
  }
  if (q.entityId !== undefined) {
    where.push('entity_id = ?');
    params.push(q.entityId);
  }
  if (q.afterSeq !== undefined) {
    where.push('seq > ?');
    params.push(q.afterSeq);
  }
  params.push(q.limit ?? 100);
  const rows = await db.all<Row>(
    `SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`,
    params,
  );
  return rows.map(fromRow);
}

export type AuditVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Recomputes every hash of an organization's chain, in order, and checks the head. */
export async function verifyAudit(db: SqlDb, orgId: string): Promise<AuditVerdict> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (let after = 0; ; ) {
    const page = await listAudit(db, { orgId, afterSeq: after, limit: 1000 });
    if (page.length === 0) break;
    for (const e of page) {
      if (e.seq !== expectedSeq)
        return { ok: false, entries: count, brokenAt: expectedSeq, reason: 'entry missing' };
      if (e.prevHash !== prev)
        return { ok: false, entries: count, brokenAt: e.seq, reason: 'previous hash differs' };
      const { hash, ...rest } = e;
      if (entryHash(rest) !== hash)
        return { ok: false, entries: count, brokenAt: e.seq, reason: 'content changed' };
      prev = hash;
      expectedSeq++;
      count++;
      after = e.seq;
    }
  }
  const head = await db.get<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_head WHERE org_id = ?',
    [orgId],
  );
  if (head && (Number(head.seq) !== count || head.hash !== prev)) {
    return {
      ok: false,
      entries: count,
      brokenAt: count + 1,
      reason: 'entries after the last one were removed',
    };
  }
  return { ok: true, entries: count };
}
