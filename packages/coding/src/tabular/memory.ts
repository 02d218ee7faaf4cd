/**
 * @module tabular/memory
 * A Tabular held in memory, built from plain rows: each code with its parent and its own
 * notes. Inherited notes and 7th characters are gathered from the parents here; codes with a
 * 7th character are answered from their 6-character base when the order file is not given.
 */
import { dotted, type Tabular, type TabularEntry } from './model.ts';

export interface TabularRow {
  code: string;
  description: string;
  parent?: string;
  /** From the order file when known; otherwise a leaf is billable. */
  billable?: boolean;
  excludes1?: string[];
  excludes2?: string[];
  codeFirst?: string[];
  useAdditionalCode?: string[];
  codeAlso?: string[];
  /** Its own inclusion terms. */
  inclusionTerms?: string[];
  seventh?: Record<string, string>;
}

type NoteKey = 'excludes1' | 'excludes2' | 'codeFirst' | 'useAdditionalCode' | 'codeAlso';
const NOTE_KEYS: readonly NoteKey[] = [
  'excludes1',
  'excludes2',
  'codeFirst',
  'useAdditionalCode',
  'codeAlso',
];

export class MemoryTabular implements Tabular {
  readonly release: string;
  readonly #rows = new Map<string, TabularRow>();
  readonly #children = new Map<string, string[]>();
  readonly #cache = new Map<string, TabularEntry | null>();

  constructor(release: string, rows: Iterable<TabularRow>) {
    this.release = release;
    for (const r of rows) {
      const code = dotted(r.code);
      this.#rows.set(code, { ...r, code });
      if (r.parent) {
        const p = dotted(r.parent);
        const list = this.#children.get(p) ?? [];
        list.push(code);
        this.#children.set(p, list);
      }
    }
  }

  #chain(code: string): TabularRow[] {
    const out: TabularRow[] = [];
    for (let r = this.#rows.get(code); r; r = r.parent ? this.#rows.get(dotted(r.parent)) : undefined)
      out.push(r);
    return out;
  }

  get(raw: string): TabularEntry | undefined {
    const code = dotted(raw);
    const hit = this.#cache.get(code);
    if (hit !== undefined) return hit ?? undefined;
    const entry = this.#build(code);
    this.#cache.set(code, entry ?? null);
    return entry;
  }

  #build(code: string): TabularEntry | undefined {
    const row = this.#rows.get(code);
    if (!row) return this.#withSeventh(code);
    const chain = this.#chain(code);
    const notes = Object.fromEntries(NOTE_KEYS.map((k) => [k, chain.flatMap((r) => r[k] ?? [])])) as Record<
      NoteKey,
      string[]
    >;
    const seventh = chain.find((r) => r.seventh)?.seventh;
    const children = this.#children.get(code) ?? [];
    const billable = row.billable ?? (children.length === 0 && !seventh);
    return {
      code,
      description: row.description,
      billable,
      children,
      ...notes,
      ...(row.inclusionTerms ? { inclusionTerms: row.inclusionTerms } : {}),
      ...(seventh ? { seventh } : {}),
    };
  }

  /** "S72.001A": the base "S72.001" with its inherited 7th character "A". */
  #withSeventh(code: string): TabularEntry | undefined {
    const bare = code.replace('.', '');
    if (bare.length !== 7) return undefined;
    const ch = bare[6]!;
    let base = bare.slice(0, 6);
    while (base.endsWith('X')) base = base.slice(0, -1);
    const b = this.get(base);
    const meaning = b?.seventh?.[ch];
    if (!b || meaning === undefined || b.children.length > 0) return undefined;
    const { seventh: _s, ...rest } = b;
    return { ...rest, code, description: `${b.description}, ${meaning}`, billable: true, children: [] };
  }
}
