import type { DatasetLoader } from '../install/loader.ts';

/** Loaders for edit tables: NCCI PTP, MUE, add-on codes, custom edit tables, lab NCD lists. */
export const editsLoaders: DatasetLoader[] = [];
