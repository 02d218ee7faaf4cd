/**
 * @module cms/testing
 * Test support for the CMS loaders: installs hand-made fixture files through the real installer
 * (checksums, staging, atomic switch) into a scratch home, and opens the store. Used by the
 * tests next to the loaders only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { install } from '../install/installer.ts';
import type { Manifest } from '../install/manifest.ts';
import { CodeSetStore } from '../store.ts';
import { cmsLoaders } from './loaders.ts';

export const LOADERS = new Map(cmsLoaders.map((l) => [l.name, l]));

/** A fixture file of a folder's fixtures/ directory, as bytes. */
export const fixtureBytes = (moduleUrl: string, name: string): Uint8Array =>
  readFileSync(join(fileURLToPath(new URL('.', moduleUrl)), 'fixtures', name));

/** A zip holding the given members (the fixtures are kept as plain text, zipped here). */
export const zipOf = (members: Record<string, Uint8Array | string>): Uint8Array =>
  zipSync(
    Object.fromEntries(
      Object.entries(members).map(([n, d]) => [n, typeof d === 'string' ? new TextEncoder().encode(d) : d]),
    ),
  );

export interface FixtureRelease {
  id: string;
  effectiveFrom: string;
  effectiveTo?: string;
  version?: string;
  files: Record<string, Uint8Array | string>;
}

export interface Installed {
  home: string;
  from: string;
  manifest: Manifest;
  store(): CodeSetStore;
}

export const scratch = (): string => mkdtempSync(join(tmpdir(), 'medcode-cms-'));

export interface FixtureDataset {
  dataset: string;
  loader: string;
  releases: FixtureRelease[];
}

/** Writes the files, makes their manifest, installs them with the CMS loaders into `home`. */
export async function installFixtures(
  datasets: FixtureDataset[],
  home = join(scratch(), 'home'),
): Promise<Installed> {
  const from = join(scratch(), 'files');
  mkdirSync(from, { recursive: true });
  const manifest: Manifest = datasets.map(({ dataset, loader, releases }) => ({
    dataset,
    loader,
    description: 'hand-made fixture',
    releases: releases.map((r) => ({
      id: r.id,
      version: r.version ?? r.id,
      effectiveFrom: r.effectiveFrom,
      ...(r.effectiveTo !== undefined ? { effectiveTo: r.effectiveTo } : {}),
      files: Object.entries(r.files).map(([name, data]) => {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        writeFileSync(join(from, name), bytes);
        return {
          name,
          url: `https://example.invalid/${name}`,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.length,
        };
      }),
    })),
  }));
  await install({ home, manifest, loaders: LOADERS, from });
  return { home, from, manifest, store: () => CodeSetStore.open(home) };
}

/** One dataset's fixture releases, installed alone. */
export const installFixture = (
  dataset: string,
  loader: string,
  releases: FixtureRelease[],
  home?: string,
): Promise<Installed> => installFixtures([{ dataset, loader, releases }], home);
