/**
 * @module routes/scrub
 * Check a claim without storing it: the biller's "what would happen if I sent this".
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize } from '../auth.ts';
import { claimFromBody } from '../claim-body.ts';
import type { AppEnv } from '../context.ts';
import { ClaimBody, errorResponses, FindingSchema, json } from '../schemas.ts';

const scrub = createRoute({
  method: 'post',
  path: '/api/scrub',
  summary: 'Check a claim against code validity, conventions, NCCI/MUE, necessity and a payer pack',
  request: {
    body: {
      content: {
        'application/json': { schema: z.object({ claim: ClaimBody, payer: z.string().optional() }) },
      },
    },
  },
  responses: {
    200: json(z.object({ findings: z.array(FindingSchema), rejected: z.boolean() }), 'Findings'),
    ...errorResponses,
  },
});

export function registerScrub(app: OpenAPIHono<AppEnv>): void {
  app.openapi(scrub, (c) => {
    authorize(c, 'claims.scrub');
    const body = c.req.valid('json');
    const claim = claimFromBody(body.claim);
    const findings = c
      .get('deps')
      .services.scrub(claim, body.payer !== undefined ? { payer: body.payer } : {});
    return c.json({ findings, rejected: findings.some((f) => f.severity === 'reject') } as never, 200);
  });
}
