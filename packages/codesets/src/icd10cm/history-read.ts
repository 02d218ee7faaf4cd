/**
 * @module icd10cm/history-read
 * Reading the ICD-10-CM history release: when a code was valid (and billable), and what the
 * CDC conversion tables say replaced it. Prepared statements, cached per database.
 */
import type Database from 'better-sqlite3';
import type { InstalledRelease } from '../install/installer.ts';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';

export interface HistorySpan {
  validFrom: string;
  validTo: string;
  firstFy: number;
  lastFy: number;
  billable: boolean;
  short: string;
  long: string;
}

export interface Replacement {
  /** Canonical, no dot. */
  code: string;
  /** The day the new code took effect (YYYY-MM-DD). */
  effective: string;
  /** "FY2026 conversion table". */
  source: string;
  /** The conversion table's "previous code(s)" cell, as printed. */
  previous: string;
}

export interface History {
  db: Database.Database;
  release: InstalledRelease;
  firstFy: number;
  lastFy: number;
}

interface SpanRow {
  valid_from: string;
  valid_to: string;
  first_fy: number;
  last_fy: number;
  billable: number;
  short: string;
  long: string;
}

interface Statements {
  spans: Database.Statement<[string], SpanRow>;
  replacements: Database.Statement<[string, string, string], Replacement>;
  exact: Database.Statement<[string, string, string], Replacement>;
  counts: Database.Statement<[string, string], { valid: number; billable: number | null }>;
  years: Database.Statement<[], { first: number; last: number }>;
}

const cache = new WeakMap<Database.Database, Statements>();

function stmts(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    const replacement = `SELECT code, min(effective) AS effective, min(source) AS source, min(previous) AS previous
      FROM conversion WHERE prev_from <= ? AND ? <= prev_to AND effective <= ?`;
    s = {
      spans: db.prepare(
        'SELECT valid_from, valid_to, first_fy, last_fy, billable, short, long FROM spans WHERE code = ? ORDER BY valid_from',
      ),
      replacements: db.prepare(`${replacement} GROUP BY code ORDER BY code`),
      exact: db.prepare(`${replacement} AND prev_from = prev_to GROUP BY code ORDER BY code`),
      counts: db.prepare(
        'SELECT count(*) AS valid, sum(billable) AS billable FROM spans WHERE valid_from <= ? AND ? <= valid_to',
      ),
      years: db.prepare('SELECT min(fy) AS first, max(fy) AS last FROM years'),
    };
    cache.set(db, s);
  }
  return s;
}

/** The newest history release installed, or undefined. */
export function openHistory(store: CodeSetStore): History | undefined {
  const release = store.releasesOf(ICD10CM_DATASETS.history).at(-1);
  if (!release) return undefined;
  const db = store.db(release.id);
  const y = stmts(db).years.get();
  if (!y) return undefined;
  return { db, release, firstFy: y.first, lastFy: y.last };
}

/** Whether the history holds the date (from October 1 of its first year to September 30 of its last). */
export const historyCovers = (h: History, on: string): boolean =>
  on >= `${h.firstFy - 1}-10-01` && on <= `${h.lastFy}-09-30`;

export function spansOf(h: History, code: string): HistorySpan[] {
  return stmts(h.db)
    .spans.all(code)
    .map((r) => ({
      validFrom: r.valid_from,
      validTo: r.valid_to,
      firstFy: r.first_fy,
      lastFy: r.last_fy,
      billable: r.billable === 1,
      short: r.short,
      long: r.long,
    }));
}

export const spanOn = (spans: readonly HistorySpan[], on: string): HistorySpan | undefined =>
  spans.find((s) => s.validFrom <= on && on <= s.validTo);

/** The run of back-to-back spans around `on` (or the last run before it): when the code existed. */
export function validity(
  spans: readonly HistorySpan[],
  on: string,
): { from: string; to: string } | undefined {
  const runs: { from: string; to: string }[] = [];
  for (const s of spans) {
    const last = runs[runs.length - 1];
    if (last && s.validFrom <= nextDay(last.to)) last.to = s.validTo;
    else runs.push({ from: s.validFrom, to: s.validTo });
  }
  return runs.find((r) => r.from <= on && on <= r.to) ?? runs.filter((r) => r.from <= on).at(-1) ?? runs[0];
}

function nextDay(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * What replaced `code` by `on`, from the conversion tables read backwards. `exact` keeps only
 * rows that name the code itself: a header that still exists ("A04.7", split into A04.71 and
 * A04.72) must not pick up rows written for a whole category ("I63.- and P91.88").
 */
export function replacementsOf(h: History, code: string, on: string, exact: boolean): Replacement[] {
  const s = stmts(h.db);
  return (exact ? s.exact : s.replacements).all(code, code, on);
}

/** How many codes existed, and how many were billable, on `on`. */
export function historyCounts(h: History, on: string): { valid: number; billable: number } {
  const r = stmts(h.db).counts.get(on, on);
  return { valid: r?.valid ?? 0, billable: r?.billable ?? 0 };
}
