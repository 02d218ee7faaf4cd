/**
 * @module search/conventions
 * Which words of a code's text say what the code is, and which only qualify it in ways a query
 * that does not mention them leaves open. The second kind still match when typed; they only do
 * not count against how much of the text a query covers, so "copd" matches "Chronic obstructive
 * pulmonary disease, unspecified" fully. They are:
 * - nonessential modifiers in parentheses or brackets (Official Guidelines I.A.7), marked by
 *   normalize.ts;
 * - the default-code words: "unspecified", "NOS" (I.A.5, I.A.9), "uncomplicated", "site not
 *   specified", "without complications": a query naming a condition and no more describes
 *   exactly these codes;
 * - the 7th-character tail of an injury title ("…, initial encounter for closed fracture",
 *   "…, subsequent encounter", "…, sequela"): the encounter type (I.C.19.a) is a choice the
 *   query has not made, so A, D and S rank together, in code order.
 */
import { type TextWord, textWords } from './normalize.ts';
import { DEFAULT_WORDS } from './stop-words.ts';

/** Word sequences that mark the default code, as normalised words. */
export const DEFAULT_PHRASES: readonly (readonly string[])[] = [
  ['site', 'not', 'specified'],
  ['not', 'specified'],
  ['not', 'elsewhere', 'classified'],
  ['without', 'complications'],
  ['without', 'complication'],
  ['w', 'o', 'complications'],
];

const PHRASE_STARTS: ReadonlySet<string> = new Set(DEFAULT_PHRASES.map((p) => p[0]!));

/** Starts of a title's last comma-separated part that name the 7th-character encounter. */
const ENCOUNTER_TAIL =
  /^\s*(?:initial encounter|subsequent encounter|sequela|init encntr|subs encntr|sqla)\b/i;

/** For each word of `text` (as textWords gives them): whether it qualifies rather than names. */
export function qualifyingWords(text: string, words: readonly TextWord[]): boolean[] {
  const out = words.map((w) => w.nonessential || DEFAULT_WORDS.has(w.surface));
  for (let i = 0; i < words.length; i++) {
    if (!PHRASE_STARTS.has(words[i]!.surface)) continue;
    for (const phrase of DEFAULT_PHRASES) {
      if (i + phrase.length > words.length) continue;
      let k = 0;
      while (k < phrase.length && words[i + k]!.surface === phrase[k]) k++;
      if (k === phrase.length) for (k = 0; k < phrase.length; k++) out[i + k] = true;
    }
  }
  const comma = text.lastIndexOf(',');
  if (comma >= 0 && ENCOUNTER_TAIL.test(text.slice(comma + 1))) {
    // The tail's words are the last ones of the text.
    const tail = textWords(text.slice(comma + 1)).length;
    for (let k = Math.max(0, words.length - tail); k < words.length; k++) out[k] = true;
  }
  return out;
}
