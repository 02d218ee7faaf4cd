/**
 * Test support: the service in process over the installed code sets (MEDCODE_TEST_HOME), on a
 * fresh SQLite file, with the administrator signed in: what the API suites share.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServeOptions, startServer } from './serve.ts';
import { storeServices } from './wiring.ts';

const PASSWORD = 'correct horse battery staple';

export interface StoreServer {
  url: string;
  /** The administrator's bearer token. */
  token: string;
  /** One request as the administrator; the body, when given, is sent as JSON. */
  call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** `today` fixes the services' date; `server` sets the rest (worker batch, no worker ...). */
export async function startStoreServer(
  today: string,
  server: Partial<Omit<ServeOptions, 'db' | 'port' | 'services' | 'log'>> = {},
): Promise<StoreServer> {
  const dir = mkdtempSync(join(tmpdir(), 'medcode-api-'));
  const s = storeServices(process.env.MEDCODE_TEST_HOME!, { today: () => today as never });
  process.env.MEDCODE_ADMIN_PASSWORD = PASSWORD;
  const running = await startServer({
    db: join(dir, 'm.db'),
    port: 0,
    services: s.services,
    log: () => undefined,
    ...server,
  }).finally(() => delete process.env.MEDCODE_ADMIN_PASSWORD);
  const login = await fetch(`${running.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@localhost', password: PASSWORD }),
  });
  const token = ((await login.json()) as { token: string }).token;
  return {
    url: running.url,
    token,
    async call(method, path, body) {
      const res = await fetch(`${running.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    async close() {
      await running.close();
      s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
