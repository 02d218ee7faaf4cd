/**
 * Test support: the workbench built fresh into a temporary folder, and `medcode serve --demo`
 * started as a real child process (the built command) on a new SQLite file and a free port,
 * serving that build. The code sets come from the test home the Vitest global setup installs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../../..');
export const CLI = join(ROOT, 'dist/medcode.mjs');
export const WEB = resolve(import.meta.dirname, '../..');
export const ADMIN = { email: 'admin@localhost', password: 'correct horse battery staple' };

/** Builds the workbench with its own Vite config into `outDir` (the sources as they are now). */
export async function buildWorkbench(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: WEB,
    configFile: join(WEB, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function serveDemo(webDir: string): Promise<Served> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const home = process.env.MEDCODE_TEST_HOME;
  if (!home) throw new Error('MEDCODE_TEST_HOME is not set (the Vitest global setup sets it)');
  const dir = mkdtempSync(join(tmpdir(), 'medcode-web-e2e-'));
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--demo', '--db', join(dir, 'm.db'), '--port', '0', '--web', webDir, '--quiet'],
    {
      env: { ...process.env, MEDCODE_HOME: home, MEDCODE_ADMIN_PASSWORD: ADMIN.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`medcode serve did not start: ${out}`)), 90_000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`medcode serve exited with ${code}: ${out}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((done) => {
        const finish = () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null || child.signalCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGTERM');
      }),
  };
}

/** A JSON call to the API, for setting up users and checking what the browser did. */
export async function api<T>(
  url: string,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as T };
}

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const r = await api<{ token: string }>(url, undefined, 'POST', '/api/auth/login', { email, password });
  if (r.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(r.json)}`);
  return r.json.token;
}
