/**
 * @module icd10cm/index-read
 * Walking the ICD-10-CM index as a coder does (Guidelines Section I.A and I.B.1: look the
 * condition up in the alphabetic index, follow subterms, "see" and "see also", then verify in
 * the tabular list). Read-only; every function takes the store and an optional date.
 */
import type Database from 'better-sqlite3';
import type { CodeSetStore } from '../store.ts';
import { ICD10CM_DATASETS } from './datasets.ts';
import type { IndexBook } from './index-parse.ts';

export type { IndexBook } from './index-parse.ts';

export interface IndexTerm {
  title: string;
  /** Nonessential modifiers: they do not change the code (Section I.A.7, parentheses). */
  nemod?: string;
  code?: string;
  /** Manifestation code, printed in brackets after the code: sequence it second (Section I.A.13). */
  manif?: string;
  /** "see": must be followed (Section I.A.16). */
  see?: string;
  /** "see also": may be followed. */
  seeAlso?: string;
  seecat?: string;
  subcat?: string;
  /** Table cells (neoplasm, drug) by column head: { "Malignant Primary": "C76.2", ... }. */
  cells?: Record<string, string>;
  children: IndexTerm[];
}

interface TermRow {
  id: number;
  parent: number | null;
  level: number;
  title: string;
  nemod: string | null;
  code: string | null;
  manif: string | null;
  see: string | null;
  see_also: string | null;
  seecat: string | null;
  subcat: string | null;
}

const BOOK_DATASET: Record<IndexBook, string> = {
  main: ICD10CM_DATASETS.index,
  eindex: ICD10CM_DATASETS.indexTables,
  neoplasm: ICD10CM_DATASETS.indexTables,
  drug: ICD10CM_DATASETS.indexTables,
};

export interface IndexOptions {
  book?: IndexBook;
  /** Date of service (YYYY-MM-DD): picks the index release; default the newest. */
  on?: string;
}

interface Statements {
  mains: Database.Statement<[string, string], { id: number }>;
  tree: Database.Statement<[number], TermRow>;
  cells: Database.Statement<[number], { term: number; col: number; code: string }>;
  heads: Database.Statement<[string], { col: number; head: string }>;
}

const cache = new WeakMap<Database.Database, Statements>();

function stmts(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      mains: db.prepare(
        'SELECT id FROM terms WHERE book = ? AND level = 0 AND title = ? COLLATE NOCASE ORDER BY id',
      ),
      tree: db.prepare(
        'SELECT id, parent, level, title, nemod, code, manif, see, see_also, seecat, subcat FROM terms WHERE main = ? ORDER BY id',
      ),
      cells: db.prepare(
        'SELECT c.term, c.col, c.code FROM cells c JOIN terms t ON t.id = c.term WHERE t.main = ? ORDER BY c.term, c.col',
      ),
      heads: db.prepare('SELECT col, head FROM headings WHERE book = ? ORDER BY col'),
    };
    cache.set(db, s);
  }
  return s;
}

/** The database holding `book` for the date, or undefined when it is not installed. */
export function indexDb(store: CodeSetStore, book: IndexBook, on?: string): Database.Database | undefined {
  const choice = store.releaseOn(BOOK_DATASET[book], on);
  return choice ? store.db(choice.release.id) : undefined;
}

function buildTree(db: Database.Database, book: IndexBook, mainId: number): IndexTerm {
  const s = stmts(db);
  const heads = new Map(s.heads.all(book).map((h) => [h.col, h.head]));
  const cells = new Map<number, Record<string, string>>();
  for (const c of s.cells.all(mainId)) {
    const rec = cells.get(c.term) ?? {};
    rec[heads.get(c.col) ?? `col${c.col}`] = c.code;
    cells.set(c.term, rec);
  }
  const byId = new Map<number, IndexTerm>();
  let root: IndexTerm | undefined;
  for (const r of s.tree.all(mainId)) {
    const t: IndexTerm = { title: r.title, children: [] };
    if (r.nemod !== null) t.nemod = r.nemod;
    if (r.code !== null) t.code = r.code;
    if (r.manif !== null) t.manif = r.manif;
    if (r.see !== null) t.see = r.see;
    if (r.see_also !== null) t.seeAlso = r.see_also;
    if (r.seecat !== null) t.seecat = r.seecat;
    if (r.subcat !== null) t.subcat = r.subcat;
    const c = cells.get(r.id);
    if (c) t.cells = c;
    byId.set(r.id, t);
    if (r.parent === null) root = t;
    else byId.get(r.parent)?.children.push(t);
  }
  return root ?? { title: '', children: [] };
}

/**
 * The main terms titled `mainTerm` (case-insensitive, nonessential modifiers not part of the
 * title: "Diabetes, diabetic"), each with its whole subterm tree. Empty when not found.
 */
export function indexLookup(store: CodeSetStore, mainTerm: string, opts: IndexOptions = {}): IndexTerm[] {
  const book = opts.book ?? 'main';
  const db = indexDb(store, book, opts.on);
  if (!db) return [];
  return stmts(db)
    .mains.all(book, mainTerm.trim())
    .map((m) => buildTree(db, book, m.id));
}

const norm = (s: string): string => s.trim().toLowerCase();

/**
 * Follows `path` (main term, then subterm titles) and returns the term reached, or undefined.
 * Titles match case-insensitively, without their nonessential modifiers.
 */
export function indexWalk(
  store: CodeSetStore,
  path: readonly string[],
  opts: IndexOptions = {},
): IndexTerm | undefined {
  const [first, ...rest] = path;
  if (first === undefined) return undefined;
  for (const main of indexLookup(store, first, opts)) {
    let cur: IndexTerm | undefined = main;
    for (const step of rest) cur = cur?.children.find((c) => norm(c.title) === norm(step));
    if (cur) return cur;
  }
  return undefined;
}

/** Neoplasm table columns (indexHeading of the neoplasm XML), by column number. */
export interface NeoplasmRow {
  site: string[];
  malignantPrimary?: string;
  malignantSecondary?: string;
  caInSitu?: string;
  benign?: string;
  uncertainBehavior?: string;
  unspecifiedBehavior?: string;
  see?: string;
  seeAlso?: string;
}

/** Table of drugs and chemicals columns, by column number. */
export interface DrugRow {
  substance: string[];
  poisoningAccidental?: string;
  poisoningIntentionalSelfHarm?: string;
  poisoningAssault?: string;
  poisoningUndetermined?: string;
  adverseEffect?: string;
  underdosing?: string;
  see?: string;
  seeAlso?: string;
}

const NEOPLASM_COLS = [
  'malignantPrimary',
  'malignantSecondary',
  'caInSitu',
  'benign',
  'uncertainBehavior',
  'unspecifiedBehavior',
] as const;
const DRUG_COLS = [
  'poisoningAccidental',
  'poisoningIntentionalSelfHarm',
  'poisoningAssault',
  'poisoningUndetermined',
  'adverseEffect',
  'underdosing',
] as const;

/** A table row's cells by column number (2..7), read straight from the cells table. */
function rowCells(
  store: CodeSetStore,
  book: 'neoplasm' | 'drug',
  path: readonly string[],
  on: string | undefined,
): { term: IndexTerm; byCol: Map<number, string> } | undefined {
  const db = indexDb(store, book, on);
  const term = indexWalk(store, path, { book, ...(on !== undefined ? { on } : {}) });
  if (!db || !term) return undefined;
  const heads = new Map(
    stmts(db)
      .heads.all(book)
      .map((h) => [h.head, h.col]),
  );
  const byCol = new Map<number, string>();
  for (const [head, code] of Object.entries(term.cells ?? {})) {
    const col = heads.get(head);
    if (col !== undefined) byCol.set(col, code);
  }
  return { term, byCol };
}

/**
 * A row of the neoplasm table: `site` is the subterm path under "Neoplasm, neoplastic"
 * (["abdomen, abdominal", "wall"]); an empty path gives the main row.
 */
export function neoplasmRow(
  store: CodeSetStore,
  site: readonly string[],
  on?: string,
): NeoplasmRow | undefined {
  const r = rowCells(store, 'neoplasm', ['Neoplasm, neoplastic', ...site], on);
  if (!r) return undefined;
  const row: NeoplasmRow = { site: [...site] };
  NEOPLASM_COLS.forEach((k, i) => {
    const code = r.byCol.get(i + 2);
    if (code !== undefined) row[k] = code;
  });
  if (r.term.see !== undefined) row.see = r.term.see;
  if (r.term.seeAlso !== undefined) row.seeAlso = r.term.seeAlso;
  return row;
}

/** A row of the table of drugs and chemicals: `substance` is the main term, then subterms. */
export function drugRow(store: CodeSetStore, substance: readonly string[], on?: string): DrugRow | undefined {
  const r = rowCells(store, 'drug', substance, on);
  if (!r) return undefined;
  const row: DrugRow = { substance: [...substance] };
  DRUG_COLS.forEach((k, i) => {
    const code = r.byCol.get(i + 2);
    if (code !== undefined) row[k] = code;
  });
  if (r.term.see !== undefined) row.see = r.term.see;
  if (r.term.seeAlso !== undefined) row.seeAlso = r.term.seeAlso;
  return row;
}
