/**
 * @module installer
 * `medcode setup`: obtain and verify every official file of the manifest, run each release's
 * loader into its own SQLite database in a staging folder, then switch the store's `current`
 * link to the staging folder in one rename. Any error before the switch removes the staging
 * folder: the installed store is never half-written. A release whose files and loader version
 * are unchanged is carried over from the current store instead of being rebuilt, so running
 * setup again is quick and changes nothing.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { codesetsDir } from '../home.ts';
import type { DatasetLoader } from './loader.ts';
import type { DatasetManifest, Manifest, ReleaseManifest } from './manifest.ts';
import { indexFolder, obtain } from './sources.ts';

export interface InstalledRelease {
  id: string;
  dataset: string;
  loader: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  label?: string;
  fingerprint: string;
  files: { name: string; sha256: string }[];
  installedAt: string;
}

export interface StoreIndex {
  formatVersion: 1;
  releases: InstalledRelease[];
}

export type InstallEvent =
  | { kind: 'file'; file: string; done: number; total: number }
  | { kind: 'release'; release: string; state: 'loading' | 'kept' | 'loaded'; index: number; count: number }
  | { kind: 'progress'; release: string; done: number; total: number; what: string };

export interface InstallOptions {
  home: string;
  manifest: Manifest;
  loaders: ReadonlyMap<string, DatasetLoader>;
  from?: string;
  mirror?: string;
  /** Only these datasets are (re)built; the others are carried over as installed. */
  only?: readonly string[];
  onEvent?: (e: InstallEvent) => void;
}

export interface InstallSummary {
  loaded: string[];
  kept: string[];
  changed: boolean;
  storeDir: string;
}

export const STORE_INDEX = 'store.json';

export function readStoreIndex(dir: string): StoreIndex | undefined {
  const p = join(dir, STORE_INDEX);
  if (!existsSync(p)) return undefined;
  return JSON.parse(readFileSync(p, 'utf8')) as StoreIndex;
}

function fingerprint(ds: DatasetManifest, rel: ReleaseManifest, loader: DatasetLoader): string {
  const h = createHash('sha256');
  h.update(
    `${loader.name}@${loader.version}\n${rel.id}\n${rel.effectiveFrom}\n${rel.effectiveTo ?? ''}\n${ds.dataset}\n`,
  );
  for (const f of rel.files) h.update(`${f.name}\t${f.sha256}\n`);
  return h.digest('hex');
}

export const currentLink = (home: string): string => join(codesetsDir(home), 'current');

export function currentStoreDir(home: string): string | undefined {
  const link = currentLink(home);
  if (!existsSync(link)) return undefined;
  return join(codesetsDir(home), readlinkSync(link));
}

/**
 * Installs the manifest's releases (see the module header), then builds the derived artifacts of
 * the installed store: files computed from its releases that make reading them fast (the code
 * search index). They are built after the switch, into the store folder; a failure there leaves
 * the store installed and usable (each artifact is rebuilt on first use), so it is reported as
 * progress, not thrown. Idempotent like the rest: an artifact already there is kept.
 */
export async function install(opts: InstallOptions): Promise<InstallSummary> {
  const summary = await installReleases(opts);
  const step = 'derived: code search index';
  opts.onEvent?.({ kind: 'progress', release: step, done: 0, total: 1, what: 'building' });
  try {
    // Loaded here, not at the top: the store (which reads this module) must stay light to load.
    const { warmSearchIndexAt } = await import('../search/warm.ts');
    const built = warmSearchIndexAt(opts.home);
    opts.onEvent?.({
      kind: 'progress',
      release: step,
      done: 1,
      total: 1,
      what: built ? 'built' : 'up to date',
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    opts.onEvent?.({ kind: 'progress', release: step, done: 1, total: 1, what: `not built (${why})` });
  }
  return summary;
}

async function installReleases(opts: InstallOptions): Promise<InstallSummary> {
  const root = codesetsDir(opts.home);
  mkdirSync(join(root, 'releases'), { recursive: true });
  const currentDir = currentStoreDir(opts.home);
  const current = currentDir ? readStoreIndex(currentDir) : undefined;
  const installedById = new Map((current?.releases ?? []).map((r) => [r.id, r]));

  const work: { ds: DatasetManifest; rel: ReleaseManifest; loader: DatasetLoader; fp: string }[] = [];
  for (const ds of opts.manifest) {
    const loader = opts.loaders.get(ds.loader);
    if (!loader)
      throw new MedcodeError(ERROR_CODES.BUG, `no loader named ${ds.loader} (dataset ${ds.dataset})`);
    for (const rel of ds.releases) work.push({ ds, rel, loader, fp: fingerprint(ds, rel, loader) });
  }
  const selected = (dataset: string): boolean => opts.only === undefined || opts.only.includes(dataset);

  const unchanged = work.every(({ rel, fp }) => installedById.get(rel.id)?.fingerprint === fp);
  if (currentDir && unchanged && (current?.releases.length ?? 0) === work.length) {
    return { loaded: [], kept: work.map((w) => w.rel.id), changed: false, storeDir: currentDir };
  }

  const stamp = `${new Date().toISOString().replace(/[-:.]/g, '')}-${process.pid}`;
  const staging = join(root, 'releases', `${stamp}.staging`);
  mkdirSync(staging, { recursive: true });
  const folderIndex = opts.from !== undefined ? indexFolder(opts.from) : undefined;
  const summary: InstallSummary = { loaded: [], kept: [], changed: true, storeDir: '' };
  const releases: InstalledRelease[] = [];
  try {
    for (const [i, { ds, rel, loader, fp }] of work.entries()) {
      const prior = installedById.get(rel.id);
      const dbName = `${rel.id}.sqlite`;
      const record: InstalledRelease = {
        id: rel.id,
        dataset: ds.dataset,
        loader: loader.name,
        version: rel.version,
        effectiveFrom: rel.effectiveFrom,
        ...(rel.effectiveTo !== undefined ? { effectiveTo: rel.effectiveTo } : {}),
        ...(rel.label !== undefined ? { label: rel.label } : {}),
        fingerprint: fp,
        files: rel.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
        installedAt: new Date().toISOString(),
      };
      const keep =
        currentDir !== undefined &&
        prior !== undefined &&
        (prior.fingerprint === fp || !selected(ds.dataset));
      if (keep && existsSync(join(currentDir, dbName))) {
        // Installed databases are never written after install, so a hard link is a safe copy.
        linkSync(join(currentDir, dbName), join(staging, dbName));
        releases.push(prior);
        summary.kept.push(rel.id);
        opts.onEvent?.({ kind: 'release', release: rel.id, state: 'kept', index: i, count: work.length });
        continue;
      }
      if (!selected(ds.dataset)) continue;
      opts.onEvent?.({ kind: 'release', release: rel.id, state: 'loading', index: i, count: work.length });
      const paths = new Map<string, string>();
      for (const f of rel.files) {
        const p = await obtain(
          f,
          {
            ...(opts.from !== undefined ? { from: opts.from } : {}),
            ...(opts.mirror !== undefined ? { mirror: opts.mirror } : {}),
            downloadDir: join(root, 'downloads'),
            onBytes: (file, done, total) => opts.onEvent?.({ kind: 'file', file, done, total }),
          },
          folderIndex,
        );
        paths.set(f.name, p);
      }
      const db = new Database(join(staging, dbName));
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      try {
        await loader.load({
          release: rel,
          db,
          file: (name) => {
            const p = paths.get(name);
            if (!p)
              throw new MedcodeError(ERROR_CODES.BUG, `${rel.id}: the manifest lists no file named ${name}`);
            return p;
          },
          progress: (done, total, what) =>
            opts.onEvent?.({ kind: 'progress', release: rel.id, done, total, what }),
        });
        db.exec('ANALYZE');
      } finally {
        db.close();
      }
      releases.push(record);
      summary.loaded.push(rel.id);
      opts.onEvent?.({ kind: 'release', release: rel.id, state: 'loaded', index: i, count: work.length });
    }
    const index: StoreIndex = { formatVersion: 1, releases };
    writeFileSync(join(staging, STORE_INDEX), `${JSON.stringify(index, null, 2)}\n`);
    const finalDir = join(root, 'releases', stamp);
    renameSync(staging, finalDir);
    // Switch in one step: a new symlink renamed over the old one.
    const tmpLink = join(root, `current.${process.pid}.tmp`);
    rmSync(tmpLink, { force: true });
    symlinkSync(join('releases', basename(finalDir)), tmpLink);
    renameSync(tmpLink, currentLink(opts.home));
    if (currentDir && currentDir !== finalDir) rmSync(currentDir, { recursive: true, force: true });
    summary.storeDir = finalDir;
    return summary;
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}
