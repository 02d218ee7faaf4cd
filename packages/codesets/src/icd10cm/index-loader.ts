/**
 * @module icd10cm/index-loader
 * Loads ICD-10-CM index XML files into the release database: the alphabetic index, or the
 * neoplasm table, drug table and external cause index (one release may hold several; each
 * file says which book it is). Terms keep their tree (parent, main term) so a reader can walk
 * from a main term down its subterms, as a coder does (Guidelines Section I.A: index first).
 */
import type Database from 'better-sqlite3';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader } from '../install/loader.ts';
import { ICD10CM_LOADERS } from './datasets.ts';
import { type IndexBook, type IndexSink, indexHandlers } from './index-parse.ts';
import { parseXmlFile } from './xml-stream.ts';

export const INDEX_SCHEMA = `
CREATE TABLE terms (
  id INTEGER PRIMARY KEY, book TEXT NOT NULL, parent INTEGER, main INTEGER NOT NULL,
  level INTEGER NOT NULL, title TEXT NOT NULL, nemod TEXT, code TEXT, manif TEXT,
  see TEXT, see_also TEXT, seecat TEXT, subcat TEXT, path TEXT NOT NULL
);
CREATE INDEX terms_main_title ON terms (book, title COLLATE NOCASE) WHERE level = 0;
CREATE INDEX terms_main ON terms (main);
CREATE TABLE cells (term INTEGER NOT NULL, col INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY (term, col))
  WITHOUT ROWID;
CREATE TABLE headings (book TEXT NOT NULL, col INTEGER NOT NULL, head TEXT NOT NULL, PRIMARY KEY (book, col))
  WITHOUT ROWID;
CREATE TABLE books (book TEXT PRIMARY KEY, version TEXT, source TEXT NOT NULL, terms INTEGER NOT NULL)
  WITHOUT ROWID;
`;

/**
 * A sink writing one file's terms; `offset` keeps term ids unique across the files of a
 * release. Returns the book and term count through `done`.
 */
export function indexWriter(
  db: Database.Database,
  source: string,
  offset: number,
): IndexSink & {
  done(): { book: IndexBook; terms: number; maxId: number };
} {
  const term = db.prepare(
    `INSERT INTO terms (id, book, parent, main, level, title, nemod, code, manif, see, see_also, seecat, subcat, path)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const cell = db.prepare('INSERT INTO cells (term, col, code) VALUES (?,?,?)');
  const heading = db.prepare('INSERT INTO headings (book, col, head) VALUES (?,?,?)');
  const books = db.prepare('INSERT INTO books (book, version, source, terms) VALUES (?,?,?,?)');
  let book: IndexBook | undefined;
  let version: string | undefined;
  let terms = 0;
  let maxId = offset;
  const bad = (msg: string): never => {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, msg, { place: { file: source } });
  };
  return {
    book(b, v, heads) {
      book = b;
      version = v;
      for (const [col, head] of heads) heading.run(b, col, head);
    },
    term(t) {
      if (!book) return bad('an index term before any letter');
      if (t.title === '' && t.nemod === undefined) bad(`index term #${t.id} has no title`);
      const id = t.id + offset;
      maxId = Math.max(maxId, id);
      terms++;
      const opt = (v: string | undefined): string | null => v ?? null;
      term.run(
        id,
        book,
        t.parent === undefined ? null : t.parent + offset,
        t.main + offset,
        t.level,
        t.title,
        opt(t.nemod),
        opt(t.code),
        opt(t.manif),
        opt(t.see),
        opt(t.seeAlso),
        opt(t.seecat),
        opt(t.subcat),
        t.path,
      );
      for (const c of t.cells) cell.run(id, c.col, c.code);
    },
    done() {
      if (!book || terms === 0) return bad('no index terms in the file');
      books.run(book, version ?? null, source, terms);
      return { book, terms, maxId };
    },
  };
}

export const icd10cmIndexLoader: DatasetLoader = {
  name: ICD10CM_LOADERS.index,
  version: 1,
  async load(ctx) {
    const db = ctx.db;
    db.exec(INDEX_SCHEMA);
    let offset = 0;
    const files = ctx.release.files.filter((f) => /\.xml(\.gz)?$/i.test(f.name));
    for (const [i, f] of files.entries()) {
      ctx.progress(i, files.length, 'index');
      db.exec('BEGIN');
      try {
        const w = indexWriter(db, f.name, offset);
        await parseXmlFile(ctx.file(f.name), indexHandlers(w), f.name);
        offset = w.done().maxId;
        db.exec('COMMIT');
      } catch (e) {
        db.exec('ROLLBACK');
        throw e;
      }
    }
    ctx.progress(files.length, files.length, 'index');
  },
};
