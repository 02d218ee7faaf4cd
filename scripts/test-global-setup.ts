// Installs the code sets once for the whole test run, from the official files in ../shared
// (or MEDCODE_SHARED), into a test home inside the checkout. Idempotent: a second run keeps
// every release whose files and loader are unchanged. Suites read the home from
// MEDCODE_TEST_HOME. A lock folder keeps two test runs from installing at once.
// MEDCODE_TEST_SKIP_SETUP=1 skips the install for suites that need no code sets.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { install, LOADERS, readShippedManifest } from '../packages/codesets/src/index.ts';

async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(dir, 'install.lock');
  mkdirSync(dir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 15 minutes was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 15 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export default async function setup(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const shared = process.env.MEDCODE_SHARED ?? resolve(root, '..', 'shared');
  const from = join(shared, 'codesets');
  const home = join(root, '.medcode-test', 'home');
  process.env.MEDCODE_TEST_HOME = home;
  process.env.MEDCODE_SHARED = shared;
  if (process.env.MEDCODE_TEST_SKIP_SETUP === '1') return;
  if (!existsSync(from)) throw new Error(`official code-set files not found at ${from} (set MEDCODE_SHARED)`);
  const started = Date.now();
  const summary = await withLock(join(root, '.medcode-test'), () =>
    install({ home, manifest: readShippedManifest(), loaders: LOADERS, from }),
  );
  console.log(
    `code sets for tests: ${summary.loaded.length} loaded, ${summary.kept.length} kept (${Date.now() - started} ms)`,
  );
}
