/**
 * @module routes/queries
 * Provider queries: drafted by a coder about a claim or a lab order, sent to the provider's
 * office, answered (the answer lands on the query and the subject is checked again).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { MedcodeError } from '@medcode/domain';
import {
  advanceQuery,
  appendAudit,
  createQuery,
  getClaim,
  getLabOrder,
  getQuery,
  listQueries,
  type ProviderQuery,
  transitionClaim,
  updateLabOrder,
} from '@medcode/store';
import { authorize } from '../auth.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, IdParam, json, QuerySchema } from '../schemas.ts';

const pub = (q: ProviderQuery) => ({
  id: q.id,
  subjectKind: q.subjectKind,
  subjectId: q.subjectId,
  status: q.status,
  query: q.query,
  answer: q.answer,
  createdAt: q.createdAt,
  updatedAt: q.updatedAt,
});

/** AHIMA/ACDIS compliant-query shape: clinical indicators, an open or multiple-choice question. */
const QueryBody = z.object({
  subjectKind: z.enum(['claim', 'lab-order']),
  subjectId: z.string().min(1),
  question: z.string().min(1).max(4000),
  indicators: z.array(z.string().max(1000)).max(50).default([]),
  options: z.array(z.string().max(500)).max(20).optional(),
  to: z.string().max(200).optional(),
});

const list = createRoute({
  method: 'get',
  path: '/api/queries',
  request: {
    query: z.object({
      subjectKind: z.enum(['claim', 'lab-order']).optional(),
      subjectId: z.string().optional(),
      status: z.enum(['drafted', 'sent', 'answered', 'expired']).optional(),
    }),
  },
  responses: { 200: json(z.object({ queries: z.array(QuerySchema) }), 'Queries'), ...errorResponses },
});
const create = createRoute({
  method: 'post',
  path: '/api/queries',
  summary: 'Draft a provider query',
  request: { body: { content: { 'application/json': { schema: QueryBody } } } },
  responses: { 201: json(QuerySchema, 'Drafted'), ...errorResponses },
});
const read = createRoute({
  method: 'get',
  path: '/api/queries/{id}',
  request: { params: IdParam },
  responses: { 200: json(QuerySchema, 'The query'), ...errorResponses },
});
const send = createRoute({
  method: 'post',
  path: '/api/queries/{id}/send',
  request: { params: IdParam },
  responses: { 200: json(QuerySchema, 'Sent'), 409: errorResponses[400], ...errorResponses },
});
const answer = createRoute({
  method: 'post',
  path: '/api/queries/{id}/answer',
  summary: "Record the provider's answer; a claim goes back to coding to be checked again",
  request: {
    params: IdParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({ answer: z.string().min(1).max(4000), by: z.string().max(200).optional() }),
        },
      },
    },
  },
  responses: { 200: json(QuerySchema, 'Answered'), 409: errorResponses[400], ...errorResponses },
});

function conflict(r: { reason: string; from?: string }, to: string): MedcodeError {
  if (r.reason === 'not-found') return new MedcodeError('not-found', 'query not found');
  return new MedcodeError('conflict', `a ${r.from} query cannot become ${to}`);
}

export function registerQueries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const user = authorize(c, 'queries.read');
    const f = c.req.valid('query');
    const rows = await listQueries(c.get('deps').db, user.orgId, {
      ...(f.subjectKind !== undefined ? { subjectKind: f.subjectKind } : {}),
      ...(f.subjectId !== undefined ? { subjectId: f.subjectId } : {}),
      ...(f.status !== undefined ? { status: f.status } : {}),
    });
    return c.json({ queries: rows.map(pub) }, 200);
  });

  app.openapi(create, async (c) => {
    const user = authorize(c, 'queries.write');
    const { db } = c.get('deps');
    const body = c.req.valid('json');
    if (body.subjectKind === 'claim' && !(await getClaim(db, user.orgId, body.subjectId))) {
      throw new MedcodeError('not-found', 'claim not found');
    }
    if (body.subjectKind === 'lab-order' && !(await getLabOrder(db, user.orgId, body.subjectId))) {
      throw new MedcodeError('not-found', 'lab order not found');
    }
    const q = await createQuery(db, {
      orgId: user.orgId,
      subjectKind: body.subjectKind,
      subjectId: body.subjectId,
      query: {
        question: body.question,
        indicators: body.indicators,
        options: body.options ?? null,
        to: body.to ?? null,
      },
      createdBy: user.id,
    });
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'query.create',
      entityKind: 'query',
      entityId: q.id,
    });
    return c.json(pub(q), 201);
  });

  app.openapi(read, async (c) => {
    const user = authorize(c, 'queries.read');
    const q = await getQuery(c.get('deps').db, user.orgId, c.req.valid('param').id);
    if (!q) throw new MedcodeError('not-found', 'query not found');
    return c.json(pub(q), 200);
  });

  app.openapi(send, async (c) => {
    const user = authorize(c, 'queries.write');
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    const r = await advanceQuery(db, user.orgId, id, 'sent');
    if (!r.ok) throw conflict(r, 'sent');
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'query.send',
      entityKind: 'query',
      entityId: id,
    });
    return c.json(pub(r.query), 200);
  });

  app.openapi(answer, async (c) => {
    const user = authorize(c, 'queries.write');
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const r = await db.transaction(async (tx) => {
      const res = await advanceQuery(tx, user.orgId, id, 'answered', {
        text: body.answer,
        by: body.by ?? null,
        at: Date.now(),
      });
      if (!res.ok) return res;
      // The answer may change the codes: a claim goes back to coding, where it is checked again.
      if (res.query.subjectKind === 'claim') {
        const claim = await getClaim(tx, user.orgId, res.query.subjectId);
        if (claim && claim.status !== 'coding') {
          await transitionClaim(tx, user.orgId, claim.id, 'coding', {
            userId: user.id,
            note: 'provider query answered',
          });
        }
      }
      // A lab order takes the answer in and is reviewed again (issue 7).
      const lab = c.get('deps').services.lab;
      if (res.query.subjectKind === 'lab-order' && lab) {
        const stored = await getLabOrder(tx, user.orgId, res.query.subjectId);
        if (stored) {
          const question = (res.query.query as { question?: string }).question ?? '';
          const next = lab.answered(stored.order as never, res.query.answer as { text: string }, question);
          await updateLabOrder(tx, user.orgId, stored.id, {
            order: next.order,
            review: next.review,
            outcome: next.review.outcome,
          });
        }
      }
      await appendAudit(tx, {
        orgId: user.orgId,
        userId: user.id,
        action: 'query.answer',
        entityKind: 'query',
        entityId: id,
      });
      return res;
    });
    if (!r.ok) throw conflict(r, 'answered');
    return c.json(pub(r.query), 200);
  });
}
