/**
 * @module search/search-index
 * The index in memory: the stored arrays plus the few things decoded on open (the two word
 * lists, as strings, for prefix and typo look-ups). Everything else is read from the arrays
 * when a hit is shown.
 */
import type { CodeSystem } from '@medcode/domain';
import { CODE_WIDTH, type SearchIndexData, TERM_SOURCES } from './index-data.ts';
import type { TermSource } from './types.ts';

const decoder = new TextDecoder();

function splitWords(bytes: Uint8Array): string[] {
  return bytes.length === 0 ? [] : decoder.decode(bytes).split('\n');
}

/** First index in a sorted string list whose value is >= s. */
function lowerBound(list: readonly string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SearchIndex {
  readonly data: SearchIndexData;
  readonly surfaces: readonly string[];
  readonly stems: readonly string[];
  readonly shortcutQueries: readonly string[];
  readonly docCount: number;
  readonly termCount: number;

  constructor(data: SearchIndexData) {
    this.data = data;
    this.surfaces = splitWords(data.surfaceText);
    this.stems = splitWords(data.stemText);
    this.shortcutQueries = splitWords(data.shortcutText);
    this.docCount = data.docFlags.length;
    this.termCount = data.termDoc.length;
  }

  /** Stem id of a stem, or -1. */
  stemId(stem: string): number {
    const i = lowerBound(this.stems, stem);
    return this.stems[i] === stem ? i : -1;
  }

  /** Surface word ids that start with `prefix`: [lo, hi). */
  prefixRange(prefix: string): [number, number] {
    const lo = lowerBound(this.surfaces, prefix);
    // Every word that starts with the prefix sorts before prefix + U+FFFF.
    const hi = lowerBound(this.surfaces, `${prefix}\uffff`);
    return [lo, hi];
  }

  /** How many term postings the surface words [lo, hi) have together. */
  postingVolume(lo: number, hi: number): number {
    return hi > lo ? this.data.postingStart[hi]! - this.data.postingStart[lo]! : 0;
  }

  shortcut(query: string): number {
    const i = lowerBound(this.shortcutQueries, query);
    return this.shortcutQueries[i] === query ? i : -1;
  }

  billable(doc: number): boolean {
    return (this.data.docFlags[doc]! & 1) === 1;
  }

  system(doc: number): CodeSystem {
    for (const s of this.data.systems) if (doc >= s.start && doc < s.end) return s.system;
    throw new RangeError(`document ${doc} is in no system range`);
  }

  code(doc: number): string {
    const d = this.data;
    return decoder.decode(d.docCodeText.subarray(d.docCodeStart[doc]!, d.docCodeStart[doc + 1]!));
  }

  title(doc: number): string {
    const d = this.data;
    return decoder.decode(d.docTitleText.subarray(d.docTitleStart[doc]!, d.docTitleStart[doc + 1]!));
  }

  termSource(term: number): TermSource {
    return TERM_SOURCES[this.data.termSource[term]!]!;
  }

  termText(term: number): string {
    const d = this.data;
    const s = d.termTextStart[term]!;
    const e = d.termTextStart[term + 1]!;
    return s === e ? this.title(d.termDoc[term]!) : decoder.decode(d.termText.subarray(s, e));
  }

  /**
   * Documents of one system whose code starts with `key` (upper case, no separators), in code
   * order: [lo, hi) of document ids, found by binary search over the fixed-width code keys.
   */
  codePrefixRange(range: { start: number; end: number }, key: string): [number, number] {
    const keys = this.data.docCodeKeys;
    const cmp = (doc: number): number => {
      // Compares the document's code, cut to the key's length, with the key.
      const base = doc * CODE_WIDTH;
      for (let i = 0; i < key.length; i++) {
        const c = keys[base + i]!;
        const k = key.charCodeAt(i);
        if (c !== k) return c - k;
      }
      return 0;
    };
    let lo = range.start;
    let hi = range.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(mid) < 0) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    hi = range.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(mid) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return [first, lo];
  }
}
