/**
 * @module icd10cm/testing
 * Test support: runs a loader over hand-made fixture files into an in-memory database.
 * Used by the tests next to the loaders only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { DatasetLoader } from '../install/loader.ts';

export const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
export const fixture = (name: string): string => join(FIXTURES, name);
export const scratchDir = (): string => mkdtempSync(join(tmpdir(), 'medcode-icd10cm-'));

/** Runs `loader` with `paths` as the release's files; returns the database it wrote. */
export async function runLoader(
  loader: DatasetLoader,
  paths: string[],
  id = 'test',
): Promise<Database.Database> {
  const db = new Database(':memory:');
  const byName = new Map(paths.map((p) => [basename(p), p]));
  await loader.load({
    release: {
      id,
      version: 'test',
      effectiveFrom: '2025-10-01',
      files: paths.map((p) => ({ name: basename(p), url: 'file:', sha256: '0'.repeat(64), size: 0 })),
    },
    db,
    file: (name) => byName.get(name) ?? name,
    progress: () => {},
  });
  return db;
}
