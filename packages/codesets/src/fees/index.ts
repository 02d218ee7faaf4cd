/**
 * @module fees
 * Read API of the fee schedules: physician fee schedule RVUs and companions, clinical lab fee
 * schedule. See README.md beside this file.
 */
export { CLFS_DATASET, type ClfsRate, clfsRate } from './clfs/clfs-read.ts';
export { anesthesiaCf, type Gpci, gpci, oppsCap, PFS_DATASET, type PfsRvu, pfsRvu } from './pfs/pfs-read.ts';
