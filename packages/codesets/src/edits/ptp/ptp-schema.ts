/**
 * @module edits/ptp/ptp-schema
 * How a PTP edit table is stored, shared by the official NCCI loader and the custom edit table
 * import. One row per edit: the two codes, the effective date and the deletion date as
 * integers CCYYMMDD (compact and comparable; 0 = the table states no effective date), the
 * modifier indicator, and small integers pointing at repeated texts (rationale, source label,
 * file). The table is WITHOUT ROWID with the primary key (col1, col2, effective): a pair lookup
 * is one B-tree descent and the rows are stored clustered in key order.
 *
 * Rows are inserted 200 to a statement (the per-call cost dominates single-row inserts).
 * After loading, the same rows are also written packed (typed arrays as blobs in `ptp_packed`),
 * so `ptpIndex` can hold a million and a half pairs in memory in milliseconds instead of
 * reading them row by row (see bench/ptp-index.bench.ts).
 */
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { RecordPlace } from '../read/problems.ts';
import { badRecord } from '../read/problems.ts';
import { codeKey } from './code-key.ts';

export const PTP_SCHEMA = `
CREATE TABLE ptp (
  col1 TEXT NOT NULL,
  col2 TEXT NOT NULL,
  effective INTEGER NOT NULL,
  deleted INTEGER,
  modifier INTEGER NOT NULL,
  prior1996 INTEGER NOT NULL,
  rationale INTEGER,
  source INTEGER,
  file INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (col1, col2, effective)
) WITHOUT ROWID;
CREATE TABLE ptp_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE ptp_packed (part TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;`;

const BATCH = 200;
const insertSql = (rows: number): string =>
  `INSERT INTO ptp (col1, col2, effective, deleted, modifier, prior1996, rationale, source, file, line) VALUES ${Array(
    rows,
  )
    .fill('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .join(', ')}`;

/** Deletion "day" used in packed arrays for an edit that is still in force. */
export const OPEN_END = 99_991_231;

export type ModifierIndicator = 0 | 1 | 9;

export interface PtpRecord {
  col1: string;
  col2: string;
  /** CCYYMMDD, 0 when undated. */
  effective: number;
  /** CCYYMMDD, null while in force. */
  deleted: number | null;
  modifier: ModifierIndicator;
  prior1996: boolean;
  rationale: string | null;
  source: string | null;
}

/** Writes PTP rows; repeated texts are stored once. */
export class PtpWriter {
  readonly #db: Database.Database;
  readonly #insertBatch: Database.Statement;
  readonly #insertText: Database.Statement;
  readonly #texts = new Map<string, number>();
  /** The rows as keys, kept while loading so `pack` need not read them back. */
  #cols: Columns = grow({
    k1: new Uint32Array(0),
    k2: new Uint32Array(0),
    eff: new Uint32Array(0),
    del: new Uint32Array(0),
    mod: new Uint8Array(0),
    src: new Uint16Array(0),
  });
  #pending: (string | number | null)[] = [];
  #pendingRows: { r: PtpRecord; where: RecordPlace & { line: number } }[] = [];
  rows = 0;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(PTP_SCHEMA);
    this.#insertBatch = db.prepare(insertSql(BATCH));
    this.#insertText = db.prepare('INSERT INTO ptp_text (id, text) VALUES (?, ?)');
  }

  text(s: string): number {
    let id = this.#texts.get(s);
    if (id === undefined) {
      id = this.#texts.size + 1;
      this.#texts.set(s, id);
      this.#insertText.run(id, s);
    }
    return id;
  }

  add(r: PtpRecord, fileId: number, where: RecordPlace & { line: number }): void {
    const source = r.source === null ? null : this.text(r.source);
    if (source !== null && source > 0xffff)
      throw badRecord(where, 'more than 65,535 distinct texts in one table');
    this.#pending.push(
      r.col1,
      r.col2,
      r.effective,
      r.deleted,
      r.modifier,
      r.prior1996 ? 1 : 0,
      r.rationale === null ? null : this.text(r.rationale),
      source,
      fileId,
      where.line,
    );
    this.#pendingRows.push({ r, where });
    if (this.#pendingRows.length === BATCH) this.#flush();
    if (this.rows === this.#cols.k1.length) this.#cols = grow(this.#cols);
    const c = this.#cols;
    const i = this.rows;
    c.k1[i] = codeKey(r.col1);
    c.k2[i] = codeKey(r.col2);
    c.eff[i] = r.effective;
    c.del[i] = r.deleted ?? OPEN_END;
    c.mod[i] = r.modifier;
    c.src[i] = source ?? 0;
    this.rows++;
  }

  /** Inserts the pending rows: one statement per batch of rows costs far less than one per row. */
  #flush(): void {
    const n = this.#pendingRows.length;
    if (n === 0) return;
    const st = n === BATCH ? this.#insertBatch : this.#db.prepare(insertSql(n));
    try {
      st.run(this.#pending);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') this.#duplicate();
      throw e;
    }
    this.#pending = [];
    this.#pendingRows = [];
  }

  /** The failed batch was not written (statements are atomic): find the row listed twice. */
  #duplicate(): never {
    const inBatch = new Map<string, RecordPlace & { line: number }>();
    const prior = this.#db.prepare(
      'SELECT t.text AS file, p.line FROM ptp p JOIN ptp_text t ON t.id = p.file WHERE col1 = ? AND col2 = ? AND effective = ?',
    );
    for (const { r, where } of this.#pendingRows) {
      const key = `${r.col1}\t${r.col2}\t${r.effective}`;
      const first =
        (prior.get(r.col1, r.col2, r.effective) as { file: string; line: number } | undefined) ??
        (inBatch.has(key)
          ? { file: basename(inBatch.get(key)!.file), line: inBatch.get(key)!.line }
          : undefined);
      if (first)
        throw badRecord(
          where,
          `the edit ${r.col1}/${r.col2} effective ${r.effective || '(undated)'} is listed twice` +
            ` (first in ${first.file}, line ${first.line})`,
        );
      inBatch.set(key, where);
    }
    throw badRecord(this.#pendingRows[0]!.where, 'an edit is listed twice');
  }

  /** Writes the packed arrays `ptpIndex` loads. Call once, after every row is in. */
  pack(): void {
    this.#flush();
    const n = this.rows;
    const c = this.#cols;
    // Official files and the derived list come sorted by column 1, column 2; sort only if not.
    let order: Uint32Array | undefined;
    for (let i = 1; i < n; i++) {
      if (compareRows(c, i - 1, i) > 0) {
        order = Uint32Array.from({ length: n }, (_, j) => j).sort((a, b) => compareRows(c, a, b));
        break;
      }
    }
    const at = (i: number): number => (order ? order[i]! : i);
    const col2 = new Uint32Array(n);
    const modifier = new Uint8Array(n);
    const source = new Uint16Array(n);
    const effective = new Uint32Array(n);
    const deleted = new Uint32Array(n);
    let dated = false;
    const heads: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < n; i++) {
      const j = at(i);
      const k1 = c.k1[j]!;
      if (heads.length === 0 || heads[heads.length - 1] !== k1) {
        heads.push(k1);
        starts.push(i);
      }
      col2[i] = c.k2[j]!;
      modifier[i] = c.mod[j]!;
      source[i] = c.src[j]!;
      effective[i] = c.eff[j]!;
      deleted[i] = c.del[j]!;
      if (effective[i] !== 0 || deleted[i] !== OPEN_END) dated = true;
    }
    starts.push(n);
    const put = this.#db.prepare('INSERT INTO ptp_packed (part, data) VALUES (?, ?)');
    const blob = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    put.run('col1', blob(Uint32Array.from(heads)));
    put.run('start', blob(Uint32Array.from(starts)));
    put.run('col2', blob(col2));
    put.run('modifier', blob(modifier));
    put.run('source', blob(source));
    // An undated table (every row without dates) needs no date arrays.
    if (dated) {
      put.run('effective', blob(effective));
      put.run('deleted', blob(deleted));
    }
  }
}

interface Columns {
  k1: Uint32Array;
  k2: Uint32Array;
  eff: Uint32Array;
  del: Uint32Array;
  mod: Uint8Array;
  src: Uint16Array;
}

function compareRows(c: Columns, a: number, b: number): number {
  return c.k1[a]! - c.k1[b]! || c.k2[a]! - c.k2[b]! || c.eff[a]! - c.eff[b]!;
}

function grow(c: Columns): Columns {
  const size = Math.max(1024, c.k1.length * 2);
  const g = <T extends Uint32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  return {
    k1: g(c.k1, (n) => new Uint32Array(n)),
    k2: g(c.k2, (n) => new Uint32Array(n)),
    eff: g(c.eff, (n) => new Uint32Array(n)),
    del: g(c.del, (n) => new Uint32Array(n)),
    mod: g(c.mod, (n) => new Uint8Array(n)),
    src: g(c.src, (n) => new Uint16Array(n)),
  };
}
