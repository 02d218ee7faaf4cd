/**
 * @module serve
 * Starting the service: open (and migrate) the database, create the first admin on a new
 * database, listen, and run the job worker beside the API.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { countUsers, createOrg, createUser, openDatabase, type SqlDb } from '@medcode/store';
import { createApp } from './app.ts';
import { seedDemo } from './demo.ts';
import { hashPassword } from './auth.ts';
import { type AppDeps, DEFAULT_LIMITS, type Limits } from './context.ts';
import { jsonLogger, type Logger } from './log.ts';
import type { Services } from './services.ts';
import { startWorker, type Worker } from './worker.ts';

export interface ServeOptions {
  db: string;
  /** PostgreSQL schema to work in (one installation, or one test run, per schema). */
  dbSchema?: string;
  port: number;
  host?: string;
  services: Services;
  log?: Logger;
  limits?: Partial<Limits>;
  sessionTtlMs?: number;
  /** Run the job worker in this process (default true). */
  worker?: boolean;
  workerBatch?: number;
  leaseMs?: number;
  /** The workbench's built files, served at `/`. */
  webRoot?: string;
  /** Put the demonstration claims in the first organization when it has none. */
  demo?: boolean;
  /** Told once, on a new database, how to sign in. */
  onFirstAdmin?: (email: string, password: string) => void;
}

export interface RunningServer {
  url: string;
  db: SqlDb;
  worker: Worker | undefined;
  close(): Promise<void>;
}

export const FIRST_ADMIN_EMAIL = 'admin@localhost';

/** On an empty database: one organization and its admin, with a random password unless one is given. */
export async function bootstrap(
  db: SqlDb,
  password?: string,
): Promise<{ email: string; password: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const pw = password ?? randomBytes(12).toString('base64url');
  const org = await createOrg(db, 'My organization', 'practice');
  await createUser(db, {
    orgId: org.id,
    email: FIRST_ADMIN_EMAIL,
    name: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(pw),
  });
  return { email: FIRST_ADMIN_EMAIL, password: pw };
}

/** Migrates the database and creates the first admin, then lets it go (a cluster's primary). */
export async function prepareDatabase(
  url: string,
  onFirstAdmin?: (email: string, password: string) => void,
  schema?: string,
): Promise<void> {
  const db = await openDatabase(url, schema !== undefined ? { schema } : {});
  try {
    const first = await bootstrap(db, process.env.MEDCODE_ADMIN_PASSWORD);
    if (first) onFirstAdmin?.(first.email, first.password);
  } finally {
    await db.close();
  }
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const db = await openDatabase(opts.db, opts.dbSchema !== undefined ? { schema: opts.dbSchema } : {});
  const log = opts.log ?? jsonLogger();
  const first = await bootstrap(db, process.env.MEDCODE_ADMIN_PASSWORD);
  if (first) opts.onFirstAdmin?.(first.email, first.password);
  const deps: AppDeps = {
    db,
    services: opts.services,
    log,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    sessionTtlMs: opts.sessionTtlMs ?? 8 * 3_600_000,
  };
  if (opts.demo) await seedDemo(db, opts.services);
  const app = createApp(deps, opts.webRoot !== undefined ? { webRoot: opts.webRoot } : {});
  const server = await new Promise<ReturnType<typeof listen>>((resolve) => {
    const s = listen({ fetch: app.fetch, port: opts.port, hostname: opts.host ?? '127.0.0.1' }, () =>
      resolve(s),
    );
  });
  const addr = server.address() as AddressInfo;
  const worker =
    opts.worker === false
      ? undefined
      : startWorker({
          db,
          services: opts.services,
          log,
          ...(opts.workerBatch !== undefined ? { batch: opts.workerBatch } : {}),
          ...(opts.leaseMs !== undefined ? { leaseMs: opts.leaseMs } : {}),
        });
  log({ at: new Date().toISOString(), level: 'info', msg: `listening on ${addr.address}:${addr.port}` });
  return {
    url: `http://${addr.address}:${addr.port}`,
    db,
    worker,
    async close() {
      await worker?.stop();
      await new Promise<void>((r) => server.close(() => r()));
      await db.close();
    },
  };
}
