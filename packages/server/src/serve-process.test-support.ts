/**
 * Test support: `medcode serve` as a real child process (the built command), and a batch of
 * generated 837P claims to feed it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { type Claim, parseClaimJson } from '@medcode/domain';
import { write837 } from '@medcode/x12';
import { claimJson } from './api.case.ts';

export const CLI = resolve(import.meta.dirname, '../../../dist/medcode.mjs');
export const PASSWORD = 'correct horse battery staple';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
}

/** Starts `medcode serve --port 0` and resolves with its URL once it listens. */
export function spawnServe(args: string[], env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', '0', '--quiet', '--rate-limit', '100000', '--no-warm', ...args],
    {
      env: { ...process.env, MEDCODE_ADMIN_PASSWORD: PASSWORD, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`serve did not start: ${out}`)), 60_000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ child, url: m[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited with ${code}: ${out}`));
    });
  });
}

export function killHard(p: ServeProcess): Promise<void> {
  return new Promise((r) => {
    if (p.child.exitCode !== null || p.child.signalCode !== null) return r();
    p.child.once('exit', () => r());
    p.child.kill('SIGKILL');
  });
}

/** An 837P interchange of `n` distinct claims. */
export function batch837(n: number, prefix: string): string {
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const r = parseClaimJson(claimJson(`${prefix}${i}`, { charge: 10000 + i }));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    claims.push(r.value);
  }
  return write837(claims, {
    sender: { id: 'SUBMITTER1' },
    receiver: { id: 'RECEIVER1' },
    submitter: { name: 'Main Street Clinic', id: 'S1' },
    receiverName: 'Medicare',
  });
}

export async function api(
  url: string,
  token: string | undefined,
  method: string,
  path: string,
  body?: string,
  type = 'application/json',
) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': type } : {}),
    },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function signIn(url: string): Promise<string> {
  const r = await api(
    url,
    undefined,
    'POST',
    '/api/auth/login',
    JSON.stringify({ email: 'admin@localhost', password: PASSWORD }),
  );
  if (r.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(r.json)}`);
  return r.json.token as string;
}
