/**
 * @module search/score
 * How a matched term is scored. A term scores
 *
 *   weight × quality × (COVERAGE_FLOOR + (1 − COVERAGE_FLOOR) × coverage)
 *     + weight × EXACT_BONUS (when the term is matched exactly)
 *     + COMPLETE_BONUS (when, moreover, every word of it was typed)  + optional-word bonuses
 *
 * where quality is the mean over the query's words of how well each matched (exact, plural,
 * prefix, typo, abbreviation), coverage is the share of the term's essential words the query
 * matched (nonessential modifiers and stop words do not count: "hypertension" covers all of
 * "Hypertension (arterial) (benign)"), and weight favours billable codes and official titles.
 * An exact match (every query word matched as a whole word and every essential word of the term
 * matched) earns a bonus large enough to rank it above partial matches: the issue asks that
 * billable codes and exact term matches rank first.
 */
import type { TermSource } from './types.ts';

export const QUALITY = {
  exact: 1,
  plural: 0.98,
  abbreviation: 1,
  /** Another form of the word: "diabetic" for "diabetes" (see variants.ts). */
  variant: 0.85,
  typo: 0.7,
} as const;

export const COVERAGE_FLOOR = 0.5;
export const EXACT_BONUS = 0.25;
/**
 * A term typed out in full (every word of it but stop words, modifiers included, each typed as
 * written) is what the user asked for: it ranks above exact matches of any weight, so a code's
 * own title always finds it, header or not. Abbreviations do not count as typing it out: "T2DM"
 * still prefers the billable E11.9 to the category E11 "Type 2 diabetes mellitus".
 */
export const COMPLETE_BONUS = 0.3;
/** Each optional (stop) word of the query found in the term. */
export const OPTIONAL_BONUS = 0.02;
/** A stop word still being typed ("diabetes wi") that a term's word begins. */
export const TYPING_OPTIONAL_BONUS = 0.08;
/** Multiplies the score of a term that misses a query word (the relaxed pass). */
export const MISS_PENALTY = 0.6;

export const SOURCE_WEIGHT: Readonly<Record<TermSource, number>> = {
  title: 1,
  index: 0.96,
  inclusion: 0.95,
  short: 0.85,
};
/** Non-billable codes (categories, headers) rank below billable ones of similar match. */
export const NON_BILLABLE_WEIGHT = 0.82;
/**
 * Each character of a code past the third lowers its weight by this much: of two codes that
 * match a query equally, the shorter (broader) one is the likelier answer to a query that says
 * no more ("hypertension": I10 before I15.0). Small enough never to outweigh a better match.
 */
export const CODE_LENGTH_STEP = 0.003;

/**
 * A word being typed that begins a longer word. What the typist most likely means is the
 * commonest word it begins, so the quality grows with the word's share of the commonest
 * completion's term count (`share`, 0 to 1: "hypert" reads as "hypertension" long before
 * "hypertelorism"), and a little with how much of the word is typed. Always below a whole word.
 */
export function prefixQuality(typed: number, wordLength: number, share: number): number {
  return 0.5 + 0.3 * Math.sqrt(share) + (0.15 * typed) / Math.max(typed, wordLength);
}

/** Every weight above, for the stored index's key: a change of weight rebuilds stored answers. */
export const SCORE_TABLE = {
  QUALITY,
  COVERAGE_FLOOR,
  EXACT_BONUS,
  COMPLETE_BONUS,
  OPTIONAL_BONUS,
  TYPING_OPTIONAL_BONUS,
  MISS_PENALTY,
  SOURCE_WEIGHT,
  NON_BILLABLE_WEIGHT,
  CODE_LENGTH_STEP,
  prefixQuality: prefixQuality.toString(),
} as const;
