/**
 * @module icd10cm/search-documents
 * The ICD-10-CM records the code search indexes: every code and header of the release in
 * force on the date, named by its long and short titles and by the inclusion terms the tabular
 * list gives it (Guidelines Section I.A.11: terms "for which that code is to be used").
 */
import { formatIcd10Cm } from '@medcode/domain';
import type { SearchDocument } from '../search-document.ts';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';
import { tabularSource } from './tabular-read.ts';

interface CodeRow {
  code: string;
  billable: number;
  short: string;
  long: string;
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
    .all() as CodeRow[];
  const inclusion = inclusionTerms(store, on);
  return rows.map((r) => {
    const terms: SearchDocument['terms'] = [{ text: r.long, source: 'title' }];
    if (r.short !== r.long) terms.push({ text: r.short, source: 'short' });
    for (const text of inclusion.get(r.code) ?? []) terms.push({ text, source: 'inclusion' });
    return {
      system: 'icd10cm',
      code: formatIcd10Cm(r.code),
      title: r.long,
      billable: r.billable === 1,
      terms,
    };
  });
}

/** Inclusion terms by code (no dot), from the tabular list used for the date. */
function inclusionTerms(store: CodeSetStore, on?: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const tab = tabularSource(store, on);
  if (!tab) return out;
  const rows = tab.db
    .prepare("SELECT node, text FROM notes WHERE kind = 'inclusionTerms' ORDER BY node, seq")
    .all() as { node: string; text: string }[];
  for (const r of rows) {
    const list = out.get(r.node);
    if (list) list.push(r.text);
    else out.set(r.node, [r.text]);
  }
  return out;
}
