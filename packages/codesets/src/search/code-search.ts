/**
 * @module search/code-search
 * The search as callers see it: a query in, hits out. A query that reads as a code prefix
 * ("E11.2", "e112", "J12") lists the codes that start with it, in code order, before any text
 * hits; everything else goes through the word engine. One-word queries whose words are very
 * common (the first letters a coder types) are answered from lists computed when the index was
 * built (see shortcuts.ts), which the engine would otherwise take a millisecond or more to rank.
 */
import type { SearchEngine } from './engine.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import type { SearchIndex } from './search-index.ts';
import type { Hit } from './top-hits.ts';
import type { SearchHit, SearchOptions } from './types.ts';

export const DEFAULT_LIMIT = 20;
/** Scores of code-prefix hits: above any word match (those stay below 1.5). */
export const CODE_EXACT_SCORE = 2;
export const CODE_PREFIX_SCORE = 1.75;

export class CodeSearch {
  readonly index: SearchIndex;
  readonly engine: SearchEngine;

  constructor(engine: SearchEngine) {
    this.engine = engine;
    this.index = engine.index;
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
    if (limit === 0 || query.trim().length === 0) return [];
    const plan = planQuery(this.index, query);
    const hits: SearchHit[] = [];
    const taken = new Set<number>();
    if (plan.codeKey !== undefined) {
      for (const doc of this.#codeDocs(plan.codeKey, limit, opts)) {
        taken.add(doc);
        const code = this.index.code(doc);
        const exact = code.toUpperCase().replace(/[^A-Z0-9]/g, '') === plan.codeKey;
        hits.push(
          this.#hit(doc, exact ? CODE_EXACT_SCORE : CODE_PREFIX_SCORE, {
            source: 'code',
            text: code,
            words: [{ query: plan.codeKey, word: code, kind: 'code' }],
          }),
        );
      }
    }
    if (hits.length < limit) {
      // After code hits, only words that all match: "E11.2" must not fill up with every "2".
      for (const h of this.rank(plan, limit, opts, hits.length === 0)) {
        if (hits.length >= limit) break;
        if (taken.has(h.doc)) continue;
        hits.push(
          this.#hit(h.doc, h.score, {
            source: this.index.termSource(h.term),
            text: this.index.termText(h.term),
            words: this.engine.explain(plan, h.term),
          }),
        );
      }
    }
    return hits;
  }

  /** The word hits of a plan, best first: from a shortcut list when one applies. */
  rank(plan: QueryPlan, limit: number, opts: SearchOptions = {}, relax = true): Hit[] {
    const fromShortcut = this.#shortcut(plan, limit, opts);
    if (fromShortcut) return fromShortcut;
    return this.engine.run(plan, {
      limit,
      relax,
      ...(opts.system !== undefined ? { system: opts.system } : {}),
    });
  }

  #shortcut(plan: QueryPlan, limit: number, opts: SearchOptions): Hit[] | undefined {
    if (plan.slots.length !== 1 || !plan.typing) return undefined;
    const i = this.index.shortcut(plan.slots[0]!.text);
    if (i < 0) return undefined;
    const d = this.index.data;
    const start = d.shortcutStart[i]!;
    const end = d.shortcutStart[i + 1]!;
    const range = opts.system ? d.systems.find((s) => s.system === opts.system) : undefined;
    if (opts.system && !range) return [];
    const out: Hit[] = [];
    for (let k = start; k < end && out.length < limit; k++) {
      const doc = d.shortcutDocs[k]!;
      if (range && (doc < range.start || doc >= range.end)) continue;
      out.push({ doc, term: d.shortcutTerms[k]!, score: d.shortcutScores[k]! });
    }
    // The stored list is the top of the full ranking; it answers only if it holds enough hits.
    return out.length >= limit ? out : undefined;
  }

  #codeDocs(key: string, limit: number, opts: SearchOptions): number[] {
    const out: number[] = [];
    for (const range of this.index.data.systems) {
      if (opts.system && range.system !== opts.system) continue;
      const [lo, hi] = this.index.codePrefixRange(range, key);
      for (let doc = lo; doc < hi && out.length < limit; doc++) out.push(doc);
    }
    return out;
  }

  #hit(doc: number, score: number, matched: SearchHit['matched']): SearchHit {
    return {
      code: this.index.code(doc),
      system: this.index.system(doc),
      description: this.index.title(doc),
      billable: this.index.billable(doc),
      score: Math.round(score * 1000) / 1000,
      matched,
    };
  }
}
