/**
 * @module search-document
 * The contract between the code-set loaders and the code search: one document per code, with
 * its title and every other text that names it. Each code system exports a producer
 * (`icd10cmSearchDocuments`, ...) that reads its installed release for a date.
 */
import type { CodeSystem } from '@medcode/domain';

/** Where a text that names a code comes from. */
export type SearchTermSource = 'title' | 'short' | 'index' | 'inclusion';

export interface SearchDocument {
  system: CodeSystem;
  /** Display form: E11.22 (ICD-10-CM with its dot), 0DTJ4ZZ, J1100. */
  code: string;
  title: string;
  /** Valid for submission on a claim (ICD-10-CM: not a header). */
  billable: boolean;
  /**
   * Every text that names the code, the title included. `index`: the alphabetic index path,
   * main term first ("Diabetes, type 2, with chronic kidney disease"); `inclusion`: an
   * inclusion term of the tabular list.
   */
  terms: { text: string; source: SearchTermSource }[];
}
