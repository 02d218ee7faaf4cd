/**
 * @module icd10cm/loaders
 * Loaders for the ICD-10-CM files (CDC/NCHS), by the names the manifest uses.
 */
import type { DatasetLoader } from '../install/loader.ts';
import { icd10cmOrderLoader } from './codes-loader.ts';
import { icd10cmHistoryLoader } from './history-loader.ts';
import { icd10cmIndexLoader } from './index-loader.ts';
import { icd10cmTabularLoader } from './tabular-loader.ts';

/** Loaders for the ICD-10-CM files (CDC/NCHS). */
export const icd10cmLoaders: DatasetLoader[] = [
  icd10cmOrderLoader,
  icd10cmHistoryLoader,
  icd10cmTabularLoader,
  icd10cmIndexLoader,
];
