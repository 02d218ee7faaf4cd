/**
 * The service under load: requests per second and latency of POST /api/scrub (sign-in token,
 * a realistic claim, the full checker over the installed tables), measured with autocannon from
 * this process against `medcode serve` in its own process, on SQLite and on PostgreSQL.
 * Baseline, same server, same run: GET /api/health (no sign-in, no work), which bounds what
 * the HTTP stack alone can do here. Targets: ≥ 5,000 req/s on 2 cores, p99 ≤ 20 ms.
 *
 * Needs the built command (npm run bench builds it), installed code sets (MEDCODE_HOME, else
 * .medcode-test/home) and PostgreSQL on 127.0.0.1:5432 (MEDCODE_BENCH_PG_URL to change it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const home = process.env.MEDCODE_HOME ?? join(root, '.medcode-test', 'home');
const cli = join(root, 'dist', 'medcode.mjs');
const PG_URL = process.env.MEDCODE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const password = 'bench password for medcode';

const claim = {
  kind: 'professional',
  id: 'BENCH-1',
  totalCharge: 32500,
  placeOfService: '11',
  patient: { name: { last: 'Bench', first: 'Pat' }, birthDate: '1952-04-09', sex: 'F' },
  subscriber: {
    person: { name: { last: 'Bench', first: 'Pat' } },
    memberId: '1EG4TE5MK73',
    claimFilingIndicator: 'MB',
    payer: { name: 'Medicare Part B', id: '00435' },
  },
  providers: [{ role: 'billing', entity: 'organization', name: { last: 'Clinic' }, npi: '1234567893' }],
  diagnoses: [
    { code: 'E11.22', kind: 'principal' },
    { code: 'N18.31', kind: 'other' },
    { code: 'I10', kind: 'other' },
  ],
  lines: [
    { procedure: '99214', units: 1, charge: 20000, diagnosisPointers: [1, 2, 3], serviceDate: '2026-05-12' },
    { procedure: '82947', units: 1, charge: 2500, diagnosisPointers: [1], serviceDate: '2026-05-12' },
    { procedure: '80053', units: 1, charge: 10000, diagnosisPointers: [1, 2], serviceDate: '2026-05-12' },
  ],
};

const processes = Number(process.env.BENCH_PROCESSES ?? 2);

function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      cli,
      'serve',
      '--port',
      '0',
      '--quiet',
      '--no-worker',
      '--no-warm',
      '--rate-limit',
      '1000000',
      '--processes',
      String(processes),
      '--db',
      db,
    ],
    {
      env: { ...process.env, MEDCODE_HOME: home, MEDCODE_ADMIN_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) ok({ child, url: m[1]! });
    });
    child.on('exit', (c) => fail(new Error(`serve exited ${c}: ${out}`)));
  });
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections, duration: seconds, pipelining: 1, ...opts });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

const fmt = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(7)} req/s  p50 ${f.p50.toFixed(1)} ms  p99 ${f.p99.toFixed(1)} ms${f.errors + f.non2xx > 0 ? `  (${f.errors} errors, ${f.non2xx} non-2xx)` : ''}`;

async function run(label: string, db: string): Promise<void> {
  const s = await serve(db);
  try {
    const login = await fetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password }),
    });
    const { token } = (await login.json()) as { token: string };
    const body = JSON.stringify({ claim });
    const check = await fetch(`${s.url}/api/scrub`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const findings = ((await check.json()) as { findings: { code: string }[] }).findings.map((f) => f.code);
    // Warm-up: first requests load tables and compile rules.
    await load({
      url: `${s.url}/api/scrub`,
      method: 'POST',
      body,
      duration: 2,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    const health = await load({ url: `${s.url}/api/health` });
    const scrub = await load({
      url: `${s.url}/api/scrub`,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    console.log(`${label}: scrub findings on the bench claim: ${findings.join(', ') || 'none'}`);
    console.log(`  baseline GET /api/health   ${fmt(health)}`);
    console.log(`  POST /api/scrub            ${fmt(scrub)}`);
    console.log(
      `  ratio scrub/health: ${(scrub.rps / health.rps).toFixed(2)}   target ≥ 5,000 req/s, p99 ≤ 20 ms: ${scrub.rps >= 5000 && scrub.p99 <= 20 ? 'met' : 'NOT met'}`,
    );
  } finally {
    // The primary stops its processes on SIGTERM.
    s.child.kill('SIGTERM');
  }
}

console.log(
  `autocannon: ${connections} connections, ${seconds} s per run; the server runs ${processes} processes (--processes) on the same 2 cores`,
);
const dir = mkdtempSync(join(tmpdir(), 'medcode-bench-'));
try {
  await run('SQLite', join(dir, 'bench.db'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const name = `medcode_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: PG_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
try {
  await run('PostgreSQL', PG_URL.replace(/\/[^/]*$/, `/${name}`));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
