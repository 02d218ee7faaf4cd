/**
 * @module icd10cm/search-documents
 * The ICD-10-CM records the code search indexes: every code and header of the release in
 * force on the date, named by its long and short titles.
 */
import { formatIcd10Cm } from '@medcode/domain';
import type { SearchDocument } from '../search-document.ts';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';

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
  return rows.map((r) => {
    const terms: SearchDocument['terms'] = [{ text: r.long, source: 'title' }];
    if (r.short !== r.long) terms.push({ text: r.short, source: 'short' });
    return {
      system: 'icd10cm',
      code: formatIcd10Cm(r.code),
      title: r.long,
      billable: r.billable === 1,
      terms,
    };
  });
}
