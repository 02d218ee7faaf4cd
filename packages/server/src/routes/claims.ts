/**
 * @module routes/claims
 * Claims with their lifecycle: create (checked by the domain's edge parser), read, edit,
 * re-check, move along the lifecycle, see the history; the work queue over them.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { claimServiceDate, MedcodeError } from '@medcode/domain';
import {
  appendAudit,
  assignClaim,
  CLAIM_STATUSES,
  claimEvents,
  getClaim,
  getUser,
  listClaims,
  putClaim,
  setClaimNote,
  type StoredClaim,
  takeNextClaim,
  transitionClaim,
  updateClaim,
} from '@medcode/store';
import { authorize } from '../auth.ts';
import { claimFromBody } from '../claim-body.ts';
import type { AppEnv } from '../context.ts';
import { TRANSITION_ROLES } from '../policy.ts';
import {
  ClaimBody,
  ClaimStatusSchema,
  errorResponses,
  IdParam,
  json,
  StoredClaimSchema,
} from '../schemas.ts';

export function publicClaim(c: StoredClaim) {
  return {
    id: c.id,
    externalId: c.externalId,
    status: c.status,
    payerId: c.payerId,
    serviceDate: c.serviceDate,
    claim: c.claim,
    findings: c.findings,
    assignedTo: c.assignedTo,
    priority: c.priority,
    dueAt: c.dueAt,
    noteText: c.noteText,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
  };
}

/**
 * What a work list shows: status, payer, dates, charge, the edits firing, the assignment; no
 * patient, no note, no codes (minimum necessary, 45 CFR 164.502(b)).
 */
export function queueClaim(c: StoredClaim) {
  const body = c.claim as { totalCharge?: number; kind?: string };
  const findings = (Array.isArray(c.findings) ? c.findings : []) as { code: string; severity: string }[];
  return {
    id: c.id,
    externalId: c.externalId,
    status: c.status,
    kind: body.kind ?? null,
    payerId: c.payerId,
    serviceDate: c.serviceDate,
    totalCharge: body.totalCharge ?? null,
    findings: findings.map((f) => ({ code: f.code, severity: f.severity })),
    assignedTo: c.assignedTo,
    priority: c.priority,
    dueAt: c.dueAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
  };
}

const list = createRoute({
  method: 'get',
  path: '/api/claims',
  summary: 'Claims of my organization, in work-queue order',
  request: {
    query: z.object({
      status: ClaimStatusSchema.optional(),
      assigned: z.enum(['me', 'none', 'any']).optional(),
      payer: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(500).optional(),
      offset: z.coerce.number().int().min(0).optional(),
      view: z.enum(['full', 'queue']).optional().openapi({
        description:
          'queue: no claim body, patient or note (the minimum a work list needs); full: everything',
      }),
    }),
  },
  responses: { 200: json(z.object({ claims: z.array(z.unknown()) }), 'Claims'), ...errorResponses },
});

const create = createRoute({
  method: 'post',
  path: '/api/claims',
  summary: 'Store a claim (the same content twice is stored once) and check it',
  request: { body: { content: { 'application/json': { schema: ClaimBody } } } },
  responses: {
    201: json(StoredClaimSchema, 'Created'),
    200: json(StoredClaimSchema, 'Already stored'),
    ...errorResponses,
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/claims/{id}',
  request: { params: IdParam },
  responses: { 200: json(StoredClaimSchema, 'The claim'), ...errorResponses },
});

const edit = createRoute({
  method: 'put',
  path: '/api/claims/{id}',
  summary: "Replace the claim's content (a coder's edit); it is checked again",
  request: {
    params: IdParam,
    body: {
      content: { 'application/json': { schema: z.object({ claim: ClaimBody, version: z.number().int() }) } },
    },
  },
  responses: { 200: json(StoredClaimSchema, 'Updated'), 409: errorResponses[400], ...errorResponses },
});

const transition = createRoute({
  method: 'post',
  path: '/api/claims/{id}/transition',
  summary: 'Move a claim along its lifecycle',
  request: {
    params: IdParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            to: ClaimStatusSchema,
            note: z.string().max(500).optional(),
            version: z.number().int().optional(),
          }),
        },
      },
    },
  },
  responses: { 200: json(StoredClaimSchema, 'Moved'), 409: errorResponses[400], ...errorResponses },
});

const events = createRoute({
  method: 'get',
  path: '/api/claims/{id}/events',
  request: { params: IdParam },
  responses: {
    200: json(
      z.object({
        events: z.array(
          z.object({
            fromStatus: z.string().nullable(),
            toStatus: z.string(),
            userId: z.string().nullable(),
            note: z.string().nullable(),
            at: z.number(),
          }),
        ),
      }),
      'Lifecycle history',
    ),
    ...errorResponses,
  },
});

const assign = createRoute({
  method: 'post',
  path: '/api/claims/{id}/assign',
  summary: 'Assign to a user of my organization, or release (userId null)',
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: z.object({ userId: z.string().nullable() }) } } },
  },
  responses: { 200: json(StoredClaimSchema, 'Assigned'), ...errorResponses },
});

const note = createRoute({
  method: 'put',
  path: '/api/claims/{id}/note',
  summary: "Attach the provider's note the claim is coded from",
  request: {
    params: IdParam,
    body: { content: { 'application/json': { schema: z.object({ text: z.string().min(1).max(200_000) }) } } },
  },
  responses: { 200: json(StoredClaimSchema, 'Updated'), ...errorResponses },
});

const next = createRoute({
  method: 'post',
  path: '/api/queues/next',
  summary: 'Take the next unassigned claim of the queue',
  request: {
    body: {
      content: { 'application/json': { schema: z.object({ status: ClaimStatusSchema.optional() }) } },
      required: false,
    },
  },
  responses: {
    200: json(z.object({ claim: StoredClaimSchema.nullable() }), 'The claim taken, or null'),
    ...errorResponses,
  },
});

export function registerClaims(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const user = authorize(c, 'claims.read');
    const q = c.req.valid('query');
    const assigned = q.assigned === 'me' ? user.id : q.assigned === 'none' ? null : undefined;
    const rows = await listClaims(c.get('deps').db, {
      orgId: user.orgId,
      ...(q.status !== undefined ? { status: q.status } : {}),
      ...(assigned !== undefined ? { assignedTo: assigned } : {}),
      ...(q.payer !== undefined ? { payerId: q.payer } : {}),
      ...(q.limit !== undefined ? { limit: q.limit } : {}),
      ...(q.offset !== undefined ? { offset: q.offset } : {}),
    });
    const claims: unknown[] = q.view === 'queue' ? rows.map(queueClaim) : rows.map(publicClaim);
    return c.json({ claims }, 200);
  });

  app.openapi(create, async (c) => {
    const user = authorize(c, 'claims.write');
    const { db, services } = c.get('deps');
    const claim = claimFromBody(c.req.valid('json'));
    const findings = services.scrub(claim, {});
    const date = claimServiceDate(claim);
    const out = await db.transaction(async (tx) => {
      const r = await putClaim(tx, {
        orgId: user.orgId,
        externalId: claim.id,
        claim,
        findings,
        payerId: claim.subscriber.payer.id,
        ...(date !== undefined ? { serviceDate: date } : {}),
        userId: user.id,
      });
      await appendAudit(tx, {
        orgId: user.orgId,
        userId: user.id,
        action: r.created ? 'claim.create' : 'claim.create-duplicate',
        entityKind: 'claim',
        entityId: r.claim.id,
      });
      return r;
    });
    return c.json(publicClaim(out.claim), out.created ? 201 : 200);
  });

  app.openapi(read, async (c) => {
    const user = authorize(c, 'claims.read');
    const { db } = c.get('deps');
    const claim = await getClaim(db, user.orgId, c.req.valid('param').id);
    if (!claim) throw new MedcodeError('not-found', 'claim not found');
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'claim.read',
      entityKind: 'claim',
      entityId: claim.id,
    });
    return c.json(publicClaim(claim), 200);
  });

  app.openapi(edit, async (c) => {
    const user = authorize(c, 'claims.write');
    const { db, services } = c.get('deps');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const claim = claimFromBody(body.claim);
    const findings = services.scrub(claim, {});
    const updated = await db.transaction(async (tx) => {
      const existing = await getClaim(tx, user.orgId, id);
      if (!existing) throw new MedcodeError('not-found', 'claim not found');
      const u = await updateClaim(tx, user.orgId, id, { claim, findings }, body.version);
      if (!u) throw new MedcodeError('conflict', 'the claim changed since you read it; reload it');
      await appendAudit(tx, {
        orgId: user.orgId,
        userId: user.id,
        action: 'claim.update',
        entityKind: 'claim',
        entityId: id,
      });
      return u;
    });
    return c.json(publicClaim(updated), 200);
  });

  app.openapi(transition, async (c) => {
    const user = authorize(c, 'claims.transition');
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const only = TRANSITION_ROLES[body.to];
    if (only && !only.includes(user.role))
      throw new MedcodeError('forbidden', `the ${user.role} role may not mark a claim ${body.to}`);
    const r = await db.transaction(async (tx) => {
      const res = await transitionClaim(tx, user.orgId, id, body.to, {
        userId: user.id,
        ...(body.note !== undefined ? { note: body.note } : {}),
        ...(body.version !== undefined ? { expectVersion: body.version } : {}),
      });
      if (res.ok) {
        await appendAudit(tx, {
          orgId: user.orgId,
          userId: user.id,
          action: 'claim.transition',
          entityKind: 'claim',
          entityId: id,
          detail: { to: body.to },
        });
      }
      return res;
    });
    if (!r.ok) {
      if (r.reason === 'not-found') throw new MedcodeError('not-found', 'claim not found');
      if (r.reason === 'conflict')
        throw new MedcodeError('conflict', 'the claim changed since you read it; reload it');
      throw new MedcodeError('conflict', `a ${r.from} claim cannot become ${body.to}`);
    }
    return c.json(publicClaim(r.claim), 200);
  });

  app.openapi(events, async (c) => {
    const user = authorize(c, 'claims.read');
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    if (!(await getClaim(db, user.orgId, id))) throw new MedcodeError('not-found', 'claim not found');
    return c.json({ events: await claimEvents(db, id) }, 200);
  });

  app.openapi(assign, async (c) => {
    const user = authorize(c, 'queue.work');
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    const { userId } = c.req.valid('json');
    if (userId !== null) {
      const target = await getUser(db, userId);
      if (!target || target.orgId !== user.orgId) throw new MedcodeError('not-found', 'user not found');
    }
    if (!(await assignClaim(db, user.orgId, id, userId)))
      throw new MedcodeError('not-found', 'claim not found');
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'claim.assign',
      entityKind: 'claim',
      entityId: id,
    });
    return c.json(publicClaim((await getClaim(db, user.orgId, id))!), 200);
  });

  app.openapi(note, async (c) => {
    const user = authorize(c, 'claims.write');
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    if (!(await setClaimNote(db, user.orgId, id, c.req.valid('json').text)))
      throw new MedcodeError('not-found', 'claim not found');
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'claim.note',
      entityKind: 'claim',
      entityId: id,
    });
    return c.json(publicClaim((await getClaim(db, user.orgId, id))!), 200);
  });

  app.openapi(next, async (c) => {
    const user = authorize(c, 'queue.work');
    const { db } = c.get('deps');
    const body = (await c.req.json().catch(() => ({}))) as { status?: string };
    const status = CLAIM_STATUSES.find((s) => s === body.status);
    const claim = await takeNextClaim(db, user.orgId, user.id, status);
    if (claim)
      await appendAudit(db, {
        orgId: user.orgId,
        userId: user.id,
        action: 'queue.take',
        entityKind: 'claim',
        entityId: claim.id,
      });
    return c.json({ claim: claim ? publicClaim(claim) : null }, 200);
  });
}
