import type { DatasetLoader } from '../install/loader.ts';

/** Loaders for the ICD-10-CM files (CDC/NCHS). */
export const icd10cmLoaders: DatasetLoader[] = [];
