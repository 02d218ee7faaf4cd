/**
 * @module fees/loaders
 * Loaders for fee schedules: physician fee schedule RVUs (with GPCI, localities, anesthesia
 * conversion factors and OPPS caps), clinical lab fee schedule.
 */
import type { DatasetLoader } from '../install/loader.ts';
import { clfsLoader } from './clfs/clfs-loader.ts';
import { pfsLoader } from './pfs/pfs-loader.ts';

export const feesLoaders: DatasetLoader[] = [pfsLoader, clfsLoader];
