/**
 * @module icd10cm/datasets
 * The ICD-10-CM datasets of the manifest (packages/codesets/manifest/icd10cm-*.json) and the
 * loaders that read them.
 */
export const ICD10CM_DATASETS = {
  /** One release per fiscal year: the order file (codes and headers, billable flag). */
  codes: 'icd10cm-codes',
  /** One release: every code's validity since FY2016 and the conversion tables. */
  history: 'icd10cm-history',
  /** Tabular list XML: hierarchy and instructional notes. */
  tabular: 'icd10cm-tabular',
  /** Alphabetic index XML (index to diseases and injuries). */
  index: 'icd10cm-index',
  /** Neoplasm table, table of drugs and chemicals, external cause index (XML). */
  indexTables: 'icd10cm-index-tables',
} as const;

export const ICD10CM_LOADERS = {
  order: 'icd10cm-order',
  history: 'icd10cm-history',
  tabular: 'icd10cm-tabular',
  index: 'icd10cm-index',
} as const;
