/**
 * @module search/sources
 * The code systems the search reads, each through its loader's document producer. A system
 * added to Medcode adds one entry here with the producer its loader exports; the engine needs
 * nothing else.
 */
import type { CodeSystem } from '@medcode/domain';
import { CPT_CUSTOMER_DATASET } from '../cms/cpt/loader.ts';
import { hcpcsSearchDocuments } from '../cms/hcpcs/lookup.ts';
import { HCPCS_DATASET } from '../cms/hcpcs/read.ts';
import { icd10pcsSearchDocuments } from '../cms/icd10pcs/lookup.ts';
import { PCS_DATASET } from '../cms/icd10pcs/read.ts';
import { ICD10CM_DATASETS } from '../icd10cm/datasets.ts';
import { icd10cmSearchDocuments } from '../icd10cm/search-documents.ts';
import type { SearchDocument } from '../search-document.ts';
import type { CodeSetStore } from '../store.ts';

export interface SearchSource {
  system: CodeSystem;
  /** Bump when the producer's output changes for the same installed releases. */
  version: number;
  /** Datasets of the store the producer reads (their releases key the stored index). */
  reads(dataset: string): boolean;
  /** The dataset of the system's codes: whether one of its releases covers a date. */
  codes: string;
  /** The documents in force on `on` (YYYY-MM-DD; default the newest); [] when not installed. */
  documents(store: CodeSetStore, on?: string): SearchDocument[];
}

export const ICD10CM_SOURCE: SearchSource = {
  system: 'icd10cm',
  version: 2,
  reads: (dataset) => dataset.startsWith('icd10cm'),
  codes: ICD10CM_DATASETS.codes,
  documents: icd10cmSearchDocuments,
};

export const SEARCH_SOURCES: readonly SearchSource[] = [
  ICD10CM_SOURCE,
  {
    system: 'icd10pcs',
    version: 1,
    reads: (dataset) => dataset.startsWith('icd10pcs'),
    codes: PCS_DATASET,
    documents: icd10pcsSearchDocuments,
  },
  {
    system: 'hcpcs',
    version: 1,
    reads: (dataset) => dataset === HCPCS_DATASET || dataset === CPT_CUSTOMER_DATASET,
    codes: HCPCS_DATASET,
    documents: hcpcsSearchDocuments,
  },
];

/** Per installed system, the code release a search on `on` reads and whether it covers the date. */
export function searchReleases(
  store: CodeSetStore,
  on: string,
): { system: CodeSystem; release: string; covers: boolean }[] {
  const out: { system: CodeSystem; release: string; covers: boolean }[] = [];
  for (const s of SEARCH_SOURCES) {
    const choice = store.releaseOn(s.codes, on);
    if (choice) out.push({ system: s.system, release: choice.release.id, covers: choice.covers });
  }
  return out;
}
