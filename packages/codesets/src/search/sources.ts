/**
 * @module search/sources
 * The code systems the search reads, each through its loader's document producer. A system
 * added to Medcode (ICD-10-PCS, HCPCS) adds one entry here with the producer its loader
 * exports; the engine needs nothing else.
 */
import type { CodeSystem } from '@medcode/domain';
import { icd10cmSearchDocuments } from '../icd10cm/search-documents.ts';
import type { SearchDocument } from '../search-document.ts';
import type { CodeSetStore } from '../store.ts';

export interface SearchSource {
  system: CodeSystem;
  /** Bump when the producer's output changes for the same installed releases. */
  version: number;
  /** Datasets of the store the producer reads (their releases key the cached index). */
  reads(dataset: string): boolean;
  /** The documents in force on `on` (YYYY-MM-DD; default the newest); [] when not installed. */
  documents(store: CodeSetStore, on?: string): SearchDocument[];
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    system: 'icd10cm',
    version: 1,
    reads: (dataset) => dataset.startsWith('icd10cm'),
    documents: icd10cmSearchDocuments,
  },
];
