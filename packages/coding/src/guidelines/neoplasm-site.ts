/**
 * @module guidelines/neoplasm-site
 * The "unspecified site" codes of the neoplasm chapter are for a note that names no site:
 * C80.1 "should only be used when no determination can be made as to the primary site of a
 * malignancy" (ICD-10-CM Guidelines I.C.2.k), and the Table of Neoplasms gives the site row
 * whenever the documentation names one (I.C.2, introduction). When the same note also yields a
 * code of the same behaviour with a site ("carcinoma" in one sentence, "renal cell carcinoma"
 * in another), the vague mention is that neoplasm, said without its site. Written as data:
 * each unspecified-site code → the code prefixes of the same behaviour that name a site.
 */

export interface UnspecifiedSite {
  code: string;
  /** Codes of the same behaviour that name a site (prefix match on the dotted code). */
  sited: RegExp;
}

export const UNSPECIFIED_SITE: readonly UnspecifiedSite[] = [
  // Malignant primary: C00-C76 by site, and the lymphoid and haematopoietic C81-C96 (I.C.2).
  { code: 'C80.1', sited: /^C(?:[0-6]\d|7[0-6]|8[1-9]|9[0-6])/ },
  // Malignant secondary: C77-C79 by site (I.C.2.d).
  { code: 'C79.9', sited: /^C(?:7[78]|79\.[0-8])/ },
  // In situ: D00-D09 by site.
  { code: 'D09.9', sited: /^D0(?:[0-8]|9\.[0-8])/ },
  // Benign: D10-D36 by site.
  { code: 'D36.9', sited: /^D(?:[12]\d|3[0-5]|36\.[0-7])/ },
  // Uncertain behaviour: D37-D48 by site.
  { code: 'D48.9', sited: /^D(?:3[7-9]|4[0-7]|48\.[0-7])/ },
  // Unspecified behaviour and site: "tumor" said without either, when the note names a
  // neoplasm by site (any behaviour, C00-D49.8): the vague mention is that neoplasm.
  { code: 'D49.9', sited: /^(?:C|D0|D[1-3]\d|D4[0-8]|D49\.[0-8])/ },
];

/** The code with a site that makes `code` (an unspecified-site code) redundant, if any. */
export function sitedInstead(code: string, others: readonly string[]): string | undefined {
  const rule = UNSPECIFIED_SITE.find((u) => u.code === code);
  if (!rule) return undefined;
  return others.find((o) => o !== code && rule.sited.test(o));
}

/** Words that say the primary site was not determined. */
const UNDETERMINED =
  /\b(?:unknown|undetermined|unidentified|occult|not (?:been )?(?:identified|determined|found|located))\b/i;
const PRIMARY = /\b(?:primary|origin)\b/i;

/** Malignant (primary) neoplasm, unspecified. */
export const C80_1 = 'C80.1';

/**
 * C80.1 "should only be used when no determination can be made as to the primary site of a
 * malignancy. This code should rarely be used in the inpatient setting" (Guidelines I.C.2.k):
 * inpatient, it is kept only when a sentence of the note says the primary site or origin is
 * unknown ("bone metastasis of unknown primary tumor"); a malignancy named without its site in
 * one sentence is otherwise the one the record names elsewhere.
 */
export function primaryUndetermined(sentences: readonly string[]): boolean {
  return sentences.some((s) => UNDETERMINED.test(s) && PRIMARY.test(s));
}
