/**
 * @module search/quality-tables
 * Per query, one table per query word: for every surface word of the index, how well the query
 * word matches it (0 when not at all). Filling a table costs one write per word the query word
 * accepts (its forms, the words it begins, its typo neighbours); afterwards matching a term word
 * is one array read, which is what the engine does millions of times a second. Tables are
 * reused across queries and only the entries a query wrote are cleared.
 */
import type { QueryPlan, WordMatcher } from './query-plan.ts';
import { prefixQuality, QUALITY } from './score.ts';
import type { SearchIndex } from './search-index.ts';

export class QualityTables {
  readonly #index: SearchIndex;
  readonly #tables: Float32Array[] = [];
  /** Surface ids written in each table, to clear them. */
  readonly #written: number[][] = [];
  #plan: QueryPlan | undefined;
  readonly #length: Uint8Array;
  readonly #volume: Uint32Array;

  constructor(index: SearchIndex, surfaceLength: Uint8Array, volume: Uint32Array) {
    this.#index = index;
    this.#length = surfaceLength;
    this.#volume = volume;
  }

  /** The table of a word matcher of the prepared plan. */
  table(m: WordMatcher): Float32Array {
    return this.#tables[m.id]!;
  }

  /** Fills the tables for `plan` (nothing to do when it is the plan already prepared). */
  prepare(plan: QueryPlan): void {
    if (plan === this.#plan) return;
    this.#clear();
    this.#plan = plan;
    for (const slot of plan.slots) for (const alt of slot.alts) for (const m of alt.words) this.#fill(m);
  }

  #clear(): void {
    for (const [k, ids] of this.#written.entries()) {
      const t = this.#tables[k]!;
      for (const id of ids) t[id] = 0;
      ids.length = 0;
    }
    this.#plan = undefined;
  }

  #fill(m: WordMatcher): void {
    while (this.#tables.length <= m.id) {
      this.#tables.push(new Float32Array(this.#index.surfaces.length));
      this.#written.push([]);
    }
    const t = this.#tables[m.id]!;
    const written = this.#written[m.id]!;
    const set = (id: number, q: number): void => {
      if (q <= t[id]!) return;
      if (t[id] === 0) written.push(id);
      t[id] = q;
    };
    const d = this.#index.data;
    for (let r = 0; r < m.ranges.length; r += 2) {
      for (let id = m.ranges[r]!; id < m.ranges[r + 1]!; id++)
        set(
          id,
          prefixQuality(m.text.length, this.#length[id]!, this.#volume[id]! / m.rangeTop) * m.prefixWeight,
        );
    }
    for (const id of m.fuzzy) set(id, QUALITY.typo);
    for (const id of m.variants) set(id, QUALITY.variant);
    if (m.stem >= 0) {
      for (let i = d.stemSurfaceStart[m.stem]!; i < d.stemSurfaceStart[m.stem + 1]!; i++) {
        const id = d.stemSurfaces[i]!;
        set(id, id === m.surface ? QUALITY.exact : QUALITY.plural);
      }
    }
  }
}
