/**
 * @module queries
 * Provider queries: a coder's question to the ordering or rendering office about a claim or a
 * lab order, with its lifecycle drafted → sent → answered (or expired). The answer comes back
 * onto the query; the subject (claim or order) is then reviewed again by the caller.
 */
import { randomUUID } from 'node:crypto';
import type { SqlDb } from './sql.ts';

export const QUERY_STATUSES = ['drafted', 'sent', 'answered', 'expired'] as const;
export type QueryStatus = (typeof QUERY_STATUSES)[number];

const NEXT: Readonly<Record<QueryStatus, readonly QueryStatus[]>> = {
  drafted: ['sent'],
  sent: ['answered', 'expired'],
  answered: [],
  expired: [],
};

export interface ProviderQuery {
  id: string;
  orgId: string;
  subjectKind: 'claim' | 'lab-order';
  subjectId: string;
  status: QueryStatus;
  query: unknown;
  answer: unknown;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
  expiresAt: number | null;
}

interface Row {
  id: string;
  org_id: string;
  subject_kind: 'claim' | 'lab-order';
  subject_id: string;
  status: QueryStatus;
  query_json: string;
  answer_json: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  expires_at: number | null;
}

const fromRow = (r: Row): ProviderQuery => ({
  id: r.id,
  orgId: r.org_id,
  subjectKind: r.subject_kind,
  subjectId: r.subject_id,
  status: r.status,
  query: JSON.parse(r.query_json) as unknown,
  answer: r.answer_json === null ? null : (JSON.parse(r.answer_json) as unknown),
  createdBy: r.created_by,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  expiresAt: r.expires_at === null ? null : Number(r.expires_at),
});

export async function createQuery(
  db: SqlDb,
  q: {
    orgId: string;
    subjectKind: 'claim' | 'lab-order';
    subjectId: string;
    query: unknown;
    createdBy?: string;
    expiresAt?: number;
  },
): Promise<ProviderQuery> {
  const id = randomUUID();
  const now = Date.now();
  await db.run(
    `INSERT INTO provider_queries (id, org_id, subject_kind, subject_id, status, query_json, created_by, created_at, updated_at, expires_at)
     VALUES (?, ?, ?, ?, 'drafted', ?, ?, ?, ?, ?)`,
    [
      id,
      q.orgId,
      q.subjectKind,
      q.subjectId,
      JSON.stringify(q.query),
      q.createdBy ?? null,
      now,
      now,
      q.expiresAt ?? null,
    ],
  );
  return (await getQuery(db, q.orgId, id))!;
}

export async function getQuery(db: SqlDb, orgId: string, id: string): Promise<ProviderQuery | undefined> {
  const r = await db.get<Row>('SELECT * FROM provider_queries WHERE id = ? AND org_id = ?', [id, orgId]);
  return r ? fromRow(r) : undefined;
}

export async function listQueries(
  db: SqlDb,
  orgId: string,
  f: { subjectKind?: string; subjectId?: string; status?: QueryStatus } = {},
): Promise<ProviderQuery[]> {
  const where = ['org_id = ?'];
  const params: string[] = [orgId];
  for (const [col, v] of [
    ['subject_kind', f.subjectKind],
    ['subject_id', f.subjectId],
    ['status', f.status],
  ] as const) {
    if (v !== undefined) {
      where.push(`${col} = ?`);
      params.push(v);
    }
  }
  const rows = await db.all<Row>(
    `SELECT * FROM provider_queries WHERE ${where.join(' AND ')} ORDER BY created_at`,
    params,
  );
  return rows.map(fromRow);
}

/** Moves a query along its lifecycle; an answer is recorded with the move to `answered`. */
export async function advanceQuery(
  db: SqlDb,
  orgId: string,
  id: string,
  to: QueryStatus,
  answer?: unknown,
): Promise<
  { ok: true; query: ProviderQuery } | { ok: false; reason: 'not-found' | 'not-allowed'; from?: QueryStatus }
> {
  return db.transaction(async (tx) => {
    const row = await tx.get<Row>('SELECT * FROM provider_queries WHERE id = ? AND org_id = ?', [id, orgId]);
    if (!row) return { ok: false, reason: 'not-found' };
    if (!NEXT[row.status].includes(to)) return { ok: false, reason: 'not-allowed', from: row.status };
    await tx.run('UPDATE provider_queries SET status = ?, answer_json = ?, updated_at = ? WHERE id = ?', [
      to,
      answer === undefined ? row.answer_json : JSON.stringify(answer),
      Date.now(),
      id,
    ]);
    return {
      ok: true,
      query: fromRow((await tx.get<Row>('SELECT * FROM provider_queries WHERE id = ?', [id]))!),
    };
  });
}
