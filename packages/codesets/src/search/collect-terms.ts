/**
 * @module search/collect-terms
 * First step of building the index: every text that names a code becomes a term (its title,
 * then each other text, each kept once), and each term a run of word entries (temporary surface
 * id and flags, see index-data.ts). Kept in flat arrays rather than an object per term: half a
 * million terms of three systems would otherwise cost the install most of a gigabyte.
 */
import { qualifyingWords } from './conventions.ts';
import { TERM_SOURCES, WORD_NONESSENTIAL, WORD_SHIFT, WORD_STOP, WORD_VARIANT } from './index-data.ts';
import { textWords } from './normalize.ts';
import { NON_BILLABLE_WEIGHT, SOURCE_WEIGHT } from './score.ts';
import { isStopWord } from './stop-words.ts';
import type { SearchDocument, TermSource } from './types.ts';
import { areVariants } from './variants.ts';

const MAX_WORDS = 255;

export interface CollectedTerms {
  count: number;
  doc: number[];
  source: number[];
  essential: number[];
  weight: number[];
  /** The term's own text; '' for titles (the document title is the text). */
  text: string[];
  /** Word entries of term i are words[wordStart[i] .. wordStart[i + 1]). */
  wordStart: number[];
  words: number[];
  /** Surface words by temporary id, in order of first sight, and their stems. */
  surfaces: string[];
  stems: string[];
}

/** Collects the terms of documents already in index order (document i is id i). */
export function collectTerms(docs: readonly SearchDocument[]): CollectedTerms {
  const out: CollectedTerms = {
    count: 0,
    doc: [],
    source: [],
    essential: [],
    weight: [],
    text: [],
    wordStart: [0],
    words: [],
    surfaces: [],
    stems: [],
  };
  const surfaceIds = new Map<string, number>();
  const add = (
    doc: number,
    source: TermSource,
    text: string,
    billable: boolean,
    seenTexts: Set<string>,
  ): void => {
    const all = textWords(text).slice(0, MAX_WORDS);
    if (all.length === 0) return;
    // The same words (case, punctuation aside) name the code once.
    const key = all.map((w) => w.surface).join(' ');
    if (seenTexts.has(key)) return;
    seenTexts.add(key);
    const qualifying = qualifyingWords(text, all);
    const counted: { surface: string; stem: string }[] = [];
    const seenStems = new Set<string>();
    let essential = 0;
    for (let i = 0; i < all.length; i++) {
      const w = all[i]!;
      let id = surfaceIds.get(w.surface);
      if (id === undefined) {
        id = out.surfaces.length;
        surfaceIds.set(w.surface, id);
        out.surfaces.push(w.surface);
        out.stems.push(w.stem);
      }
      const stop = isStopWord(w.surface);
      const nonessential = qualifying[i]!;
      // A repeat, or a variant of an essential word already counted, is not a second word to
      // cover (nor to type for a complete match).
      let variant = seenStems.has(w.stem);
      if (!stop && !nonessential) {
        variant = counted.some((c) => c.stem === w.stem || areVariants(c.surface, w.surface));
        if (!variant) {
          counted.push(w);
          essential++;
        }
      }
      seenStems.add(w.stem);
      out.words.push(
        (id << WORD_SHIFT) |
          (nonessential ? WORD_NONESSENTIAL : 0) |
          (stop ? WORD_STOP : 0) |
          (variant ? WORD_VARIANT : 0),
      );
    }
    out.doc.push(doc);
    out.source.push(TERM_SOURCES.indexOf(source));
    out.essential.push(Math.min(255, essential));
    out.weight.push(SOURCE_WEIGHT[source] * (billable ? 1 : NON_BILLABLE_WEIGHT));
    out.text.push(source === 'title' ? '' : text);
    out.wordStart.push(out.words.length);
    out.count++;
  };
  for (const [i, d] of docs.entries()) {
    const seenTexts = new Set<string>();
    add(i, 'title', d.title, d.billable, seenTexts);
    for (const t of d.terms)
      if (t.source !== 'title' || t.text !== d.title) add(i, t.source, t.text, d.billable, seenTexts);
  }
  return out;
}
