/**
 * @module routes/audit
 * The audit log, for auditors and admins of the organization, and its chain check.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listAudit, verifyAudit } from '@medcode/store';
import { authorize } from '../auth.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';

const list = createRoute({
  method: 'get',
  path: '/api/audit',
  request: {
    query: z.object({
      entityKind: z.string().optional(),
      entityId: z.string().optional(),
      after: z.coerce.number().int().min(0).optional(),
      limit: z.coerce.number().int().min(1).max(1000).optional(),
    }),
  },
  responses: {
    200: json(z.object({ entries: z.array(z.unknown()) }), 'Entries, oldest first'),
    ...errorResponses,
  },
});

const verify = createRoute({
  method: 'get',
  path: '/api/audit/verify',
  summary: "Recompute the organization's hash chain",
  responses: { 200: json(z.unknown(), 'Verdict'), ...errorResponses },
});

export function registerAudit(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const user = authorize(c, 'audit.read');
    const q = c.req.valid('query');
    const entries = await listAudit(c.get('deps').db, {
      orgId: user.orgId,
      ...(q.entityKind !== undefined ? { entityKind: q.entityKind } : {}),
      ...(q.entityId !== undefined ? { entityId: q.entityId } : {}),
      ...(q.after !== undefined ? { afterSeq: q.after } : {}),
      ...(q.limit !== undefined ? { limit: q.limit } : {}),
    });
    return c.json({ entries }, 200);
  });

  app.openapi(verify, async (c) => {
    const user = authorize(c, 'audit.read');
    return c.json((await verifyAudit(c.get('deps').db, user.orgId)) as never, 200);
  });
}
