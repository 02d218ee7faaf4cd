/**
 * @module index/model
 * The ICD-10-CM Alphabetic Index as the coder reads it: main terms, indented subterms,
 * nonessential modifiers (in parentheses: present or absent, they do not change the code),
 * codes, "see" (must be followed) and "see also" (may be followed), manifestation codes (in
 * brackets), and the Table of Neoplasms and Table of Drugs and Chemicals, whose rows have one
 * cell per column. This is the shape the coder needs; an adapter fills it from the code-set
 * store (store-source.ts).
 */

export interface RawIndexTerm {
  /** The term without its nonessential modifiers: "Diabetes, diabetic", "with", "chronic kidney disease". */
  title: string;
  /** Nonessential modifiers as printed: "(mellitus) (sugar)". */
  nemod?: string[];
  /** The code the index gives, possibly incomplete ("S72.0-"); subcategory pointers count too. */
  code?: string;
  /** A manifestation code printed in brackets after the code. */
  manif?: string;
  see?: string;
  seeAlso?: string;
  /** Table rows: one cell per column ("-" or "--" for none). */
  cells?: (string | null)[];
  children?: RawIndexTerm[];
}

export type IndexKind = 'index' | 'neoplasm' | 'drug' | 'eindex';

export interface RawIndex {
  kind: IndexKind;
  /** The release the terms come from, for the evidence trail. */
  release: string;
  mainTerms: RawIndexTerm[];
}

/** Table of Neoplasms columns (ICD-10-CM Index, Neoplasm Table). */
export const NEOPLASM_COLUMNS = [
  'malignant primary',
  'malignant secondary',
  'carcinoma in situ',
  'benign',
  'uncertain behavior',
  'unspecified behavior',
] as const;

/** Table of Drugs and Chemicals columns. */
export const DRUG_COLUMNS = [
  'poisoning, accidental (unintentional)',
  'poisoning, intentional self-harm',
  'poisoning, assault',
  'poisoning, undetermined',
  'adverse effect',
  'underdosing',
] as const;
