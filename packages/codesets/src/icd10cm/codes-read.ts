/**
 * @module icd10cm/codes-read
 * Which ICD-10-CM codes exist on a date, and which are billable: from the fiscal-year release
 * in force; for a date no release covers but the history does (FY2016-FY2024), from the
 * history; otherwise from the nearest release, saying so.
 */
import type Database from 'better-sqlite3';
import { fiscalYear, type IsoDate } from '@medcode/domain';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';
import { type History, historyCounts, historyCovers, openHistory, spanOn, spansOf } from './history-read.ts';

export interface CodeRow {
  code: string;
  billable: boolean;
  short: string;
  long: string;
}

export interface CodeAnswer {
  source: 'release' | 'history';
  release: { id: string; version: string; covers: boolean };
  /** Said with every answer (for example: the nearest release was used). */
  caveats: string[];
  /** The code as it is on the date, or undefined when it does not exist then. */
  code(code: string): CodeRow | undefined;
  /** The long title of a code or header existing on the date. */
  header(code: string): string | undefined;
  counts(): { valid: number; billable: number };
}

interface Statements {
  code: Database.Statement<[string], { code: string; billable: number; short: string; long: string }>;
  counts: Database.Statement<[], { valid: number; billable: number | null }>;
}

const cache = new WeakMap<Database.Database, Statements>();

function stmts(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      code: db.prepare('SELECT code, billable, short, long FROM codes WHERE code = ?'),
      counts: db.prepare('SELECT count(*) AS valid, sum(billable) AS billable FROM codes'),
    };
    cache.set(db, s);
  }
  return s;
}

function fromRelease(
  store: CodeSetStore,
  id: string,
  version: string,
  covers: boolean,
  caveats: string[],
): CodeAnswer {
  const s = stmts(store.db(id));
  const code = (c: string): CodeRow | undefined => {
    const r = s.code.get(c);
    return r && { code: r.code, billable: r.billable === 1, short: r.short, long: r.long };
  };
  return {
    source: 'release',
    release: { id, version, covers },
    caveats,
    code,
    header: (c) => code(c)?.long,
    counts: () => {
      const r = s.counts.get();
      return { valid: r?.valid ?? 0, billable: r?.billable ?? 0 };
    },
  };
}

function fromHistory(h: History, on: string, asked: string): CodeAnswer {
  const code = (c: string): CodeRow | undefined => {
    const span = spanOn(spansOf(h, c), on);
    return span && { code: c, billable: span.billable, short: span.short, long: span.long };
  };
  const covers = on === asked;
  const version = `FY${fiscalYear(on as IsoDate)} (history)`;
  return {
    source: 'history',
    release: { id: h.release.id, version, covers },
    caveats: covers
      ? []
      : [
          `no ICD-10-CM release on hand covers ${asked} (the history starts ${on}): answered from ${version}, the nearest`,
        ],
    code,
    header: (c) => code(c)?.long,
    counts: () => historyCounts(h, on),
  };
}

/** The ICD-10-CM answer for `on` (YYYY-MM-DD), or undefined when ICD-10-CM is not installed. */
export function codesOn(store: CodeSetStore, on: string): CodeAnswer | undefined {
  const choice = store.releaseOn(ICD10CM_DATASETS.codes, on);
  if (choice?.covers) return fromRelease(store, choice.release.id, choice.release.version, true, []);
  const h = openHistory(store);
  if (h && historyCovers(h, on)) return fromHistory(h, on, on);
  // Before the first fiscal year on hand (FY2016: ICD-10-CM took effect in the US on
  // 2015-10-01), that first year is the nearest.
  const start = h ? `${h.firstFy - 1}-10-01` : undefined;
  if (h && start !== undefined && on < start && (!choice || choice.release.effectiveFrom > start))
    return fromHistory(h, start, on);
  if (!choice) return undefined;
  const r = choice.release;
  const span = `${r.effectiveFrom} to ${r.effectiveTo ?? 'open-ended'}`;
  return fromRelease(store, r.id, r.version, false, [
    `no ICD-10-CM release on hand covers ${on}: answered from ${r.version} (${span}), the nearest`,
  ]);
}
