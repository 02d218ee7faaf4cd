// Installs the code sets once for the whole test run, from the official files in ../shared
// (or MEDCODE_SHARED), into a test home inside the checkout. Idempotent: a second run keeps
// every release whose files and loader are unchanged. Suites read the home from
// MEDCODE_TEST_HOME.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { install, LOADERS, readShippedManifest } from '../packages/codesets/src/index.ts';

export default async function setup(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const shared = process.env.MEDCODE_SHARED ?? resolve(root, '..', 'shared');
  const from = join(shared, 'codesets');
  const home = join(root, '.medcode-test', 'home');
  process.env.MEDCODE_TEST_HOME = home;
  process.env.MEDCODE_SHARED = shared;
  if (!existsSync(from)) throw new Error(`official code-set files not found at ${from} (set MEDCODE_SHARED)`);
  const started = Date.now();
  const summary = await install({ home, manifest: readShippedManifest(), loaders: LOADERS, from });
  console.log(
    `code sets for tests: ${summary.loaded.length} loaded, ${summary.kept.length} kept (${Date.now() - started} ms)`,
  );
}
