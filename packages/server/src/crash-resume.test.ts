/**
 * Jobs that lose nothing, with real processes: a server killed with SIGKILL mid-batch and
 * started again finishes the batch, every claim ending exactly once; two servers on one
 * PostgreSQL database share a batch without doing any claim twice.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type SqlDb, verifyAudit } from '@medcode/store';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  api,
  batch837,
  killHard,
  type ServeProcess,
  signIn,
  spawnServe,
} from './serve-process.test-support.ts';

const home = process.env.MEDCODE_TEST_HOME ?? '';
const PG_URL = process.env.MEDCODE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const running: ServeProcess[] = [];
const dirs: string[] = [];

afterAll(async () => {
  for (const p of running) await killHard(p);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  ms = 120_000,
  every = 10,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

interface JobView {
  status: string;
  total: number;
  done: number;
  rejected: number;
}

/** Every item ended once: done items have distinct claims, each stored exactly once. */
async function assertExactlyOnce(db: SqlDb, jobId: string, n: number): Promise<Set<string>> {
  const items = await db.all<{ seq: number; status: string; claim_id: string | null; result_json: string }>(
    'SELECT seq, status, claim_id, result_json FROM job_items WHERE job_id = ? ORDER BY seq',
    [jobId],
  );
  expect(items.length).toBe(n);
  expect(items.every((i) => i.status === 'done')).toBe(true);
  const claimIds = new Set(items.map((i) => i.claim_id));
  expect(claimIds.size).toBe(n);
  const stored = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM claims WHERE source_job = ?', [
    jobId,
  ]);
  expect(Number(stored?.n)).toBe(n);
  const events = await db.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM claim_events e JOIN claims c ON c.id = e.claim_id WHERE c.source_job = ?',
    [jobId],
  );
  expect(Number(events?.n)).toBe(n);
  return new Set(items.map((i) => (JSON.parse(i.result_json) as { worker: string }).worker));
}

describe('durable batch jobs across processes', () => {
  it('resumes after kill -9 mid-batch on SQLite: every claim ends exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'medcode-crash-'));
    dirs.push(dir);
    const dbFile = join(dir, 'medcode.db');
    const env = { MEDCODE_HOME: home };
    const n = 3000;
    const x12 = batch837(n, 'CR');

    const a = await spawnServe(['--db', dbFile], env);
    running.push(a);
    const token = await signIn(a.url);
    const up = await api(a.url, token, 'POST', '/api/jobs?name=crash.837', x12, 'application/edi-x12');
    expect(up.status).toBe(202);
    const jobId = up.json.id as string;
    const partial = await waitFor('the first claims', async () => {
      const j = (await api(a.url, token, 'GET', `/api/jobs/${jobId}`)).json as unknown as JobView;
      return j.done > 0 ? j : undefined;
    });
    await killHard(a);
    expect(partial.done).toBeLessThan(n);

    const b = await spawnServe(['--db', dbFile], env);
    running.push(b);
    const token2 = await signIn(b.url);
    const finished = await waitFor(
      'the job to finish',
      async () => {
        const j = (await api(b.url, token2, 'GET', `/api/jobs/${jobId}`)).json as unknown as JobView;
        return j.status === 'done' ? j : undefined;
      },
      180_000,
      100,
    );
    expect(finished).toMatchObject({ total: n, done: n, rejected: 0 });
    // The same file again is the same job, not a second batch.
    const again = await api(b.url, token2, 'POST', '/api/jobs?name=crash.837', x12, 'application/edi-x12');
    expect(again).toMatchObject({ status: 200, json: { id: jobId } });
    await killHard(b);

    const db = await openDatabase(dbFile);
    try {
      await assertExactlyOnce(db, jobId, n);
      const org = await db.get<{ id: string }>('SELECT id FROM orgs');
      expect((await verifyAudit(db, org!.id)).ok).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('shares a batch between two servers on one PostgreSQL database', async () => {
    const name = `medcode_mp_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = PG_URL.replace(/\/[^/]*$/, `/${name}`);
    try {
      const env = { MEDCODE_HOME: home };
      const n = 2000;
      // The first server creates the schema and the admin, and takes the upload; two more, with
      // workers, join the same database. All three are up before the batch arrives.
      const a = await spawnServe(['--db', url, '--no-worker'], env);
      running.push(a);
      const [w1, w2] = await Promise.all([spawnServe(['--db', url], env), spawnServe(['--db', url], env)]);
      running.push(w1!, w2!);
      const token = await signIn(a.url);
      const up = await api(
        a.url,
        token,
        'POST',
        '/api/jobs?name=shared.837',
        batch837(n, 'MP'),
        'application/edi-x12',
      );
      expect(up.status).toBe(202);
      const jobId = up.json.id as string;
      await waitFor(
        'the shared job to finish',
        async () => {
          const j = (await api(a.url, token, 'GET', `/api/jobs/${jobId}`)).json as unknown as JobView;
          return j.status === 'done' ? j : undefined;
        },
        180_000,
        100,
      );
      for (const p of [a, w1!, w2!]) await killHard(p);
      const db = await openDatabase(url);
      try {
        const workers = await assertExactlyOnce(db, jobId, n);
        expect(workers.size).toBe(2);
      } finally {
        await db.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
