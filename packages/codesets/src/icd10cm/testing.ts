/**
 * @module icd10cm/testing
 * Test support: runs a loader over hand-made fixture files into an in-memory database.
 * Used by the tests next to the loaders only.
 */
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { install } from '../install/installer.ts';
import type { DatasetLoader } from '../install/loader.ts';
import type { Manifest } from '../install/manifest.ts';
import { sha256File } from '../install/sources.ts';
import { LOADERS } from '../loaders/registry.ts';
import { CodeSetStore } from '../store.ts';

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

export interface FixtureRelease {
  id: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  /** Paths of the release's files (fixtures or files written by the test). */
  files: string[];
}

/**
 * Installs hand-made releases through the real installer into a fresh home and opens the
 * store, so readers are tested on exactly what `medcode setup` builds.
 */
export async function installFixtures(
  datasets: { dataset: string; loader: string; releases: FixtureRelease[] }[],
): Promise<CodeSetStore> {
  const home = scratchDir();
  const from = scratchDir();
  const manifest: Manifest = [];
  for (const d of datasets) {
    const releases = [];
    for (const r of d.releases) {
      const files = [];
      for (const p of r.files) {
        copyFileSync(p, join(from, basename(p)));
        files.push({ name: basename(p), url: 'file:', sha256: await sha256File(p), size: statSync(p).size });
      }
      releases.push({ ...r, files });
    }
    manifest.push({ dataset: d.dataset, loader: d.loader, description: 'fixture', releases });
  }
  await install({ home, manifest, loaders: LOADERS, from });
  return CodeSetStore.open(home);
}
