/**
 * @module routes/lab
 * Lab order review before the test is run: an order (JSON, FHIR R4 Bundle or HL7 v2 ORM/OML)
 * is read, reviewed and kept; the provider queries the review drafts are kept with it, and an
 * answer to one of them (routes/queries.ts) reviews the order again.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { MedcodeError } from '@medcode/domain';
import {
  appendAudit,
  createQuery,
  getLabOrder,
  listLabOrders,
  putLabOrder,
  type StoredLabOrder,
} from '@medcode/store';
import { authorize } from '../auth.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, IdParam, json } from '../schemas.ts';

const LabOrderSchema = z
  .object({
    id: z.string(),
    externalId: z.string(),
    form: z.string(),
    outcome: z.string(),
    order: z.unknown(),
    review: z.unknown(),
    createdAt: z.number(),
    updatedAt: z.number(),
  })
  .openapi('LabOrder');

const pub = (o: StoredLabOrder) => ({
  id: o.id,
  externalId: o.externalId,
  form: o.form,
  outcome: o.outcome,
  order: o.order,
  review: o.review,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
});

const submit = createRoute({
  method: 'post',
  path: '/api/lab-orders',
  summary: 'Review a lab order before the test is run (JSON, FHIR R4 Bundle, or HL7 v2 ORM^O01/OML^O21)',
  request: {
    query: z.object({ name: z.string().max(200).optional() }),
    body: {
      content: {
        'application/json': { schema: z.unknown() },
        'application/fhir+json': { schema: z.unknown() },
        'x-application/hl7-v2+er7': { schema: z.string() },
        'text/plain': { schema: z.string() },
      },
    },
  },
  responses: {
    201: json(
      z.object({ order: LabOrderSchema, queries: z.array(z.string()) }),
      'Reviewed and kept; ids of drafted queries',
    ),
    ...errorResponses,
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/lab-orders/{id}',
  request: { params: IdParam },
  responses: { 200: json(LabOrderSchema, 'The order and its latest review'), ...errorResponses },
});

const list = createRoute({
  method: 'get',
  path: '/api/lab-orders',
  responses: { 200: json(z.object({ orders: z.array(LabOrderSchema) }), 'Recent orders'), ...errorResponses },
});

function lab(c: { get(k: 'deps'): AppEnv['Variables']['deps'] }) {
  const l = c.get('deps').services.lab;
  if (!l) throw new MedcodeError('not-installed', 'lab order review is not available on this server');
  return l;
}

export function registerLab(app: OpenAPIHono<AppEnv>): void {
  app.openapi(submit, async (c) => {
    const user = authorize(c, 'lab.review');
    const { db } = c.get('deps');
    const service = lab(c);
    const name = c.req.valid('query').name ?? 'order';
    const { order, form } = service.read(await c.req.text(), name);
    const review = service.review(order);
    const out = await db.transaction(async (tx) => {
      const stored = await putLabOrder(tx, {
        orgId: user.orgId,
        externalId: order.id,
        form,
        order,
        review,
        outcome: review.outcome,
        createdBy: user.id,
      });
      const ids: string[] = [];
      for (const draft of review.queries) {
        const q = await createQuery(tx, {
          orgId: user.orgId,
          subjectKind: 'lab-order',
          subjectId: stored.id,
          query: { ...service.queryBody(draft), options: draft.options ?? null, to: null },
          createdBy: user.id,
        });
        ids.push(q.id);
      }
      await appendAudit(tx, {
        orgId: user.orgId,
        userId: user.id,
        action: 'lab-order.review',
        entityKind: 'lab-order',
        entityId: stored.id,
        detail: { outcome: review.outcome },
      });
      return { stored, ids };
    });
    return c.json({ order: pub(out.stored), queries: out.ids }, 201);
  });

  app.openapi(read, async (c) => {
    const user = authorize(c, 'lab.review');
    const { db } = c.get('deps');
    const o = await getLabOrder(db, user.orgId, c.req.valid('param').id);
    if (!o) throw new MedcodeError('not-found', 'lab order not found');
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'lab-order.read',
      entityKind: 'lab-order',
      entityId: o.id,
    });
    return c.json(pub(o), 200);
  });

  app.openapi(list, async (c) => {
    const user = authorize(c, 'lab.review');
    return c.json({ orders: (await listLabOrders(c.get('deps').db, user.orgId)).map(pub) }, 200);
  });
}
