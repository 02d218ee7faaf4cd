/**
 * @module search/shortcuts
 * Answers computed at build time for one-word queries still being typed whose words occur in
 * very many terms ("d", "di", "fra", "left"): ranking them means scoring thousands of terms,
 * while the answer depends on nothing but the word. Each answer is the engine's own ranking of
 * that query (run here with no shortcut), cut to SHORTCUT_HITS, so answers are identical with or
 * without shortcuts; a query asking for more hits than are stored goes to the engine.
 */
import { SearchEngine } from './engine.ts';
import type { SearchIndexData } from './index-data.ts';
import { planQuery } from './query-plan.ts';
import { SearchIndex } from './search-index.ts';

/** One-word queries whose postings number at least this many get a stored answer. */
export const SHORTCUT_MIN_POSTINGS = 2500;
export const SHORTCUT_HITS = 50;

/** Every word prefix whose words hold at least `min` postings, sorted. */
export function busyPrefixes(index: SearchIndex, min: number): string[] {
  const words = index.surfaces;
  const out: string[] = [];
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  for (let len = 1; len <= longest; len++) {
    let i = 0;
    while (i < words.length) {
      if (words[i]!.length < len) {
        i++;
        continue;
      }
      const p = words[i]!.slice(0, len);
      let j = i + 1;
      while (j < words.length && words[j]!.startsWith(p)) j++;
      if (index.postingVolume(i, j) >= min) out.push(p);
      i = j;
    }
  }
  return [...new Set(out)].sort();
}

/** The index data with its shortcut answers filled in. */
export function addShortcuts(data: SearchIndexData, min = SHORTCUT_MIN_POSTINGS): SearchIndexData {
  const index = new SearchIndex(data);
  const engine = new SearchEngine(index);
  const queries: string[] = [];
  const starts: number[] = [0];
  const docs: number[] = [];
  const terms: number[] = [];
  const scores: number[] = [];
  for (const q of busyPrefixes(index, min)) {
    const plan = planQuery(index, q);
    // Only plans of one word still being typed are looked up as shortcuts.
    if (plan.slots.length !== 1 || plan.slots[0]!.text !== q) continue;
    const hits = engine.run(plan, { limit: SHORTCUT_HITS });
    queries.push(q);
    for (const h of hits) {
      docs.push(h.doc);
      terms.push(h.term);
      scores.push(h.score);
    }
    starts.push(docs.length);
  }
  return {
    ...data,
    shortcutText: new TextEncoder().encode(queries.join('\n')),
    shortcutStart: Uint32Array.from(starts),
    shortcutDocs: Uint32Array.from(docs),
    shortcutTerms: Uint32Array.from(terms),
    shortcutScores: Float64Array.from(scores),
  };
}
