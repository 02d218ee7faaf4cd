/**
 * @module commands/serve
 * `medcode serve [--port N] [--host H] [--db URL]`: the service on the embedded default (a
 * SQLite file in MEDCODE_HOME) or on PostgreSQL (`--db postgres://…`, several processes may
 * share it). The first start on a new database creates an admin and prints how to sign in.
 */
import cluster from 'node:cluster';
import type { Command } from 'commander';
import { medcodeHome } from '@medcode/codesets';
import { MedcodeError } from '@medcode/domain';
import { findWebRoot, prepareDatabase, startServer, storeServices } from '@medcode/server';
import { defaultDbUrl } from './serve-options.ts';

interface Flags {
  port: string;
  host: string;
  db?: string;
  worker: boolean;
  rateLimit?: string;
  processes: string;
  web?: string;
  demo?: boolean;
  warm: boolean;
  quiet?: boolean;
}

const announceAdmin = (email: string, password: string): void => {
  console.log(`First start: an administrator was created. Sign in as ${email} with password ${password}`);
  console.log('(set MEDCODE_ADMIN_PASSWORD before the first start to choose it).');
};

/**
 * Several HTTP processes on one port (node:cluster): the primary migrates the database and
 * creates the first admin once, then forks; each process serves requests and runs a job worker.
 */
async function primary(db: string, processes: number): Promise<void> {
  await prepareDatabase(db, announceAdmin);
  let announced = false;
  cluster.on('message', (_w, msg: { url?: string }) => {
    if (msg.url && !announced) {
      announced = true;
      console.log(`medcode serving on ${msg.url} with ${processes} processes (API under ${msg.url}/api)`);
    }
  });
  let stopping = false;
  cluster.on('exit', (w, code, signal) => {
    if (stopping) return;
    console.error(`medcode: process ${w.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (): void => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (let i = 0; i < processes; i++) cluster.fork();
}

const integer = (v: string, what: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new MedcodeError('bad-input', `${what} must be a whole number, got "${v}"`);
  return n;
};

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API (and, once built, the workbench) with its job worker')
    .option('--port <n>', 'port to listen on (0: any free port)', '8420')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <url>', 'postgres://… or a SQLite file (default: MEDCODE_HOME/medcode.db)')
    .option('--no-worker', 'do not process batch jobs in this process')
    .option('--rate-limit <n>', 'requests a second per caller (default 200)')
    .option('--processes <n>', 'HTTP processes sharing the port (one per core is a good start)', '1')
    .option('--web <dir>', 'the built workbench to serve at / (default: packages/web/dist when built)')
    .option('--demo', 'put a few synthetic demonstration claims into a new installation')
    .option('--no-warm', 'load the search index and coding knowledge on first use, not at start')
    .option('--quiet', 'no request log on stdout')
    .action(async (flags: Flags) => {
      const home = medcodeHome();
      const db = flags.db ?? defaultDbUrl(home);
      const processes = integer(flags.processes, '--processes');
      if (processes > 1 && cluster.isPrimary) return primary(db, processes);
      const { services, close } = storeServices(home);
      const webRoot = flags.web ?? findWebRoot();
      const rate = flags.rateLimit !== undefined ? integer(flags.rateLimit, '--rate-limit') : undefined;
      const server = await startServer({
        db,
        port: integer(flags.port, '--port'),
        host: flags.host,
        services,
        worker: flags.worker,
        ...(webRoot !== undefined ? { webRoot } : {}),
        ...(flags.demo ? { demo: true } : {}),
        ...(rate !== undefined ? { limits: { rate, burst: rate * 2 } } : {}),
        ...(flags.quiet ? { log: () => undefined } : {}),
        onFirstAdmin: announceAdmin,
      });
      // Right after listening: the first search and the first note are then as quick as any.
      if (flags.warm) setTimeout(() => services.warm?.(), 50);
      if (cluster.isWorker) {
        process.send?.({ url: server.url });
        // The primary is gone: stop too, rather than serve on alone.
        process.once('disconnect', () => void stop());
      } else
        console.log(
          `medcode serving on ${server.url} (API under ${server.url}/api, description at /api/openapi.json)`,
        );
      const stop = async (): Promise<void> => {
        await server.close();
        close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
