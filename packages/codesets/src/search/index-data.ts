/**
 * @module search/index-data
 * The search index as plain typed arrays, so that it is written to disk and read back as is:
 * opening a 100,000-code index is a file read and a few string splits, not a rebuild.
 *
 * Ids: documents are numbered in code order (system by system, then by code), so "code order"
 * is id order. Terms (the texts that name a code: title, short title, index entries, inclusion
 * terms) are numbered by how many essential words they have, fewest first: a posting list then
 * meets the terms that can score highest first, which lets the engine stop scoring terms whose
 * best possible score cannot reach the current top hits. Surface words and stems are numbered in
 * sorted order, so the words that start with a prefix are one range of ids.
 */
import type { CodeSystem } from '@medcode/domain';
import type { TermSource } from './types.ts';

export const TERM_SOURCES: readonly TermSource[] = ['title', 'short', 'index', 'inclusion'];

/**
 * Bits of a term's word entry: the surface word id is `entry >>> WORD_SHIFT`. Words with any of
 * the bits do not count in the term's essential words: nonessential modifiers and "unspecified"
 * (what a query that says no more means), stop words, and variants of an earlier word of the
 * term ("diabetic" after "Diabetes"). A variant that a query matches still covers one word.
 */
export const WORD_NONESSENTIAL = 1;
export const WORD_STOP = 2;
export const WORD_VARIANT = 4;
export const WORD_SHIFT = 3;

export interface SystemRange {
  system: CodeSystem;
  /** Its documents are ids [start, end). */
  start: number;
  end: number;
}

export interface SearchIndexData {
  systems: SystemRange[];
  // Documents (n).
  /** Bit 0: billable. */
  docFlags: Uint8Array;
  /** Code without separators, upper case, zero-padded to CODE_WIDTH bytes per document. */
  docCodeKeys: Uint8Array;
  /** Display codes and titles, UTF-8, with offsets (n + 1). */
  docCodeText: Uint8Array;
  docCodeStart: Uint32Array;
  docTitleText: Uint8Array;
  docTitleStart: Uint32Array;
  // Terms (m).
  termDoc: Uint32Array;
  /** Index into TERM_SOURCES. */
  termSource: Uint8Array;
  /** How many essential words (entries without flag bits) the term has, at most 255. */
  termEssential: Uint8Array;
  /** The term's words in text order: (surface id << WORD_SHIFT) | flags; offsets (m + 1). */
  termWordStart: Uint32Array;
  termWords: Uint32Array;
  /** The term's own text (empty for titles: the document title is the text); offsets (m + 1). */
  termText: Uint8Array;
  termTextStart: Uint32Array;
  // Vocabulary.
  /** Sorted surface words, joined by "\n". */
  surfaceText: Uint8Array;
  /** Stem id of each surface word. */
  surfaceStem: Uint32Array;
  /** Sorted stems, joined by "\n". */
  stemText: Uint8Array;
  /** Surface words of each stem; offsets (stems + 1). */
  stemSurfaceStart: Uint32Array;
  stemSurfaces: Uint32Array;
  /**
   * Terms holding each surface word; offsets (surface words + 1). Each word's list has two
   * parts, each in ascending term id: the terms where the word counts towards coverage, then,
   * from `postingSplit`, those where it only qualifies (see WORD_NONESSENTIAL, WORD_STOP).
   */
  postingStart: Uint32Array;
  postingSplit: Uint32Array;
  postings: Uint32Array;
  // One-typo table over surface words (see fuzzy.ts).
  fuzzyHashes: Uint32Array;
  fuzzyWords: Uint32Array;
  // Precomputed answers to one-word queries whose postings are long (see shortcuts.ts).
  /** The one-word queries, sorted, joined by "\n". */
  shortcutText: Uint8Array;
  /** Hits of each; offsets (queries + 1). */
  shortcutStart: Uint32Array;
  shortcutDocs: Uint32Array;
  shortcutTerms: Uint32Array;
  shortcutScores: Float64Array;
}

export const CODE_WIDTH = 8;

/** The typed-array fields, in the order they are written to disk. */
export const ARRAY_FIELDS = [
  'docFlags',
  'docCodeKeys',
  'docCodeText',
  'docCodeStart',
  'docTitleText',
  'docTitleStart',
  'termDoc',
  'termSource',
  'termEssential',
  'termWordStart',
  'termWords',
  'termText',
  'termTextStart',
  'surfaceText',
  'surfaceStem',
  'stemText',
  'stemSurfaceStart',
  'stemSurfaces',
  'postingStart',
  'postingSplit',
  'postings',
  'fuzzyHashes',
  'fuzzyWords',
  'shortcutText',
  'shortcutStart',
  'shortcutDocs',
  'shortcutTerms',
  'shortcutScores',
] as const satisfies readonly (keyof SearchIndexData)[];

export type ArrayField = (typeof ARRAY_FIELDS)[number];
