/**
 * The API suite every database back end passes: sign-in, claims and their lifecycle, the work
 * queue, batch jobs, provider queries, the audit chain, limits, logs without PHI, and an
 * authorization walk over every route as every role and as another organization.
 */
import { MemoryTables, scrub } from '@medcode/rules';
import { createOrg, createUser, type Role } from '@medcode/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './auth.ts';
import { intakeFor } from './intake.ts';
import type { LogLine } from './log.ts';
import { type RunningServer, startServer } from './serve.ts';
import type { Services } from './services.ts';

const PASSWORD = 'correct horse battery staple';
const ROLES: Role[] = ['coder', 'biller', 'auditor', 'payer-reviewer', 'admin'];

/** A claim as an API client sends it (the Medcode model in JSON). Patient name is PHI on purpose. */
export function claimJson(id: string, over: { dx?: string[]; code?: string; charge?: number } = {}) {
  return {
    kind: 'professional',
    id,
    totalCharge: over.charge ?? 12500,
    placeOfService: '11',
    frequencyCode: '1',
    patient: { name: { last: 'Quixote', first: 'Zebediah' }, birthDate: '1950-02-03', sex: 'M' },
    patientRelationship: '18',
    subscriber: {
      person: { name: { last: 'Quixote', first: 'Zebediah' } },
      memberId: 'MBR998877',
      payerResponsibility: 'P',
      claimFilingIndicator: 'MB',
      payer: { name: 'Medicare Part B', id: '00435' },
    },
    providers: [
      { role: 'billing', entity: 'organization', name: { last: 'Main Street Clinic' }, npi: '1234567893' },
    ],
    diagnoses: (over.dx ?? ['E11.22', 'N18.3']).map((code, i) => ({
      code,
      kind: i === 0 ? 'principal' : 'other',
    })),
    lines: [
      {
        procedure: over.code ?? '99213',
        modifiers: [],
        units: 1,
        charge: over.charge ?? 12500,
        diagnosisPointers: [1],
        serviceDate: '2026-01-15',
      },
    ],
  };
}

export function testServices(): Services {
  // The real checker over a few hand-made table rows (the service test is about the service;
  // the edits have their own golden tests against the official tables).
  const tables = new MemoryTables({
    icd10cm: [
      { code: 'E1122', billable: true },
      { code: 'N183', billable: false },
      { code: 'N1830', billable: true },
      { code: 'I10', billable: true },
    ],
    cpt: ['99213', '99214'],
  });
  return {
    scrub: (claim) => scrub(claim, { tables, today: '2026-06-01' as never }).findings,
    intake: intakeFor(),
  };
}

export function describeApi(
  name: string,
  db: () => { url: string; schema?: string; cleanup: () => Promise<void> },
): void {
  describe(`HTTP API on ${name}`, () => {
    let server: RunningServer;
    let cleanup: () => Promise<void>;
    const logs: LogLine[] = [];
    const tokens: Partial<Record<Role | 'other', string>> = {};
    const ids: Partial<Record<Role | 'other', string>> = {};

    const call = async (
      method: string,
      path: string,
      opts: { as?: Role | 'other' | 'nobody'; body?: unknown; raw?: string; type?: string } = {},
    ) => {
      const headers: Record<string, string> = {};
      const token = opts.as && opts.as !== 'nobody' ? tokens[opts.as] : undefined;
      if (token) headers.authorization = `Bearer ${token}`;
      let body: string | undefined;
      if (opts.raw !== undefined) {
        body = opts.raw;
        headers['content-type'] = opts.type ?? 'text/plain';
      } else if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
      });
      const text = await res.text();
      let json: unknown = text;
      try {
        json = JSON.parse(text);
      } catch {
        // not JSON (an X12 body)
      }
      return { status: res.status, json: json as Record<string, unknown> & { error?: { code: string } } };
    };

    const signIn = async (email: string) => {
      const r = await call('POST', '/api/auth/login', { body: { email, password: PASSWORD } });
      expect(r.status).toBe(200);
      return r.json.token as string;
    };

    beforeAll(async () => {
      const d = db();
      cleanup = d.cleanup;
      process.env.MEDCODE_ADMIN_PASSWORD = PASSWORD;
      server = await startServer({
        db: d.url,
        ...(d.schema !== undefined ? { dbSchema: d.schema } : {}),
        port: 0,
        services: testServices(),
        log: (l) => logs.push(l),
        workerBatch: 4,
        limits: { jsonBytes: 64 * 1024 },
      });
      delete process.env.MEDCODE_ADMIN_PASSWORD;
      tokens.admin = await signIn('admin@localhost');
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const r = await call('POST', '/api/users', {
          as: 'admin',
          body: { email: `${role}@a.example`, name: role, role, password: PASSWORD },
        });
        expect(r.status).toBe(201);
        ids[role] = r.json.id as string;
        tokens[role] = await signIn(`${role}@a.example`);
      }
      // Another organization with its own admin, made through the store as an operator would.
      const other = await createOrg(server.db, 'Other practice', 'practice');
      ids.other = (
        await createUser(server.db, {
          orgId: other.id,
          email: 'admin@b.example',
          name: 'B',
          role: 'admin',
          passwordHash: await hashPassword(PASSWORD),
        })
      ).id;
      tokens.other = await signIn('admin@b.example');
    });

    afterAll(async () => {
      await server?.close();
      await cleanup?.();
    });

    it('answers health and the OpenAPI description to anyone, and nothing else', async () => {
      expect((await call('GET', '/api/health')).status).toBe(200);
      const doc = await call('GET', '/api/openapi.json');
      expect(doc.status).toBe(200);
      const paths = Object.keys(doc.json.paths as object);
      for (const p of [
        '/api/claims',
        '/api/jobs',
        '/api/queries',
        '/api/audit',
        '/api/scrub',
        '/api/codes/{code}',
      ])
        expect(paths).toContain(p);
      const anon = await call('GET', '/api/claims');
      expect(anon.status).toBe(401);
      expect(anon.json.error?.code).toBe('unauthenticated');
      expect(
        (await call('POST', '/api/auth/login', { body: { email: 'admin@localhost', password: 'wrong' } }))
          .status,
      ).toBe(401);
    });

    it('signs out: the session token stops working at once', async () => {
      const session = await call('POST', '/api/auth/login', {
        body: { email: 'coder@a.example', password: PASSWORD },
      });
      const token = session.json.token as string;
      const me = await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      const out = await fetch(`${server.url}/api/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(out.status).toBe(204);
      const after = await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(after.status).toBe(401);
    });

    it('keeps a claim once, checks it, and walks its lifecycle with history', async () => {
      const created = await call('POST', '/api/claims', { as: 'coder', body: claimJson('PCN-100') });
      expect(created.status).toBe(201);
      const id = created.json.id as string;
      expect(Array.isArray(created.json.findings)).toBe(true);
      const again = await call('POST', '/api/claims', { as: 'biller', body: claimJson('PCN-100') });
      expect(again.status).toBe(200);
      expect(again.json.id).toBe(id);

      const bad = await call('POST', '/api/claims', {
        as: 'coder',
        body: { ...claimJson('PCN-101'), totalCharge: 12.5 },
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.json)).toContain('totalCharge');

      expect(
        (await call('POST', `/api/claims/${id}/transition`, { as: 'coder', body: { to: 'coding' } })).status,
      ).toBe(200);
      // Not the lifecycle's next step (409), and not the coder's to take (403).
      expect(
        (await call('POST', `/api/claims/${id}/transition`, { as: 'biller', body: { to: 'paid' } })).status,
      ).toBe(409);
      expect(
        (await call('POST', `/api/claims/${id}/transition`, { as: 'coder', body: { to: 'paid' } })).status,
      ).toBe(403);
      const read = await call('GET', `/api/claims/${id}`, { as: 'coder' });
      const stale = await call('PUT', `/api/claims/${id}`, {
        as: 'coder',
        body: { claim: claimJson('PCN-100', { dx: ['I10'] }), version: (read.json.version as number) - 1 },
      });
      expect(stale.status).toBe(409);
      const edited = await call('PUT', `/api/claims/${id}`, {
        as: 'coder',
        body: { claim: claimJson('PCN-100', { dx: ['I10'] }), version: read.json.version },
      });
      expect(edited.status).toBe(200);
      const events = await call('GET', `/api/claims/${id}/events`, { as: 'auditor' });
      expect((events.json.events as { toStatus: string }[]).map((e) => e.toStatus)).toEqual([
        'received',
        'coding',
      ]);
    });

    it('hands out the next claim of the queue to one coder at a time', async () => {
      await call('POST', '/api/claims', { as: 'biller', body: claimJson('Q-1', { charge: 100 }) });
      await call('POST', '/api/claims', { as: 'biller', body: claimJson('Q-2', { charge: 200 }) });
      const [a, b] = await Promise.all([
        call('POST', '/api/queues/next', { as: 'coder', body: { status: 'received' } }),
        call('POST', '/api/queues/next', { as: 'biller', body: { status: 'received' } }),
      ]);
      const ta = (a.json.claim as { id: string } | null)?.id;
      const tb = (b.json.claim as { id: string } | null)?.id;
      expect(ta).toBeDefined();
      expect(ta).not.toBe(tb);
      const queue = await call('GET', '/api/claims?view=queue', { as: 'coder' });
      const listed = JSON.stringify(queue.json.claims);
      expect(listed).toContain('Q-1');
      for (const phi of ['Quixote', 'MBR998877', 'noteText']) expect(listed).not.toContain(phi);
      const mine = await call('GET', '/api/claims?assigned=me', { as: 'coder' });
      expect((mine.json.claims as { id: string }[]).map((c) => c.id)).toContain(ta);
    });

    it('runs an uploaded batch to the end: good claims stored and checked, a bad one rejected alone', async () => {
      const batch = JSON.stringify([
        claimJson('B-1'),
        { ...claimJson('B-2'), lines: 'oops' },
        claimJson('B-3', { dx: ['I10'] }),
      ]);
      const up = await call('POST', '/api/jobs?name=batch.json', {
        as: 'biller',
        raw: batch,
        type: 'text/plain',
      });
      expect(up.status).toBe(202);
      const jobId = up.json.id as string;
      let job = up.json;
      for (let i = 0; i < 200 && job.status !== 'done'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        job = (await call('GET', `/api/jobs/${jobId}`, { as: 'biller' })).json;
      }
      expect(job).toMatchObject({ status: 'done', total: 3, done: 3, rejected: 1 });
      const results = await call('GET', `/api/jobs/${jobId}/results`, { as: 'auditor' });
      const items = results.json.items as {
        seq: number;
        status: string;
        claimId: string | null;
        result: { error?: string };
      }[];
      expect(items.map((i) => i.status)).toEqual(['done', 'rejected', 'done']);
      expect(items[1]?.result.error).toContain('lines');
      expect(items[0]?.claimId).toBeTruthy();
      const again = await call('POST', '/api/jobs?name=batch.json', {
        as: 'biller',
        raw: batch,
        type: 'text/plain',
      });
      expect(again.status).toBe(200);
      expect(again.json.id).toBe(jobId);
    });

    it('takes a provider query from drafted to answered and sends the claim back to coding', async () => {
      const c = await call('POST', '/api/claims', { as: 'coder', body: claimJson('QRY-1') });
      const claimId = c.json.id as string;
      const q = await call('POST', '/api/queries', {
        as: 'coder',
        body: {
          subjectKind: 'claim',
          subjectId: claimId,
          question: 'Please clarify the stage of the chronic kidney disease documented on 2026-01-15.',
          indicators: ['eGFR 52 on 2026-01-10'],
          options: ['Stage 3a', 'Stage 3b', 'Other', 'Clinically undetermined'],
        },
      });
      expect(q.status).toBe(201);
      const qid = q.json.id as string;
      expect(
        (await call('POST', `/api/queries/${qid}/answer`, { as: 'coder', body: { answer: 'Stage 3a' } }))
          .status,
      ).toBe(409);
      expect((await call('POST', `/api/queries/${qid}/send`, { as: 'coder' })).json.status).toBe('sent');
      const ans = await call('POST', `/api/queries/${qid}/answer`, {
        as: 'coder',
        body: { answer: 'Stage 3a' },
      });
      expect(ans.json.status).toBe('answered');
      expect((await call('GET', `/api/claims/${claimId}`, { as: 'coder' })).json.status).toBe('coding');
    });

    it('records an audit trail that verifies, and shows it only to auditors and admins', async () => {
      const list = await call('GET', '/api/audit?entityKind=claim', { as: 'auditor' });
      expect(list.status).toBe(200);
      const actions = (list.json.entries as { action: string }[]).map((e) => e.action);
      expect(actions).toContain('claim.create');
      expect(actions).toContain('claim.read');
      expect((await call('GET', '/api/audit/verify', { as: 'admin' })).json).toMatchObject({ ok: true });
      expect((await call('GET', '/api/audit', { as: 'coder' })).status).toBe(403);
    });

    it('refuses bodies over the limit, and logs no PHI', async () => {
      const big = { ...claimJson('BIG'), note: 'x'.repeat(70 * 1024) };
      const r = await call('POST', '/api/claims', { as: 'coder', body: big });
      expect(r.status).toBe(413);
      const text = JSON.stringify(logs);
      expect(logs.length).toBeGreaterThan(10);
      for (const phi of ['Quixote', 'Zebediah', 'MBR998877', '1950-02-03', 'E11.22', PASSWORD])
        expect(text).not.toContain(phi);
    });

    describe('authorization walk: every route, every role, and another organization', () => {
      // What each role may do, written out here (not read from the server's policy table).
      const routes: {
        method: string;
        path: (id: Record<string, string>) => string;
        body?: (id: Record<string, string>) => unknown;
        allowed: (Role | 'any')[];
      }[] = [
        { method: 'GET', path: () => '/api/me', allowed: ['any'] },
        { method: 'GET', path: () => '/api/codes?q=diabetes', allowed: ['any'] },
        {
          method: 'POST',
          path: () => '/api/scrub',
          body: () => ({ claim: claimJson('W-S') }),
          allowed: ['coder', 'biller', 'payer-reviewer', 'admin'],
        },
        {
          method: 'POST',
          path: () => '/api/code-note',
          body: () => ({ text: 'Type 2 diabetes.' }),
          allowed: ['coder', 'biller', 'admin'],
        },
        { method: 'GET', path: () => '/api/claims', allowed: ['any'] },
        {
          method: 'POST',
          path: () => '/api/claims',
          body: () => claimJson(`W-${Math.random()}`),
          allowed: ['coder', 'biller', 'admin'],
        },
        { method: 'GET', path: (i) => `/api/claims/${i.claim}`, allowed: ['any'] },
        {
          method: 'PUT',
          path: (i) => `/api/claims/${i.claim}`,
          body: () => ({ claim: claimJson('W-1'), version: 1 }),
          allowed: ['coder', 'biller', 'admin'],
        },
        { method: 'GET', path: (i) => `/api/claims/${i.claim}/events`, allowed: ['any'] },
        {
          method: 'POST',
          path: (i) => `/api/claims/${i.claim}/assign`,
          body: () => ({ userId: null }),
          allowed: ['coder', 'biller', 'admin'],
        },
        {
          method: 'POST',
          path: (i) => `/api/claims/${i.claim}/transition`,
          body: () => ({ to: 'submitted' }),
          allowed: ['biller', 'admin'],
        },
        {
          method: 'POST',
          path: () => '/api/queues/next',
          body: () => ({}),
          allowed: ['coder', 'biller', 'admin'],
        },
        { method: 'GET', path: () => '/api/jobs', allowed: ['coder', 'biller', 'auditor', 'admin'] },
        {
          method: 'GET',
          path: (i) => `/api/jobs/${i.job}`,
          allowed: ['coder', 'biller', 'auditor', 'admin'],
        },
        {
          method: 'GET',
          path: (i) => `/api/jobs/${i.job}/results`,
          allowed: ['coder', 'biller', 'auditor', 'admin'],
        },
        { method: 'GET', path: () => '/api/queries', allowed: ['coder', 'biller', 'auditor', 'admin'] },
        {
          method: 'GET',
          path: (i) => `/api/queries/${i.query}`,
          allowed: ['coder', 'biller', 'auditor', 'admin'],
        },
        {
          method: 'POST',
          path: () => '/api/queries',
          body: (i) => ({ subjectKind: 'claim', subjectId: i.claim, question: 'Which stage?' }),
          allowed: ['coder', 'biller', 'admin'],
        },
        { method: 'GET', path: () => '/api/lab-orders', allowed: ['coder', 'biller', 'admin'] },
        { method: 'GET', path: () => '/api/audit', allowed: ['auditor', 'admin'] },
        { method: 'GET', path: () => '/api/audit/verify', allowed: ['auditor', 'admin'] },
        { method: 'GET', path: () => '/api/users', allowed: ['admin'] },
        {
          method: 'POST',
          path: () => '/api/users',
          body: () => ({
            email: `u${Math.random()}@a.example`,
            name: 'U',
            role: 'coder',
            password: PASSWORD,
          }),
          allowed: ['admin'],
        },
      ];
      const ids: Record<string, string> = {};

      beforeAll(async () => {
        ids.claim = (await call('POST', '/api/claims', { as: 'admin', body: claimJson('WALK-1') })).json
          .id as string;
        await call('POST', `/api/claims/${ids.claim}/transition`, { as: 'admin', body: { to: 'checked' } });
        await call('POST', `/api/claims/${ids.claim}/transition`, { as: 'admin', body: { to: 'ready' } });
        ids.job = (
          await call('POST', '/api/jobs', { as: 'admin', raw: JSON.stringify([claimJson('WALK-J')]) })
        ).json.id as string;
        ids.query = (
          await call('POST', '/api/queries', {
            as: 'admin',
            body: { subjectKind: 'claim', subjectId: ids.claim, question: 'Q?' },
          })
        ).json.id as string;
      });

      it.each(ROLES)('as %s: allowed routes answer, the others refuse with 403', async (role) => {
        for (const r of routes) {
          const res = await call(r.method, r.path(ids), {
            as: role,
            ...(r.body ? { body: r.body(ids) } : {}),
          });
          const allowed = r.allowed.includes('any') || r.allowed.includes(role);
          const label = `${role} ${r.method} ${r.path(ids)} → ${res.status} ${JSON.stringify(res.json).slice(0, 120)}`;
          if (allowed) expect([200, 201, 202, 204, 409, 503], label).toContain(res.status);
          else {
            expect(res.status, label).toBe(403);
            expect(res.json.error?.code, label).toBe('forbidden');
          }
        }
      });

      it('another organization sees none of it (404), even as its admin', async () => {
        for (const r of routes.filter(
          (x) =>
            x.path(ids).includes(ids.claim!) ||
            x.path(ids).includes(ids.job!) ||
            x.path(ids).includes(ids.query!),
        )) {
          const res = await call(r.method, r.path(ids), {
            as: 'other',
            ...(r.body ? { body: r.body(ids) } : {}),
          });
          expect(res.status, `${r.method} ${r.path(ids)}`).toBe(404);
        }
        const list = await call('GET', '/api/claims', { as: 'other' });
        expect(list.json.claims).toEqual([]);
        const q = await call('POST', '/api/queries', {
          as: 'other',
          body: { subjectKind: 'claim', subjectId: ids.claim, question: 'Q?' },
        });
        expect(q.status).toBe(404);
      });

      it('without signing in, every route answers 401', async () => {
        for (const r of routes) {
          const res = await call(r.method, r.path(ids), {
            as: 'nobody',
            ...(r.body ? { body: r.body(ids) } : {}),
          });
          expect(res.status, `${r.method} ${r.path(ids)}`).toBe(401);
        }
      });
    });
  });
}
