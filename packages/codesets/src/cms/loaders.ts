import type { DatasetLoader } from '../install/loader.ts';

/** Loaders for CMS tables: ICD-10-PCS, HCPCS, NCCI, MCE, fee schedules, lab NCDs and code lists. */
export const cmsLoaders: DatasetLoader[] = [];
