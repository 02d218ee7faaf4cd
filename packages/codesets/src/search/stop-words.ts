/**
 * @module search/stop-words
 * Words that carry no meaning of their own in a code title or a query. A query's stop words are
 * optional: they never exclude a code, and when a term holds them too they add a small bonus.
 * That keeps "with" useful without making it required: in ICD-10-CM titles and the alphabetic
 * index, "with" (and "in", "due to") mark combination codes (Official Guidelines I.A.15: "with"
 * presumes a causal link), so "diabetes with ckd" should lean towards "... with diabetic chronic
 * kidney disease" over "... without complications". Words that change a code's meaning are
 * NOT stop words here: "without", "not", "no", "other", "unspecified", "left", "right", "nos".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'due',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  // Abbreviated titles (the order file's short descriptions) write "with" as "w".
  'w',
]);

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

/**
 * Words that say a code is the default one: "unspecified" (and "unsp", "NOS" = not otherwise
 * specified, Official Guidelines I.A.5 and I.A.9), "uncomplicated". See conventions.ts.
 */
export const DEFAULT_WORDS: ReadonlySet<string> = new Set(['unspecified', 'unsp', 'nos', 'uncomplicated']);
