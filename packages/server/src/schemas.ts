/**
 * @module schemas
 * Request and response schemas shared by the routes; they make the OpenAPI description.
 * Claim bodies are checked by the domain's own edge parser (parseClaimJson), which names the
 * path of every problem, so here a claim is an object.
 */
import { z } from '@hono/zod-openapi';
import { CLAIM_STATUSES } from '@medcode/domain';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'forbidden' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const ClaimBody = z.record(z.string(), z.unknown()).openapi('ClaimInput', {
  description: 'A claim in the Medcode model (see packages/domain/src/claim.ts)',
});

export const FindingSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['reject', 'deny', 'warn', 'info']),
    message: z.string(),
    path: z.object({
      claimId: z.string(),
      line: z.number().optional(),
      diagnosis: z.number().optional(),
      field: z.string().optional(),
    }),
    evidence: z.array(z.unknown()),
    carc: z.object({ group: z.string(), reason: z.string() }).optional(),
    rarc: z.array(z.string()).optional(),
    fix: z.unknown().optional(),
  })
  .openapi('Finding');

export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);

export const StoredClaimSchema = z
  .object({
    id: z.string(),
    externalId: z.string(),
    status: ClaimStatusSchema,
    payerId: z.string().nullable(),
    serviceDate: z.string().nullable(),
    claim: z.unknown(),
    findings: z.unknown(),
    assignedTo: z.string().nullable(),
    priority: z.number(),
    dueAt: z.number().nullable(),
    noteText: z.string().nullable(),
    createdAt: z.number(),
    updatedAt: z.number(),
    version: z.number(),
  })
  .openapi('Claim');

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    fileName: z.string().nullable(),
    status: z.enum(['queued', 'running', 'done']),
    total: z.number(),
    done: z.number(),
    rejected: z.number(),
    createdAt: z.number(),
  })
  .openapi('Job');

export const QuerySchema = z
  .object({
    id: z.string(),
    subjectKind: z.enum(['claim', 'lab-order']),
    subjectId: z.string(),
    status: z.enum(['drafted', 'sent', 'answered', 'expired']),
    query: z.unknown(),
    answer: z.unknown(),
    createdAt: z.number(),
    updatedAt: z.number(),
  })
  .openapi('ProviderQuery');

export const errorResponses = {
  400: { description: 'Bad input', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Not allowed for this role', content: { 'application/json': { schema: ErrorSchema } } },
  404: {
    description: 'Not found (or in another organization)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
