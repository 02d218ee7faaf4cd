/**
 * @module loader
 * What a code-set loader is: a function from a release's verified official files to one SQLite
 * database. Loaders throw `MedcodeError` with the file and place of the first bad record; the
 * installer then drops everything it built, and the store stays as it was.
 */
import type Database from 'better-sqlite3';
import type { ReleaseManifest } from './manifest.ts';

export interface LoaderContext {
  release: ReleaseManifest;
  /** Absolute path of a verified source file of this release, by its manifest name. */
  file(name: string): string;
  /** The release's own fresh database (write it inside transactions). */
  db: Database.Database;
  /** Report progress within this release. */
  progress(done: number, total: number, what: string): void;
}

export interface DatasetLoader {
  /** Key used by manifests' `loader` field. */
  name: string;
  /** Bump when the loader's output changes, so `setup` rebuilds releases it loaded before. */
  version: number;
  load(ctx: LoaderContext): void | Promise<void>;
}
