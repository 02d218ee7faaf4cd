/**
 * @module index/sentence-keys
 * A sentence as the index matcher sees it: for every token, its matching keys (abbreviations
 * expanded, lexicon/abbreviations.ts), and for every key the tokens that supply it.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { phraseKeys, tokenKeys } from '../lexicon/normalize.ts';
import type { Token } from '../text/tokens.ts';

export interface SentenceKeys {
  tokens: readonly Token[];
  /** Key → token indexes, ascending. */
  at: Map<string, number[]>;
  /** Tokens whose keys came from an abbreviation. */
  expanded: Set<number>;
}

const expansionCache = new Map<string, string[]>();
function expansionKeys(expansion: string): string[] {
  let k = expansionCache.get(expansion);
  if (!k) {
    k = phraseKeys(expansion);
    expansionCache.set(expansion, k);
  }
  return k;
}

function keysOfToken(t: Token): { keys: string[]; abbreviation: boolean } {
  if (t.kind === 'punct') return { keys: [], abbreviation: false };
  const ab = ABBREVIATIONS[t.lower];
  if (ab && (ab.when !== 'upper' || t.text === t.text.toUpperCase()))
    return { keys: expansionKeys(ab.expansion), abbreviation: true };
  return { keys: tokenKeys(t.lower), abbreviation: false };
}

export function sentenceKeys(tokens: readonly Token[]): SentenceKeys {
  const at = new Map<string, number[]>();
  const expanded = new Set<number>();
  tokens.forEach((t, i) => {
    const { keys, abbreviation } = keysOfToken(t);
    if (abbreviation) expanded.add(i);
    for (const k of keys) {
      const list = at.get(k);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else at.set(k, [i]);
    }
  });
  return { tokens, at, expanded };
}
