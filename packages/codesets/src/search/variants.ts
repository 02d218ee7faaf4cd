/**
 * @module search/variants
 * Word-form variants beyond plural/singular: "diabetes"/"diabetic", "hypertension"/
 * "hypertensive", "artery"/"arterial", "neoplasm"/"neoplastic". The alphabetic index names its
 * main terms that way ("Diabetes, diabetic (mellitus)", "Hypertension, hypertensive"), and
 * queries mix the forms freely. Two words are variants when they share a stem of at least
 * five letters and each ends in at most three letters past it: narrow enough to keep apart
 * "thrombosis"/"thrombophlebitis" or "ulcer"/"ulcerative", which differ in meaning.
 */

const MIN_ROOT = 5;
const MAX_ENDING = 3;

const isLetters = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
};

export function areVariants(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > MAX_ENDING) return false;
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return (
    i >= MIN_ROOT && a.length - i <= MAX_ENDING && b.length - i <= MAX_ENDING && isLetters(a) && isLetters(b)
  );
}

/** The shortest prefix a variant of `word` must start with, or undefined when it has none. */
export function variantRoot(word: string): string | undefined {
  if (word.length < MIN_ROOT || !isLetters(word)) return undefined;
  return word.slice(0, Math.max(MIN_ROOT, word.length - MAX_ENDING));
}
