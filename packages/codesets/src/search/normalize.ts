/**
 * @module search/normalize
 * Text to search words, the same way for code titles, index terms and queries: Unicode
 * compatibility fold, accents dropped (Sjögren → sjogren), lower case, apostrophes removed
 * (Parkinson's → parkinsons, then the stemmer makes it parkinson), every other non-alphanumeric
 * character a separator. Words inside parentheses or square brackets are marked nonessential:
 * in ICD-10-CM they are nonessential modifiers (Official Guidelines I.A.7), and
 * "(primary)" in "Essential (primary) hypertension" must not lower the match of "hypertension".
 */
import { stem } from './stem.ts';

export interface TextWord {
  /** The normalised word as written: "fractures". */
  surface: string;
  /** Its singular stem: "fracture". */
  stem: string;
  /** Inside (...) or [...]: a nonessential modifier. */
  nonessential: boolean;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2019\u2018`]/g;

/** Folds and lower-cases text and turns separators into single spaces. Idempotent. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a text, with their stems and whether they sit in a nonessential modifier. */
export function textWords(text: string): TextWord[] {
  const folded = text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '');
  const out: TextWord[] = [];
  let depth = 0;
  let word = '';
  const flush = (): void => {
    if (word.length > 0) out.push({ surface: word, stem: stem(word), nonessential: depth > 0 });
    word = '';
  };
  for (const ch of folded) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      word += ch;
      continue;
    }
    flush();
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  flush();
  return out;
}
