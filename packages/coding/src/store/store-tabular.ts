/**
 * @module store/store-tabular
 * The Tabular interface over the installed code sets. Validity, billability, titles and
 * subdivisions come from the order file of the date of service (dataset icd10cm-codes, table
 * `codes`); the hierarchy's instructional notes and 7th characters from the tabular list XML
 * (dataset icd10cm-tabular, tables `nodes` and `notes`), read up the lineage of the code or of
 * its nearest ancestor the tabular list has (the XML can be older than the order file).
 */
import type { CodeSetStore } from '@medcode/codesets';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { dotted, type Tabular, type TabularEntry } from '../tabular/model.ts';

type Db = ReturnType<CodeSetStore['db']>;
interface CodeRow {
  code: string;
  billable: number;
  long: string;
}
interface NodeRow {
  key: string;
  parent: string | null;
  level: string;
}
interface NoteRow {
  broad?: boolean;
  kind: string;
  text: string;
  char: string | null;
}

/** The datasets the tabular reads: the code titles, and the tabular list's notes. */
export const TABULAR_DATASETS = { codes: 'icd10cm-codes', notes: 'icd10cm-tabular' } as const;

export class StoreTabular implements Tabular {
  readonly release: string;
  readonly #codes: Db;
  readonly #tab: Db | undefined;
  readonly #cache = new Map<string, TabularEntry | null>();
  readonly #q;

  constructor(store: CodeSetStore, on?: string) {
    const codes = store.releaseOn(TABULAR_DATASETS.codes, on);
    if (!codes)
      throw new MedcodeError(
        ERROR_CODES.NOT_INSTALLED,
        'icd10cm-codes is not installed: run `medcode setup`',
      );
    const tab = store.releaseOn(TABULAR_DATASETS.notes, on);
    this.#codes = store.db(codes.release.id);
    this.#tab = tab ? store.db(tab.release.id) : undefined;
    this.release = `${codes.release.id}${tab ? `, notes ${tab.release.id}` : ''}`;
    this.#q = {
      code: this.#codes.prepare('SELECT code, billable, long FROM codes WHERE code = ?'),
      below: this.#codes.prepare(
        'SELECT code FROM codes WHERE code > ? AND code < ? AND length(code) = ? ORDER BY ord',
      ),
      node: this.#tab?.prepare('SELECT key, parent, level FROM nodes WHERE key = ?'),
      notes: this.#tab?.prepare('SELECT kind, text, char FROM notes WHERE node = ? ORDER BY seq'),
    };
  }

  get(raw: string): TabularEntry | undefined {
    const c = raw.replace('.', '').replace(/-+$/, '').toUpperCase();
    const hit = this.#cache.get(c);
    if (hit !== undefined) return hit ?? undefined;
    const e = this.#build(c);
    this.#cache.set(c, e ?? null);
    return e;
  }

  readonly #lineage = new Map<string, NoteRow[]>();
  readonly #notesOf = new Map<string, NoteRow[]>();
  /** Tabular nodes read so far (null: no such node); the codes of a batch share their ancestors. */
  readonly #nodes = new Map<string, NodeRow | null>();

  #node(key: string): NodeRow | undefined {
    const hit = this.#nodes.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const n = this.#q.node!.get(key) as NodeRow | undefined;
    this.#nodes.set(key, n ?? null);
    return n;
  }

  #nodeNotes(n: NodeRow): NoteRow[] {
    let list = this.#notesOf.get(n.key);
    if (!list) {
      const broad = n.level === 'chapter' || n.level === 'section';
      list = (this.#q.notes!.all(n.key) as NoteRow[]).map((row) => (broad ? { ...row, broad } : row));
      this.#notesOf.set(n.key, list);
    }
    return list;
  }

  #lineageNotes(c: string): NoteRow[] {
    if (!this.#q.node || !this.#q.notes) return [];
    const hit = this.#lineage.get(c);
    if (hit) return hit;
    // The nearest ancestor the tabular list has (7th-character codes and newer codes are not nodes).
    let key = c;
    let n = this.#node(key);
    while (!n && key.length > 3) {
      key = key.slice(0, -1);
      n = this.#node(key);
    }
    const out: NoteRow[] = [];
    while (n) {
      out.push(...this.#nodeNotes(n));
      n = n.parent ? this.#node(n.parent) : undefined;
    }
    this.#lineage.set(c, out);
    return out;
  }

  #build(c: string): TabularEntry | undefined {
    const row = this.#q.code.get(c) as CodeRow | undefined;
    if (!row) return undefined;
    // A 7-character code that is a node of its own (G71.0340) reads its own notes first; one made
    // with a 7th character (T78.40XA) is no node, and the walk finds its nearest ancestor.
    const notes = this.#lineageNotes(c);
    const of = (kind: string): string[] => notes.filter((n) => n.kind === kind).map((n) => n.text);
    // Inclusion terms are the code's own: only a node of this very code has them.
    const own = this.#q.node ? this.#node(c) : undefined;
    const inclusionTerms = own
      ? this.#nodeNotes(own)
          .filter((n) => n.kind === 'inclusionTerms')
          .map((n) => n.text)
      : [];
    const seventhDefs = notes.filter((n) => n.kind === 'sevenChrDef' && n.char !== null);
    const seventh =
      seventhDefs.length > 0 ? Object.fromEntries(seventhDefs.map((n) => [n.char!, n.text])) : undefined;
    // A billable code has no subdivisions to read (and a category can have a thousand below it).
    const below =
      row.billable === 1
        ? []
        : (this.#q.below.all(c, `${c}~`, c.length + 1) as { code: string }[]).map((r) => r.code);
    // Subdivisions: the next character only; with 7th characters defined, the 7-character
    // codes are reached through the 7th-character step, not as subdivisions.
    const next = below.filter((x) => x.length === c.length + 1 && !(seventh && x.length === 7));
    return {
      code: dotted(c),
      description: row.long,
      billable: row.billable === 1,
      children: next.map(dotted),
      excludes1: of('excludes1'),
      excludes2: of('excludes2'),
      codeFirst: of('codeFirst'),
      useAdditionalCode: of('useAdditionalCode'),
      codeAlso: of('codeAlso'),
      broad: notes.filter((n) => n.broad).map((n) => n.text),
      ...(inclusionTerms.length > 0 ? { inclusionTerms } : {}),
      ...(seventh && c.length < 7 ? { seventh } : {}),
    };
  }
}
