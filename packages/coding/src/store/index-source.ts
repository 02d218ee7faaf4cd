/**
 * @module store/index-source
 * The Alphabetic Index, the Table of Neoplasms and the Table of Drugs and Chemicals read from
 * the installed code sets (datasets icd10cm-index and icd10cm-index-tables, table `terms` with
 * `cells`), whole, into the shape the matcher compiles (index/model.ts). The codesets package's
 * index reader walks one main term at a time; the coder needs every main term at once, so this
 * reads the same tables in one pass.
 */
import type { CodeSetStore } from '@medcode/codesets';
import type { RawIndex, RawIndexTerm } from '../index/model.ts';

interface Row {
  id: number;
  parent: number | null;
  title: string;
  nemod: string | null;
  code: string | null;
  manif: string | null;
  see: string | null;
  see_also: string | null;
  subcat: string | null;
}

export type Book = 'main' | 'neoplasm' | 'drug' | 'eindex';
export const INDEX_DATASETS: Record<Book, string> = {
  main: 'icd10cm-index',
  neoplasm: 'icd10cm-index-tables',
  drug: 'icd10cm-index-tables',
  eindex: 'icd10cm-index-tables',
};

/** The book for a date of service, or undefined when its dataset is not installed. */
export function readIndexBook(store: CodeSetStore, book: Book, on?: string): RawIndex | undefined {
  const choice = store.releaseOn(INDEX_DATASETS[book], on);
  if (!choice) return undefined;
  const db = store.db(choice.release.id);
  const rows = db
    .prepare(
      'SELECT id, parent, title, nemod, code, manif, see, see_also, subcat FROM terms WHERE book = ? ORDER BY id',
    )
    .all(book) as Row[];
  if (rows.length === 0) return undefined;
  const cells = new Map<number, (string | null)[]>();
  const cellRows = db
    .prepare('SELECT c.term, c.col, c.code FROM cells c JOIN terms t ON t.id = c.term WHERE t.book = ?')
    .all(book) as { term: number; col: number; code: string }[];
  const cols = [...new Set(cellRows.map((c) => c.col))].sort((a, b) => a - b);
  for (const c of cellRows) {
    const list = cells.get(c.term) ?? cols.map(() => null);
    list[cols.indexOf(c.col)] = c.code;
    cells.set(c.term, list);
  }
  const byId = new Map<number, RawIndexTerm>();
  const mainTerms: RawIndexTerm[] = [];
  for (const r of rows) {
    const t: RawIndexTerm = { title: r.title, children: [] };
    if (r.nemod !== null) t.nemod = [r.nemod];
    const code = r.code ?? (r.subcat !== null ? r.subcat : null);
    if (code !== null) t.code = code;
    if (r.manif !== null) t.manif = r.manif;
    if (r.see !== null) t.see = r.see;
    if (r.see_also !== null) t.seeAlso = r.see_also;
    const c = cells.get(r.id);
    if (c) t.cells = c;
    byId.set(r.id, t);
    if (r.parent === null) mainTerms.push(t);
    else byId.get(r.parent)?.children?.push(t);
  }
  return {
    kind: book === 'main' ? 'index' : book,
    release: `${choice.release.id} (${choice.release.version})`,
    mainTerms,
  };
}
