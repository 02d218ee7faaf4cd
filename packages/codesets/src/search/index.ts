/**
 * @module search
 * Code search: words in any order, prefixes as one types, one typo, plural/singular, clinical
 * abbreviations, code prefixes; over titles, index entries and inclusion terms.
 */
export { ABBREVIATIONS, type Abbreviation } from './abbreviations.ts';
export { normalizeText, textWords } from './normalize.ts';
export {
  indexLocation,
  type OpenSearchOptions,
  openSearch,
  type Searcher,
  searchDocuments,
  warmSearchIndex,
} from './open-search.ts';
export { SEARCH_SOURCES, type SearchSource, searchReleases } from './sources.ts';
export { stem } from './stem.ts';
export type { MatchedWord, MatchKind, SearchHit, SearchOptions, TermSource } from './types.ts';
