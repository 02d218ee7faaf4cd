/**
 * @module index/sentence-keys
 * A sentence as the index matcher sees it: for every token, its matching keys (abbreviations
 * expanded, lexicon/abbreviations.ts), and for every key the tokens that supply it.
 */
import { ABBREVIATIONS, type Abbreviation, PHRASES } from '../lexicon/abbreviations.ts';
import { phraseKeys, tokenKeys } from '../lexicon/normalize.ts';
import type { Token } from '../text/tokens.ts';

export interface SentenceKeys {
  tokens: readonly Token[];
  /** Key → token indexes, ascending. */
  at: Map<string, number[]>;
  /** Tokens whose keys came from an abbreviation. */
  expanded: Set<number>;
}

const ABBREV: ReadonlyMap<string, Abbreviation> = new Map(Object.entries(ABBREVIATIONS));
const PHRASE_KEYS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(PHRASES).map(([p, expansion]) => [p, phraseKeys(expansion)]),
);
/** First words of the phrases, so most tokens skip the pair look-up. */
const PHRASE_HEADS: ReadonlySet<string> = new Set(Object.keys(PHRASES).map((p) => p.split(' ')[0]!));

interface TokenKeys {
  keys: string[];
  abbreviation: boolean;
}
const NONE: TokenKeys = { keys: [], abbreviation: false };
// Per lower-case word, and per casing for case-sensitive abbreviations: most words of a note
// have been seen before, so this is one map look-up a token.
const plain = new Map<string, TokenKeys>();
const upper = new Map<string, TokenKeys>();

function computeKeys(lower: string, isUpper: boolean): TokenKeys {
  const ab = ABBREV.get(lower);
  // The abbreviation's own key stays: the index prints some ("HIV", "AIDS").
  if (ab && (ab.when !== 'upper' || isUpper))
    return { keys: [...new Set([...tokenKeys(lower), ...phraseKeys(ab.expansion)])], abbreviation: true };
  return { keys: tokenKeys(lower), abbreviation: false };
}

function keysOfToken(t: Token, next: Token | undefined): TokenKeys {
  if (t.kind === 'punct') return NONE;
  if (next?.kind === 'number' && ABBREV.get(t.lower)?.notBeforeNumber)
    return { keys: tokenKeys(t.lower), abbreviation: false };
  const isUpper =
    ABBREV.get(t.lower)?.when === 'upper' && t.text.length > 1 && t.text === t.text.toUpperCase();
  const cache = isUpper ? upper : plain;
  let k = cache.get(t.lower);
  if (!k) {
    k = computeKeys(t.lower, isUpper);
    if (cache.size < 100_000) cache.set(t.lower, k);
  }
  return k;
}

export function sentenceKeys(tokens: readonly Token[]): SentenceKeys {
  const at = new Map<string, number[]>();
  const expanded = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const phrase = PHRASE_HEADS.has(t.lower)
      ? PHRASE_KEYS.get(`${t.lower} ${tokens[i + 1]?.lower}`)
      : undefined;
    const { keys, abbreviation } = phrase
      ? { keys: phrase, abbreviation: true }
      : keysOfToken(t, tokens[i + 1]);
    if (abbreviation) expanded.add(i);
    for (const k of keys) {
      const list = at.get(k);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else at.set(k, [i]);
    }
  }
  return { tokens, at, expanded };
}
