/**
 * @module icd10cm/tabular-read
 * Reading the tabular list: where a code sits (its ancestors from chapter down) and every note
 * that applies to it, inherited ones included, each tagged with the level it comes from (a note
 * under a chapter, section, category or subcategory applies to every code below it: Guidelines
 * Section I.A.10-13 define includes, inclusion terms, excludes and etiology/manifestation notes
 * for the category or code they stand under). A code with a 7th character (S00.81XA) is found
 * through its base (S00.81, placeholder X dropped: Section I.A.4-5) when a level above defines
 * that 7th character. A code the tabular list lacks has no notes: none are invented from its
 * neighbours.
 */
import type Database from 'better-sqlite3';
import type { CodeNote, NoteKind } from '../lookup/types.ts';
import { readMeta } from '../edits/read/release-db.ts';
import type { CodeSetStore } from '../store.ts';
import type { CodeRange } from './code-ranges.ts';
import { ICD10CM_DATASETS } from './datasets.ts';
import type { TabularLevel } from './tabular-parse.ts';

export interface NodeRow {
  key: string;
  id: string;
  level: TabularLevel;
  parent: string | null;
  title: string;
}

interface NoteRow {
  node: string;
  kind: NoteKind;
  text: string;
  char: string | null;
  refs: string;
}

export interface TabularPlace {
  /** The tabular node of the code, or of its base for a 7th-character code. */
  node: NodeRow;
  /** Chapter first, down to and including `node`. */
  lineage: NodeRow[];
  /** The 7th character, when the code was found through its base. */
  seventh?: string;
}

/** A note with its code references parsed (ranges the rules engine can test codes against). */
export interface TabularNote extends CodeNote {
  kind: NoteKind;
  ranges: Omit<CodeRange, 'text'>[];
}

interface Statements {
  node: Database.Statement<[string], NodeRow>;
  notes: Database.Statement<[string], NoteRow>;
  hasChildren: Database.Statement<[string], { one: number }>;
  /**
   * Nodes and their notes as read so far (the release is read-only): the chapters, sections and
   * categories above a code are shared by thousands of codes, and a batch reads each once.
   */
  nodes: Map<string, NodeRow | null>;
  noteRows: Map<string, ParsedNote[]>;
  /** Nodes asked for that were not in `nodes` yet (SQLite reads). */
  reads: number;
  /**
   * Once a batch has read this many nodes one by one, the whole list is read at once (tens of
   * thousands of rows, a few tens of milliseconds): from then on every answer is in memory,
   * where a code at a time costs a query per level. A single lookup (`codes show`) stays a few
   * queries.
   */
  whole: { parents: Set<string> } | undefined;
}

const READ_WHOLE_AFTER = 256;

/** A note row with its references parsed. */
interface ParsedNote {
  kind: NoteKind;
  text: string;
  char: string | null;
  refs: CodeRange[];
}

const cache = new WeakMap<Database.Database, Statements>();

function stmts(db: Database.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      node: db.prepare('SELECT key, id, level, parent, title FROM nodes WHERE key = ?'),
      notes: db.prepare('SELECT node, kind, text, char, refs FROM notes WHERE node = ? ORDER BY seq'),
      hasChildren: db.prepare('SELECT 1 AS one FROM nodes WHERE parent = ? LIMIT 1'),
      nodes: new Map(),
      noteRows: new Map(),
      reads: 0,
      whole: undefined,
    };
    cache.set(db, s);
  }
  return s;
}

export interface TabularSource {
  db: Database.Database;
  /** The tabular list's own year ("2023"). */
  version: string;
  releaseId: string;
}

/**
 * The tabular list to read notes from for a date: the one in force, else the newest before the
 * date, else the oldest. Notes of a later year are never on hand before they exist.
 */
export function tabularSource(store: CodeSetStore, on?: string): TabularSource | undefined {
  const choice = store.releaseOn(ICD10CM_DATASETS.tabular, on);
  if (!choice) return undefined;
  const db = store.db(choice.release.id);
  // The list's own year, from its meta table (read once per read-only handle).
  const version = readMeta(db, 'version') ?? choice.release.version;
  return { db, version, releaseId: choice.release.id };
}

const parsed = (r: NoteRow): ParsedNote => ({
  kind: r.kind,
  text: r.text,
  char: r.char,
  refs: JSON.parse(r.refs) as CodeRange[],
});

/** Every node and note of the list into the maps (see `Statements.whole`). */
function readWhole(db: Database.Database, s: Statements): void {
  const parents = new Set<string>();
  for (const n of db.prepare<[], NodeRow>('SELECT key, id, level, parent, title FROM nodes').iterate()) {
    if (!s.nodes.get(n.key)) s.nodes.set(n.key, n);
    if (n.parent !== null) parents.add(n.parent);
  }
  const notes = new Map<string, ParsedNote[]>();
  for (const r of db
    .prepare<[], NoteRow>('SELECT node, kind, text, char, refs FROM notes ORDER BY node, seq')
    .iterate()) {
    const list = notes.get(r.node);
    if (list) list.push(parsed(r));
    else notes.set(r.node, [parsed(r)]);
  }
  for (const [key, list] of notes) if (!s.noteRows.has(key)) s.noteRows.set(key, list);
  s.whole = { parents };
}

/** Whether this handle has read the whole list (see `Statements.whole`); for tests and diagnostics. */
export const readsWhole = (db: Database.Database): boolean => stmts(db).whole !== undefined;

function nodeOf(s: Statements, key: string, db: Database.Database): NodeRow | undefined {
  let n = s.nodes.get(key);
  if (n === undefined) {
    if (s.whole) return undefined;
    if (++s.reads > READ_WHOLE_AFTER) {
      readWhole(db, s);
      return s.nodes.get(key) ?? undefined;
    }
    n = s.node.get(key) ?? null;
    s.nodes.set(key, n);
  }
  return n ?? undefined;
}

function notesOf(s: Statements, key: string): ParsedNote[] {
  let rows = s.noteRows.get(key);
  if (rows === undefined) {
    rows = s.whole ? [] : s.notes.all(key).map(parsed);
    s.noteRows.set(key, rows);
  }
  return rows;
}

function hasChildren(s: Statements, key: string): boolean {
  return s.whole ? s.whole.parents.has(key) : s.hasChildren.get(key) !== undefined;
}

function lineageOf(db: Database.Database, node: NodeRow): NodeRow[] {
  const out = [node];
  let cur = node;
  while (cur.parent !== null) {
    const up = nodeOf(stmts(db), cur.parent, db);
    if (!up) break;
    out.unshift(up);
    cur = up;
  }
  return out;
}

/** Where canonical `code` (no dot) sits in the tabular list, or undefined when it is not there. */
export function locate(db: Database.Database, code: string): TabularPlace | undefined {
  const s = stmts(db);
  const exact = nodeOf(s, code, db);
  if (exact) return { node: exact, lineage: lineageOf(db, exact) };
  if (code.length !== 7) return undefined;
  const seventh = code.charAt(6);
  let base = code.slice(0, 6);
  let node = nodeOf(s, base, db);
  while (!node && base.endsWith('X')) {
    base = base.slice(0, -1);
    node = nodeOf(s, base, db);
  }
  // Only a code takes a 7th character (Section I.A.2): a base with subdivisions is no base.
  if (!node || hasChildren(s, node.key)) return undefined;
  const lineage = lineageOf(db, node);
  const defined = lineage.some((n) =>
    notesOf(s, n.key).some((x) => x.kind === 'sevenChrDef' && x.char === seventh),
  );
  return defined ? { node, lineage, seventh } : undefined;
}

/** The level a note's node has, seen from the code asked about. */
function levelFrom(n: NodeRow, place: TabularPlace): CodeNote['from']['level'] {
  if (n.key === place.node.key && place.seventh === undefined) return n.level;
  return n.level === 'code' ? 'subcategory' : n.level;
}

/** Every note that applies at `place`, top level first, each tagged with its level. */
export function notesAt(db: Database.Database, place: TabularPlace): TabularNote[] {
  const out: TabularNote[] = [];
  const s = stmts(db);
  for (const n of place.lineage) {
    for (const row of notesOf(s, n.key)) {
      const refs = row.refs;
      out.push({
        kind: row.kind,
        text: row.text,
        from: { level: levelFrom(n, place), id: n.id },
        ...(refs.length > 0 ? { refs: refs.map((r) => r.text) } : {}),
        ...(row.char !== null ? { char: row.char } : {}),
        ranges: refs.map(({ from, to }) => ({ from, to })),
      });
    }
  }
  return out;
}

/** Notes grouped by kind, as `codes show` prints them. */
export function groupNotes(notes: readonly TabularNote[]): Partial<Record<NoteKind, CodeNote[]>> {
  const out: Partial<Record<NoteKind, CodeNote[]>> = {};
  for (const { kind, ranges: _r, ...note } of notes) {
    const list = out[kind];
    if (list) list.push(note);
    else out[kind] = [note];
  }
  return out;
}
