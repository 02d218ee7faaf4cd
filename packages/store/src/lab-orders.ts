/**
 * @module lab-orders
 * Lab orders kept by the service with their latest review, so that a provider query's answer
 * can be folded into the order and the order reviewed again.
 */
import { randomUUID } from 'node:crypto';
import type { SqlDb } from './sql.ts';

export interface StoredLabOrder {
  id: string;
  orgId: string;
  externalId: string;
  form: string;
  order: unknown;
  review: unknown;
  outcome: string;
  createdAt: number;
  updatedAt: number;
}

interface Row {
  id: string;
  org_id: string;
  external_id: string;
  form: string;
  order_json: string;
  review_json: string;
  outcome: string;
  created_at: number;
  updated_at: number;
}

const fromRow = (r: Row): StoredLabOrder => ({
  id: r.id,
  orgId: r.org_id,
  externalId: r.external_id,
  form: r.form,
  order: JSON.parse(r.order_json) as unknown,
  review: JSON.parse(r.review_json) as unknown,
  outcome: r.outcome,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export async function putLabOrder(
  db: SqlDb,
  o: {
    orgId: string;
    externalId: string;
    form: string;
    order: unknown;
    review: unknown;
    outcome: string;
    createdBy?: string;
  },
): Promise<StoredLabOrder> {
  const id = randomUUID();
  const now = Date.now();
  await db.run(
    `INSERT INTO lab_orders (id, org_id, external_id, form, order_json, review_json, outcome, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      o.orgId,
      o.externalId,
      o.form,
      JSON.stringify(o.order),
      JSON.stringify(o.review),
      o.outcome,
      o.createdBy ?? null,
      now,
      now,
    ],
  );
  return (await getLabOrder(db, o.orgId, id))!;
}

export async function getLabOrder(db: SqlDb, orgId: string, id: string): Promise<StoredLabOrder | undefined> {
  const r = await db.get<Row>('SELECT * FROM lab_orders WHERE id = ? AND org_id = ?', [id, orgId]);
  return r ? fromRow(r) : undefined;
}

export async function listLabOrders(db: SqlDb, orgId: string, limit = 50): Promise<StoredLabOrder[]> {
  const rows = await db.all<Row>(
    'SELECT * FROM lab_orders WHERE org_id = ? ORDER BY created_at DESC LIMIT ?',
    [orgId, limit],
  );
  return rows.map(fromRow);
}

/** Replaces the order and its review (after an answered query). */
export async function updateLabOrder(
  db: SqlDb,
  orgId: string,
  id: string,
  o: { order: unknown; review: unknown; outcome: string },
): Promise<boolean> {
  const r = await db.run(
    'UPDATE lab_orders SET order_json = ?, review_json = ?, outcome = ?, updated_at = ? WHERE id = ? AND org_id = ?',
    [JSON.stringify(o.order), JSON.stringify(o.review), o.outcome, Date.now(), id, orgId],
  );
  return r.changes === 1;
}
