/**
 * @module edits/test-support
 * Test helpers for the edit and fee tables (used by *.test.ts only): install hand-made fixture
 * files through the real installer into a throw-away home, run one loader on a scratch
 * database, and open the store the Vitest global setup installed from the official files.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { DatasetLoader } from '../install/loader.ts';
import { install } from '../install/installer.ts';
import type { DatasetManifest, ReleaseManifest } from '../install/manifest.ts';
import { LOADERS } from '../loaders/registry.ts';
import { CodeSetStore } from '../store.ts';

/** A scratch folder holding fixture files by name. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'medcode-edits-'));
}

/** Writes `content` as `name` into `dir`; returns the path. */
export function put(dir: string, name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

export interface FixtureRelease extends Omit<ReleaseManifest, 'files'> {
  /** Paths of files already in the scratch folder. */
  files: string[];
}

export function fixtureManifest(
  dataset: string,
  loader: string,
  releases: FixtureRelease[],
): DatasetManifest {
  return {
    dataset,
    loader,
    description: `fixture ${dataset}`,
    releases: releases.map((r) => ({
      ...r,
      files: r.files.map((p) => {
        const bytes = readFileSync(p);
        return {
          name: basename(p),
          url: `https://example.invalid/${basename(p)}`,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.length,
        };
      }),
    })),
  };
}

/** Installs the datasets from `dir` into a fresh home and opens the store. */
export async function installFixtures(dir: string, manifest: DatasetManifest[]): Promise<CodeSetStore> {
  const home = mkdtempSync(join(tmpdir(), 'medcode-home-'));
  await install({ home, manifest, loaders: LOADERS, from: dir });
  return CodeSetStore.open(home);
}

/** Runs one loader on an in-memory database (for error cases); returns the database. */
export async function runLoader(
  loader: DatasetLoader,
  files: string[],
  release: Partial<ReleaseManifest> = {},
): Promise<Database.Database> {
  const db = new Database(':memory:');
  const byName = new Map(files.map((p) => [basename(p), p]));
  await loader.load({
    db,
    release: {
      id: 'fixture',
      version: 'fixture',
      effectiveFrom: '2026-01-01',
      ...release,
      files: files.map((p) => ({ name: basename(p), url: '', sha256: '', size: 0 })),
    },
    file: (name) => byName.get(name) ?? name,
    progress: () => {},
  });
  return db;
}

/** The store the Vitest global setup installed from ../shared/codesets. */
export function installedStore(): CodeSetStore {
  const home = process.env.MEDCODE_TEST_HOME;
  if (!home) throw new Error('MEDCODE_TEST_HOME is not set: run the tests through vitest');
  return CodeSetStore.open(home);
}

/** Where a test finds an official file of ../shared/codesets. */
export function sharedFile(...parts: string[]): string {
  const shared = process.env.MEDCODE_SHARED;
  if (!shared) throw new Error('MEDCODE_SHARED is not set: run the tests through vitest');
  return join(shared, 'codesets', ...parts);
}

/** Writes a one-sheet .xlsx: hand-made spreadsheet fixtures in the official layouts. */
export async function putXlsx(
  dir: string,
  name: string,
  sheet: string,
  rows: (string | number | Date | null)[][],
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}
