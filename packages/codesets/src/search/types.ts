/**
 * @module search/types
 * What the code search takes and gives. Documents come from each code system's loader (one per
 * code, with its title and the other texts that name it); hits are what `codes search` prints.
 */
import type { CodeSystem } from '@medcode/domain';
import type { SearchTermSource } from '../search-document.ts';

export type { SearchDocument } from '../search-document.ts';
/** Where a text that names a code comes from. */
export type TermSource = SearchTermSource;

export interface SearchOptions {
  /** Only codes of this system. */
  system?: CodeSystem;
  /** How many hits at most (default 20). */
  limit?: number;
}

/** How one query word was found in the matched term. */
export type MatchKind = 'exact' | 'plural' | 'variant' | 'prefix' | 'typo' | 'abbreviation' | 'code';

export interface MatchedWord {
  /** The query word as typed (normalised). */
  query: string;
  /** The word of the term it matched (normalised), or the code for code-prefix hits. */
  word: string;
  kind: MatchKind;
}

export interface SearchHit {
  code: string;
  system: CodeSystem;
  description: string;
  billable: boolean;
  /** Higher is better; comparable within one result list only. */
  score: number;
  /** The term that matched best, where it comes from, and how each query word matched. */
  matched: { source: TermSource | 'code'; text: string; words: MatchedWord[] };
}
