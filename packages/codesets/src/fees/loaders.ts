import type { DatasetLoader } from '../install/loader.ts';

/** Loaders for fee schedules: physician fee schedule RVUs, clinical lab fee schedule. */
export const feesLoaders: DatasetLoader[] = [];
