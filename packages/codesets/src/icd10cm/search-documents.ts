/**
 * @module icd10cm/search-documents
 * The ICD-10-CM records the code search indexes: every code and header of the release in
 * force on the date, named by its long and short titles, by the inclusion terms the tabular
 * list gives it (Guidelines Section I.A.11: terms "for which that code is to be used") and by
 * the index entries that lead to it (main term and subterms as one path; the neoplasm and drug
 * tables' rows with their column head). The index gives the way in, the tabular list the
 * final code (Section I.B.1), so an entry ending in a dash ("E11.3-") names the header E11.3.
 */
import { formatIcd10Cm } from '@medcode/domain';
import type { SearchDocument } from '../search-document.ts';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';
import { indexDb } from './index-read.ts';
import { tabularSource } from './tabular-read.ts';

// Rows are read as arrays (better-sqlite3 `raw`): a third faster than objects at 100k rows.
type CodeRow = [code: string, billable: number, short: string, long: string];

type Terms = Map<string, string[]>;

function add(map: Terms, code: string, text: string): void {
  const key = code.replace('.', '').replace(/-+$/, '').toUpperCase();
  const list = map.get(key);
  if (!list) map.set(key, [text]);
  else if (!list.includes(text)) list.push(text);
}

/**
 * One document per code of the ICD-10-CM release in force on `on` (YYYY-MM-DD; default the
 * newest), in tabular order. Empty when ICD-10-CM is not installed.
 */
export function icd10cmSearchDocuments(store: CodeSetStore, on?: string): SearchDocument[] {
  const choice = store.releaseOn(ICD10CM_DATASETS.codes, on);
  if (!choice) return [];
  const rows = store
    .db(choice.release.id)
    .prepare('SELECT code, billable, short, long FROM codes ORDER BY ord')
    .raw()
    .all() as CodeRow[];
  const inclusion = inclusionTerms(store, on);
  const index = indexTerms(store, on);
  return rows.map(([code, billable, short, long]) => {
    const terms: SearchDocument['terms'] = [{ text: long, source: 'title' }];
    if (short !== long) terms.push({ text: short, source: 'short' });
    for (const text of inclusion.get(code) ?? []) terms.push({ text, source: 'inclusion' });
    for (const text of index.get(code) ?? []) terms.push({ text, source: 'index' });
    return { system: 'icd10cm', code: formatIcd10Cm(code), title: long, billable: billable === 1, terms };
  });
}

/** Inclusion terms by code (no dot), from the tabular list used for the date. */
function inclusionTerms(store: CodeSetStore, on?: string): Terms {
  const out: Terms = new Map();
  const tab = tabularSource(store, on);
  if (!tab) return out;
  const rows = tab.db
    .prepare("SELECT node, text FROM notes WHERE kind = 'inclusionTerms' ORDER BY node, seq")
    .raw()
    .all() as [string, string][];
  for (const [node, text] of rows) add(out, node, text);
  return out;
}

/** Index paths by code (no dot): the alphabetic and external cause indexes, and table rows. */
function indexTerms(store: CodeSetStore, on?: string): Terms {
  const out: Terms = new Map();
  const seen = new Set<unknown>();
  for (const book of ['main', 'eindex'] as const) {
    const db = indexDb(store, book, on);
    if (!db || seen.has(db)) continue;
    seen.add(db);
    const rows = db
      .prepare(
        "SELECT path, code, manif FROM terms WHERE book IN ('main', 'eindex') AND (code IS NOT NULL OR manif IS NOT NULL)",
      )
      .raw()
      .all() as [string, string | null, string | null][];
    for (const [path, code, manif] of rows) {
      if (code !== null) add(out, code, path);
      // The manifestation code in brackets is named by the same entry (Section I.A.13).
      if (manif !== null) add(out, manif, path);
    }
  }
  const tables = indexDb(store, 'drug', on);
  if (tables) {
    const rows = tables
      .prepare(
        `SELECT t.path, h.head, c.code FROM cells c JOIN terms t ON t.id = c.term
         JOIN headings h ON h.book = t.book AND h.col = c.col`,
      )
      .raw()
      .all() as [string, string, string][];
    for (const [path, head, code] of rows) add(out, code, `${path}, ${head.toLowerCase()}`);
  }
  return out;
}
