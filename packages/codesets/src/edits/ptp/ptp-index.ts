/**
 * @module edits/ptp/ptp-index
 * The PTP tables in memory, for the claim checker's hot loop (~100k pair lookups a second):
 * `ptpIndex(store, on)` loads, for every table in force on `on` (official first, then custom),
 * the packed arrays its loader wrote: the distinct column 1 codes with the start of their run,
 * then per edit the column 2 code, modifier indicator, source and (dated tables only) effective
 * and deletion days. Codes are base-36 integers (code-key.ts). A lookup is one Map probe on
 * column 1 and a binary search over that code's column 2 run (a few hundred entries at most),
 * with no allocation on a miss. Loading 1.5 million pairs takes milliseconds, not the seconds a
 * row-by-row read takes (bench/ptp-index.bench.ts measures both).
 */
import type Database from 'better-sqlite3';
import { ERROR_CODES, type HcpcsCode, MedcodeError } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { type TableEvidence, tableEvidence } from '../evidence.ts';
import { dayNumber } from '../read/dates.ts';
import { codeKey } from './code-key.ts';
import { type ModifierIndicator, OPEN_END } from './ptp-schema.ts';
import { type PtpOptions, type PtpTable, ptpTables } from './ptp-sources.ts';

/** Row numbers of `PtpIndex.rowOf`: table ordinal × this + row (a table holds far fewer rows). */
const ROWS_PER_TABLE = 2 ** 32;

/**
 * A 32-bit mix of an unordered pair of code keys (for the pair filter): k1/k2 and k2/k1 hash
 * alike, so one filter read answers a pair of lines in both orders.
 */
function pairHash(k1: number, k2: number): number {
  const lo = Math.min(k1, k2);
  const hi = Math.max(k1, k2);
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** One table's packed edits. */
export class PtpTableIndex {
  readonly table: PtpTable;
  readonly #slot = new Map<number, number>();
  #lastK1 = -1;
  #lastSlot: number | undefined;
  readonly #start: Uint32Array;
  readonly #col2: Uint32Array;
  readonly #modifier: Uint8Array;
  readonly #source: Uint16Array;
  readonly #effective: Uint32Array | undefined;
  readonly #deleted: Uint32Array | undefined;
  readonly #texts: Map<number, string>;
  /**
   * A one-hash Bloom filter of the pairs (about 20 bits a pair): most probes on a claim are of
   * pairs no table has, and the filter answers those with one memory read, where the binary
   * search over the column-2 array (megabytes, read at random) costs several cache misses.
   */
  readonly #filter: Int32Array;
  readonly #filterShift: number;
  // The last pair the filter ruled out, in either order: a claim's lines are probed both ways,
  // one after the other, and the second probe is then answered without reading the filter.
  #noA = -1;
  #noB = -1;

  constructor(table: PtpTable) {
    this.table = table;
    const parts = readPacked(table.db);
    const col1 = u32(parts, 'col1');
    for (let i = 0; i < col1.length; i++) this.#slot.set(col1[i]!, i);
    this.#start = u32(parts, 'start');
    this.#col2 = u32(parts, 'col2');
    this.#modifier = new Uint8Array(bytes(parts, 'modifier'));
    this.#source = new Uint16Array(bytes(parts, 'source'));
    this.#effective = parts.has('effective') ? u32(parts, 'effective') : undefined;
    this.#deleted = parts.has('deleted') ? u32(parts, 'deleted') : undefined;
    const texts = table.db.prepare('SELECT id, text FROM ptp_text').all() as { id: number; text: string }[];
    this.#texts = new Map(texts.map((t) => [t.id, t.text]));
    const bits = Math.max(10, Math.ceil(Math.log2(Math.max(1, this.#col2.length) * 20)));
    this.#filterShift = 32 - bits;
    this.#filter = new Int32Array(2 ** (bits - 5));
    const start = this.#start;
    for (let s = 0; s < col1.length; s++)
      for (let i = start[s]!; i < start[s + 1]!; i++) {
        const h = pairHash(col1[s]!, this.#col2[i]!) >>> this.#filterShift;
        this.#filter[h >>> 5]! |= 1 << (h & 31);
      }
  }

  get size(): number {
    return this.#col2.length;
  }

  /** Position of the edit k1/k2 in force on `day` (CCYYMMDD), or -1. */
  find(k1: number, k2: number, day: number): number {
    if (k1 === this.#noB && k2 === this.#noA) return -1;
    const h = pairHash(k1, k2) >>> this.#filterShift;
    if ((this.#filter[h >>> 5]! & (1 << (h & 31))) === 0) {
      this.#noA = k1;
      this.#noB = k2;
      return -1;
    }
    // A claim's pairs are probed column 1 by column 1: its slot is found once per run of them.
    let slot: number | undefined;
    if (k1 === this.#lastK1) slot = this.#lastSlot;
    else {
      slot = this.#slot.get(k1);
      this.#lastK1 = k1;
      this.#lastSlot = slot;
    }
    if (slot === undefined) return -1;
    let lo = this.#start[slot]!;
    let hi = this.#start[slot + 1]!;
    const col2 = this.#col2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (col2[mid]! < k2) lo = mid + 1;
      else hi = mid;
    }
    const eff = this.#effective;
    const del = this.#deleted;
    if (!eff || !del) return lo < col2.length && col2[lo] === k2 ? lo : -1;
    // A dated pair may have several rows (deleted, then added again): the one in force.
    for (let i = lo; i < col2.length && col2[i] === k2; i++) {
      if (eff[i]! <= day && day <= del[i]!) return i;
    }
    return -1;
  }

  modifierAt(i: number): ModifierIndicator {
    return this.#modifier[i] as ModifierIndicator;
  }

  sourceAt(i: number): string {
    const id = this.#source[i]!;
    return id === 0 ? this.table.sourceLabel : (this.#texts.get(id) ?? this.table.sourceLabel);
  }

  effectiveAt(i: number): number {
    return this.#effective?.[i] ?? 0;
  }

  deletedAt(i: number): number {
    return this.#deleted?.[i] ?? OPEN_END;
  }
}

export interface PtpHit {
  column1: HcpcsCode;
  column2: HcpcsCode;
  modifierIndicator: ModifierIndicator;
  applies: boolean;
  bypassable: boolean;
  source: string;
  official: boolean;
  /** Table, release and the edit's values; ptpPair gives the full row with rationale and line. */
  evidence: TableEvidence;
}

export class PtpIndex {
  readonly on: string;
  readonly tables: readonly PtpTableIndex[];
  readonly #day: number;
  // The last date asked for and its day number: a claim's pairs share their date of service.
  #lastOn: string | undefined;
  #lastDay = 0;

  constructor(on: string, tables: PtpTableIndex[]) {
    this.on = on;
    this.#day = dayNumber(on);
    this.tables = tables;
  }

  #dayOf(on: string | undefined): number {
    if (on === undefined) return this.#day;
    if (on !== this.#lastOn) {
      this.#lastDay = dayNumber(on);
      this.#lastOn = on;
    }
    return this.#lastDay;
  }

  /** Edits held, all tables together. */
  get size(): number {
    return this.tables.reduce((n, t) => n + t.size, 0);
  }

  /**
   * The modifier indicator of column1/column2 (0, 1 or 9), or -1 when no table has the pair.
   * `on` (YYYY-MM-DD) defaults to the index's date. Allocation-free: the hot path.
   */
  modifierIndicator(column1: string, column2: string, on?: string): ModifierIndicator | -1 {
    const row = this.rowOf(column1, column2, on);
    return row < 0 ? -1 : this.tables[Math.floor(row / ROWS_PER_TABLE)]!.modifierAt(row % ROWS_PER_TABLE);
  }

  /**
   * Which edit row answers for column1/column2 on the date: a number that names the table and
   * the row (the same row always gets the same number), or -1. Allocation-free, like
   * `modifierIndicator`; `hitAt` builds the edit of a row.
   */
  rowOf(column1: string, column2: string, on?: string): number {
    const k1 = codeKey(column1);
    const k2 = codeKey(column2);
    if (k1 < 0 || k2 < 0) return -1;
    const day = this.#dayOf(on);
    for (let n = 0; n < this.tables.length; n++) {
      const i = this.tables[n]!.find(k1, k2, day);
      if (i >= 0) return n * ROWS_PER_TABLE + i;
    }
    return -1;
  }

  /** The edit of a row `rowOf` named, with its source and evidence. */
  hitAt(row: number, column1: HcpcsCode, column2: HcpcsCode): PtpHit {
    const t = this.tables[Math.floor(row / ROWS_PER_TABLE)];
    if (t === undefined) throw new MedcodeError(ERROR_CODES.BUG, `no PTP table holds row ${row}`);
    const i = row % ROWS_PER_TABLE;
    const modifier = t.modifierAt(i);
    const source = t.sourceAt(i);
    const eff = t.effectiveAt(i);
    const del = t.deletedAt(i);
    const fields: Record<string, string | number | null> = {
      'Column 1': column1,
      'Column 2': column2,
      'Effective Date': eff === 0 ? null : String(eff),
      'Deletion Date': del === OPEN_END ? '*' : String(del),
      Modifier: modifier,
    };
    if (!t.table.official) fields.Source = source;
    return {
      column1,
      column2,
      modifierIndicator: modifier,
      applies: modifier !== 9,
      bypassable: modifier === 1,
      source,
      official: t.table.official,
      evidence: tableEvidence(t.table, fields),
    };
  }

  /** The edit for column1/column2 with its source and evidence, or undefined. */
  lookup(column1: HcpcsCode, column2: HcpcsCode, on?: string): PtpHit | undefined {
    const row = this.rowOf(column1, column2, on);
    return row < 0 ? undefined : this.hitAt(row, column1, column2);
  }
}

/** Loads every PTP table in force on `on` (see PtpOptions) into memory. */
export function ptpIndex(store: CodeSetStore, on: string, opts: PtpOptions = {}): PtpIndex {
  return new PtpIndex(
    on,
    ptpTables(store, on, opts).map((t) => new PtpTableIndex(t)),
  );
}

function readPacked(db: Database.Database): Map<string, Buffer> {
  const rows = db.prepare('SELECT part, data FROM ptp_packed').all() as { part: string; data: Buffer }[];
  return new Map(rows.map((r) => [r.part, r.data]));
}

/** A packed part as a standalone ArrayBuffer (copied when SQLite's buffer is a view into a larger one). */
function bytes(parts: Map<string, Buffer>, name: string): ArrayBuffer {
  const b = parts.get(name);
  if (!b)
    throw new MedcodeError(
      ERROR_CODES.NOT_INSTALLED,
      `the PTP table has no packed ${name} part: reinstall it with \`medcode setup\``,
    );
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength) return b.buffer as ArrayBuffer;
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function u32(parts: Map<string, Buffer>, name: string): Uint32Array {
  return new Uint32Array(bytes(parts, name));
}
