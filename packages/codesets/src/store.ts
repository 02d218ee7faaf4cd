/**
 * @module store
 * Reading the installed code sets: which releases are there, which one applies on a date of
 * service, and each release's database (opened read-only, once).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { currentStoreDir, type InstalledRelease, readStoreIndex } from './install/installer.ts';

export interface ReleaseChoice {
  release: InstalledRelease;
  /** False when no installed release covers the date and the nearest one was taken instead. */
  covers: boolean;
}

export class CodeSetStore {
  readonly dir: string;
  readonly releases: readonly InstalledRelease[];
  readonly #dbs = new Map<string, Database.Database>();

  private constructor(dir: string, releases: InstalledRelease[]) {
    this.dir = dir;
    this.releases = releases;
  }

  static open(home: string): CodeSetStore {
    const dir = currentStoreDir(home);
    const index = dir ? readStoreIndex(dir) : undefined;
    if (!dir || !index) {
      throw new MedcodeError(
        ERROR_CODES.NOT_INSTALLED,
        `no code sets installed in ${home}: run \`medcode setup\` first`,
      );
    }
    return new CodeSetStore(dir, index.releases);
  }

  /** Releases of a dataset, oldest first. */
  releasesOf(dataset: string): InstalledRelease[] {
    return this.releases
      .filter((r) => r.dataset === dataset)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  }

  has(dataset: string): boolean {
    return this.releases.some((r) => r.dataset === dataset);
  }

  /**
   * The release in force on `on` (YYYY-MM-DD). Without a date, the newest. When none covers the
   * date, the nearest one (the newest before it, else the oldest) with `covers: false`, so the
   * caller can say so rather than guess silently.
   */
  releaseOn(dataset: string, on?: string): ReleaseChoice | undefined {
    const all = this.releasesOf(dataset);
    if (all.length === 0) return undefined;
    if (on === undefined) return { release: all[all.length - 1]!, covers: true };
    const covering = all.filter(
      (r) => r.effectiveFrom <= on && (r.effectiveTo === undefined || on <= r.effectiveTo),
    );
    if (covering.length > 0) return { release: covering[covering.length - 1]!, covers: true };
    const before = all.filter((r) => r.effectiveFrom <= on);
    return { release: before.length > 0 ? before[before.length - 1]! : all[0]!, covers: false };
  }

  db(releaseId: string): Database.Database {
    let db = this.#dbs.get(releaseId);
    if (!db) {
      if (!this.releases.some((r) => r.id === releaseId)) {
        throw new MedcodeError(ERROR_CODES.NOT_INSTALLED, `release ${releaseId} is not installed`);
      }
      db = new Database(join(this.dir, `${releaseId}.sqlite`), { readonly: true, fileMustExist: true });
      this.#dbs.set(releaseId, db);
    }
    return db;
  }

  close(): void {
    for (const db of this.#dbs.values()) db.close();
    this.#dbs.clear();
  }
}
