/**
 * @module search/engine
 * Runs a query plan over the index. Candidates come from the posting lists of the slot that is
 * cheapest to enumerate (fewest postings); every other slot is checked against the candidate
 * term's own words, which is a short scan. Terms are numbered fewest-essential-words first, so
 * along a posting list the best score a term could still reach only falls: once the top hits
 * are full and that bound drops below the weakest of them, the rest of the list is skipped.
 * Each list holds first the terms where its word counts towards coverage, then those where it
 * only qualifies ("encounter" in "…, subsequent encounter"): the second part can cover one word
 * fewer, so its bound is lower and it is mostly skipped.
 *
 * When (almost) no document matches every word, a relaxed pass lets one word (two, for five or
 * more words) go unmatched, at a penalty, so a long query with one stray word still finds its
 * codes. Its work is capped: it serves a query gone astray, not the ranking.
 */
import type { CodeSystem } from '@medcode/domain';
import {
  CODE_WIDTH,
  TERM_SOURCES,
  WORD_NONESSENTIAL,
  WORD_SHIFT,
  WORD_STOP,
  WORD_VARIANT,
} from './index-data.ts';
import type { QueryPlan, Slot, WordMatcher } from './query-plan.ts';
import {
  CODE_LENGTH_STEP,
  COMPLETE_BONUS,
  COVERAGE_FLOOR,
  EXACT_BONUS,
  MISS_PENALTY,
  NON_BILLABLE_WEIGHT,
  OPTIONAL_BONUS,
  QUALITY,
  SOURCE_WEIGHT,
  TYPING_OPTIONAL_BONUS,
} from './score.ts';
import { QualityTables } from './quality-tables.ts';
import type { SearchIndex } from './search-index.ts';
import { type Hit, TopHits } from './top-hits.ts';
import type { MatchedWord, MatchKind } from './types.ts';

/**
 * Words of a term checked against a query: more than the longest title of any code set (HCPCS
 * G0556, about 700 words), so that every word of every title can be asked for.
 */
const MAX_TERM_WORDS = 1024;
/** The relaxed pass runs when the strict one found fewer hits than this. */
const RELAX_BELOW = 1;
/** Most terms the relaxed pass looks at: it serves a query gone astray, and must stay quick. */
const RELAX_BUDGET = 4000;

export interface RunOptions {
  limit: number;
  system?: CodeSystem;
  /** Whether a relaxed pass may fill a short list (default true). */
  relax?: boolean;
}

export class SearchEngine {
  readonly index: SearchIndex;
  readonly #top: TopHits;
  readonly #seen: Uint32Array;
  #seenEpoch = 0;
  readonly #mark = new Uint32Array(MAX_TERM_WORDS);
  #markEpoch = 0;
  readonly #surfaceLength: Uint8Array;
  /** How many terms hold each surface word. */
  readonly #volume: Uint32Array;
  readonly #sourceWeight: Float64Array;
  readonly #quality: QualityTables;
  /** Billable weight times the code-length prior, per document. */
  readonly #docWeight: Float64Array;
  // Positions chosen by the alternative being tried, and by the best one so far.
  readonly #tryPos = new Int32Array(32);
  readonly #bestPos = new Int32Array(32);
  #bestCount = 0;
  // The slot being evaluated for explanation (set only while explaining).
  #explain: MatchedWord[] | undefined;

  constructor(index: SearchIndex) {
    this.index = index;
    this.#top = new TopHits(index.docCount);
    this.#seen = new Uint32Array(index.termCount);
    this.#surfaceLength = new Uint8Array(index.surfaces.length);
    for (const [i, s] of index.surfaces.entries()) this.#surfaceLength[i] = Math.min(255, s.length);
    this.#volume = new Uint32Array(index.surfaces.length);
    for (let i = 0; i < index.surfaces.length; i++) this.#volume[i] = index.postingVolume(i, i + 1);
    this.#sourceWeight = new Float64Array(TERM_SOURCES.map((s) => SOURCE_WEIGHT[s]));
    this.#quality = new QualityTables(index, this.#surfaceLength, this.#volume);
    this.#docWeight = new Float64Array(index.docCount);
    for (let doc = 0; doc < index.docCount; doc++) {
      let len = 0;
      while (len < CODE_WIDTH && index.data.docCodeKeys[doc * CODE_WIDTH + len] !== 0) len++;
      this.#docWeight[doc] =
        (index.billable(doc) ? 1 : NON_BILLABLE_WEIGHT) * (1 - CODE_LENGTH_STEP * Math.max(0, len - 3));
    }
  }

  /** The best documents for the plan's words, best first. */
  run(plan: QueryPlan, opts: RunOptions): Hit[] {
    const required = plan.slots.filter((s) => !s.optional);
    if (required.length === 0 || opts.limit <= 0) return [];
    this.#top.reset(opts.limit);
    this.#quality.prepare(plan);
    const byCost = [...required].sort((a, b) => a.cost - b.cost);
    this.#pass(plan, byCost, 1, 0, opts, Number.POSITIVE_INFINITY);
    if (this.#top.size < Math.min(RELAX_BELOW, opts.limit) && required.length >= 2 && opts.relax !== false) {
      const misses = required.length >= 5 ? 2 : 1;
      this.#pass(plan, byCost, misses + 1, misses, opts, RELAX_BUDGET);
    }
    return this.#top.drain();
  }

  /** How each query word matched the given term (for showing a hit). */
  explain(plan: QueryPlan, term: number): MatchedWord[] {
    const out: MatchedWord[] = [];
    this.#quality.prepare(plan);
    this.#explain = out;
    try {
      this.#scoreTerm(plan, term, plan.slots.length);
    } finally {
      this.#explain = undefined;
    }
    return out;
  }

  /** Scores one term against a plan (-1 when it does not match): for tests and shortcuts. */
  scoreTerm(plan: QueryPlan, term: number, allowMisses = 0): number {
    this.#quality.prepare(plan);
    return this.#scoreTerm(plan, term, allowMisses);
  }

  /**
   * Scores the terms of the first `drivers` slots of `byCost` (cheapest first) that fill all
   * but `allowMisses` of the required slots, looking at `budget` terms at most.
   */
  #pass(
    plan: QueryPlan,
    byCost: Slot[],
    drivers: number,
    allowMisses: number,
    opts: RunOptions,
    budget: number,
  ): void {
    const d = this.index.data;
    const range = opts.system ? this.index.data.systems.find((s) => s.system === opts.system) : undefined;
    if (opts.system && !range) return;
    const docLo = range ? range.start : 0;
    const docHi = range ? range.end : this.index.docCount;
    // Stamps, not flags, so nothing is cleared between queries; reset before they wrap around.
    if (this.#seenEpoch === 0xffffffff) {
      this.#seen.fill(0);
      this.#seenEpoch = 0;
    }
    const epoch = ++this.#seenEpoch;
    const M = plan.maxPositions;
    const Q = plan.maxQuality;
    const exactPossible = allowMisses === 0 && Q >= QUALITY.plural;
    let optionalMax = 0;
    for (const [i, s] of plan.slots.entries())
      if (s.optional)
        optionalMax += plan.typing && i === plan.slots.length - 1 ? TYPING_OPTIONAL_BONUS : OPTIONAL_BONUS;
    const top = this.#top;
    // The best score a term with `ess` essential words and this weight could reach when the
    // query can cover `m` of them.
    const bound = (weight: number, ess: number, m: number): number =>
      weight * Q * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * (ess <= m ? 1 : m / ess)) +
      (exactPossible && ess <= m ? weight * EXACT_BONUS + COMPLETE_BONUS : 0) +
      optionalMax;
    const lists = this.#driverLists(byCost.slice(0, drivers));
    let left = budget;
    // First the terms where a driver word counts towards coverage, then those where it only
    // qualifies: there it covers nothing, so the query can cover one word fewer.
    for (let phase = 0; phase < 2; phase++) {
      const m = phase === 0 ? M : Math.max(0, M - 1);
      for (let li = 0; li < lists.length; li += 2) {
        for (let s = lists[li]!; s < lists[li + 1]!; s++) {
          const start = phase === 0 ? d.postingStart[s]! : d.postingSplit[s]!;
          const end = phase === 0 ? d.postingSplit[s]! : d.postingStart[s + 1]!;
          for (let p = start; p < end; p++) {
            const t = d.postings[p]!;
            if (this.#seen[t] === epoch) continue;
            this.#seen[t] = epoch;
            if (--left < 0) return;
            const ess = d.termEssential[t]!;
            const threshold = top.threshold;
            if (bound(1, ess, m) < threshold) break;
            const doc = d.termDoc[t]!;
            if (doc < docLo || doc >= docHi) continue;
            const weight = this.#sourceWeight[d.termSource[t]!]! * this.#docWeight[doc]!;
            if (bound(weight, ess, m) < threshold) continue;
            if (!this.#fillsEnough(byCost, t, allowMisses)) continue;
            const score = this.#scoreTerm(plan, t, allowMisses);
            if (score >= 0) top.offer(doc, t, score);
          }
        }
      }
    }
  }

  /** A quick test, most selective slot first: does the term fill all but `allowMisses` slots? */
  #fillsEnough(byCost: Slot[], t: number, allowMisses: number): boolean {
    const d = this.index.data;
    const ws = d.termWordStart[t]!;
    const we = d.termWordStart[t + 1]!;
    let misses = 0;
    for (let si = 0; si < byCost.length; si++) {
      const alts = byCost[si]!.alts;
      let filled = false;
      for (let ai = 0; ai < alts.length && !filled; ai++) {
        const words = alts[ai]!.words;
        let all = true;
        for (let wi = 0; wi < words.length && all; wi++) {
          const m = words[wi]!;
          let found = false;
          const table = this.#quality.table(m);
          for (let i = ws; i < we && !found; i++) found = table[d.termWords[i]! >>> WORD_SHIFT]! > 0;
          all = found;
        }
        filled = all;
      }
      if (!filled && ++misses > allowMisses) return false;
    }
    return true;
  }

  /** Surface-id ranges, flat [lo, hi ...], whose postings hold every term filling a driver slot. */
  #driverLists(drivers: Slot[]): number[] {
    const d = this.index.data;
    const out: number[] = [];
    for (const slot of drivers) {
      for (const alt of slot.alts) {
        let cheapest = alt.words[0]!;
        for (const w of alt.words) if (w.cost < cheapest.cost) cheapest = w;
        if (cheapest.stem >= 0) {
          for (let i = d.stemSurfaceStart[cheapest.stem]!; i < d.stemSurfaceStart[cheapest.stem + 1]!; i++) {
            const s = d.stemSurfaces[i]!;
            out.push(s, s + 1);
          }
        }
        out.push(...cheapest.ranges);
        for (const f of cheapest.fuzzy) out.push(f, f + 1);
        for (const v of cheapest.variants) out.push(v, v + 1);
      }
    }
    return out;
  }

  #scoreTerm(plan: QueryPlan, t: number, allowMisses: number): number {
    const d = this.index.data;
    const termWords = d.termWords;
    const ws = d.termWordStart[t]!;
    const we = Math.min(d.termWordStart[t + 1]!, ws + MAX_TERM_WORDS);
    if (this.#markEpoch === 0xffffffff) {
      this.#mark.fill(0);
      this.#markEpoch = 0;
    }
    const epoch = ++this.#markEpoch;
    const explain = this.#explain;
    let qSum = 0;
    let required = 0;
    let misses = 0;
    let exact = true;
    // Every required word typed as written (no abbreviation, prefix or typo).
    let literal = true;
    let covered = 0;
    let bonus = 0;
    const slots = plan.slots;
    for (let si = 0; si < slots.length; si++) {
      const slot = slots[si]!;
      let best = 0;
      let bestAlt = -1;
      for (let ai = 0; ai < slot.alts.length; ai++) {
        const alt = slot.alts[ai]!;
        let sum = 0;
        let n = 0;
        const words = alt.words;
        for (let wi = 0; wi < words.length; wi++) {
          const table = this.#quality.table(words[wi]!);
          let q = 0;
          let at = -1;
          for (let i = ws; i < we; i++) {
            const wq = table[termWords[i]! >>> WORD_SHIFT]!;
            if (wq > q) {
              q = wq;
              at = i - ws;
              if (wq === QUALITY.exact) break;
            }
          }
          if (q === 0) break;
          sum += q;
          this.#tryPos[n++ & 31] = at;
        }
        if (n < alt.words.length) continue;
        const aq = alt.kind === 'abbreviation' ? QUALITY.abbreviation * (sum / n) : sum / n;
        if (aq > best) {
          best = aq;
          bestAlt = ai;
          this.#bestCount = Math.min(n, 32);
          for (let k = 0; k < this.#bestCount; k++) this.#bestPos[k] = this.#tryPos[k]!;
        }
      }
      if (slot.optional) {
        if (best > 0)
          bonus += plan.typing && si === slots.length - 1 ? TYPING_OPTIONAL_BONUS * best : OPTIONAL_BONUS;
        if (explain && bestAlt >= 0) this.#explainSlot(explain, slot, bestAlt, ws);
        continue;
      }
      required++;
      if (best === 0) {
        if (++misses > allowMisses) return -1;
        exact = false;
        continue;
      }
      qSum += best;
      if (best < QUALITY.plural) exact = false;
      if (slot.alts[bestAlt]!.kind !== 'word') literal = false;
      for (let k = 0; k < this.#bestCount; k++) {
        const pos = this.#bestPos[k]!;
        if (this.#mark[pos] === epoch) continue;
        this.#mark[pos] = epoch;
        if ((d.termWords[ws + pos]! & (WORD_NONESSENTIAL | WORD_STOP)) === 0) covered++;
      }
      if (explain) this.#explainSlot(explain, slot, bestAlt, ws);
    }
    if (required === 0) return -1;
    const ess = d.termEssential[t]!;
    const coverage = ess === 0 ? 1 : Math.min(1, covered / ess);
    if (coverage < 1) exact = false;
    const doc = d.termDoc[t]!;
    const weight = this.#sourceWeight[d.termSource[t]!]! * this.#docWeight[doc]!;
    let score = weight * (qSum / required) * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage);
    if (exact) {
      score += weight * EXACT_BONUS;
      if (literal && this.#complete(ws, we, epoch)) score += COMPLETE_BONUS;
    }
    score += bonus;
    return misses > 0 ? score * MISS_PENALTY : score;
  }

  /** Whether every word of the term (but stop words and repeats) was matched. */
  #complete(ws: number, we: number, epoch: number): boolean {
    const words = this.index.data.termWords;
    for (let i = ws; i < we; i++)
      if ((words[i]! & (WORD_STOP | WORD_VARIANT)) === 0 && this.#mark[i - ws] !== epoch) return false;
    return true;
  }

  #explainSlot(out: MatchedWord[], slot: Slot, altIndex: number, ws: number): void {
    const d = this.index.data;
    const alt = slot.alts[altIndex]!;
    for (let k = 0; k < alt.words.length && k < this.#bestCount; k++) {
      const m = alt.words[k]!;
      const entry = d.termWords[ws + this.#bestPos[k]!]!;
      const tok = entry >>> WORD_SHIFT;
      out.push({ query: slot.text, word: this.index.surfaces[tok]!, kind: this.#kind(alt.kind, m, tok) });
    }
  }

  #kind(altKind: 'word' | 'abbreviation', m: WordMatcher, tok: number): MatchKind {
    if (altKind === 'abbreviation') return 'abbreviation';
    if (this.index.data.surfaceStem[tok] === m.stem) return tok === m.surface ? 'exact' : 'plural';
    if (m.variants.includes(tok)) return 'variant';
    return m.fuzzy.includes(tok) ? 'typo' : 'prefix';
  }
}
