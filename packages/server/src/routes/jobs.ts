/**
 * @module routes/jobs
 * Batch uploads: an 837 file becomes a durable job (one item per claim, or per record rejected
 * at intake with its place), answered at once with the job; workers do the checking. The same
 * file uploaded again returns the same job.
 */
import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type Claim, type Finding, MedcodeError } from '@medcode/domain';
import {
  appendAudit,
  createJob,
  getJob,
  type Job,
  type JobItemInput,
  jobItems,
  listJobs,
} from '@medcode/store';
import { authorize } from '../auth.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, IdParam, JobSchema, json } from '../schemas.ts';

export const publicJob = (j: Job) => ({
  id: j.id,
  kind: j.kind,
  fileName: j.fileName,
  status: j.status,
  total: j.total,
  done: j.done,
  rejected: j.rejected,
  createdAt: j.createdAt,
});

const upload = createRoute({
  method: 'post',
  path: '/api/jobs',
  summary: 'Upload an 837 batch to check; the body is the X12 file',
  request: {
    query: z.object({ name: z.string().max(200).optional() }),
    body: {
      content: { 'application/edi-x12': { schema: z.string() }, 'text/plain': { schema: z.string() } },
    },
  },
  responses: {
    202: json(JobSchema, 'Job created'),
    200: json(JobSchema, 'Same file: existing job'),
    ...errorResponses,
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/jobs',
  responses: { 200: json(z.object({ jobs: z.array(JobSchema) }), 'Jobs'), ...errorResponses },
});

const read = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  request: { params: IdParam },
  responses: { 200: json(JobSchema, 'Progress'), ...errorResponses },
});

const results = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/results',
  summary: "Each item's outcome: the stored claim and its findings, or the rejection and its reason",
  request: {
    params: IdParam,
    query: z.object({
      after: z.coerce.number().int().min(0).optional(),
      limit: z.coerce.number().int().min(1).max(5000).optional(),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(z.unknown()) }), 'Results'), ...errorResponses },
});

const ack = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/277ca',
  summary: 'The 277CA claim acknowledgment of a finished job',
  request: { params: IdParam },
  responses: {
    200: { description: 'X12 277CA', content: { 'application/edi-x12': { schema: z.string() } } },
    ...errorResponses,
  },
});

export function registerJobs(app: OpenAPIHono<AppEnv>): void {
  app.openapi(upload, async (c) => {
    const user = authorize(c, 'jobs.create');
    const { db, services, limits } = c.get('deps');
    const text = await c.req.text();
    if (text.length === 0) throw new MedcodeError('bad-input', 'the upload is empty');
    if (Buffer.byteLength(text) > limits.uploadBytes)
      throw new MedcodeError('too-large', 'the upload is too large');
    const fileName = c.req.valid('query').name ?? 'upload.837';
    const items: JobItemInput[] = [];
    for await (const item of services.intake(text, fileName)) {
      if (item.ok) items.push({ status: 'pending', input: { claim: item.claim, place: item.place } });
      else
        items.push({
          status: 'rejected',
          input: { place: item.place },
          result: { error: item.error, place: item.place },
        });
    }
    if (items.length === 0) throw new MedcodeError('bad-input', `${fileName}: no claims found`);
    const inputHash = createHash('sha256').update(text).digest('hex');
    const { job, created } = await createJob(db, {
      orgId: user.orgId,
      kind: 'check-837',
      inputHash,
      fileName,
      createdBy: user.id,
      items,
    });
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: created ? 'job.create' : 'job.create-duplicate',
      entityKind: 'job',
      entityId: job.id,
      detail: { items: items.length },
    });
    return c.json(publicJob(job), created ? 202 : 200);
  });

  app.openapi(list, async (c) => {
    const user = authorize(c, 'jobs.read');
    return c.json({ jobs: (await listJobs(c.get('deps').db, user.orgId)).map(publicJob) }, 200);
  });

  app.openapi(read, async (c) => {
    const user = authorize(c, 'jobs.read');
    const job = await getJob(c.get('deps').db, user.orgId, c.req.valid('param').id);
    if (!job) throw new MedcodeError('not-found', 'job not found');
    return c.json(publicJob(job), 200);
  });

  app.openapi(results, async (c) => {
    const user = authorize(c, 'jobs.read');
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    if (!(await getJob(db, user.orgId, id))) throw new MedcodeError('not-found', 'job not found');
    const q = c.req.valid('query');
    const items = await jobItems(db, id, {
      ...(q.after !== undefined ? { afterSeq: q.after } : {}),
      ...(q.limit !== undefined ? { limit: q.limit } : {}),
    });
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'job.results',
      entityKind: 'job',
      entityId: id,
    });
    return c.json({ items }, 200);
  });

  app.openapi(ack, async (c) => {
    const user = authorize(c, 'jobs.read');
    const { db, services } = c.get('deps');
    const { id } = c.req.valid('param');
    const job = await getJob(db, user.orgId, id);
    if (!job) throw new MedcodeError('not-found', 'job not found');
    if (job.status !== 'done')
      throw new MedcodeError('conflict', `the job is ${job.status}; the 277CA comes when it is done`);
    if (!services.ack277ca) throw new MedcodeError('not-installed', 'the X12 writer is not available');
    const all = await jobItems(db, id, { limit: 1_000_000 });
    // Records rejected at intake have no claim to acknowledge (their reasons are in the results).
    const ackItems = all.flatMap((it) => {
      const r = (it.result ?? {}) as { claim?: Claim; rejects?: Finding[] };
      return it.status === 'done' && r.claim !== undefined
        ? [{ claim: r.claim, rejects: r.rejects ?? [] }]
        : [];
    });
    return c.body(services.ack277ca(ackItems), 200, { 'content-type': 'application/edi-x12' });
  });
}
