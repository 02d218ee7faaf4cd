/**
 * @module edits/loaders
 * Loaders for edit tables: NCCI MUE (one loader, three settings), add-on code edits, PTP edits
 * (official CMS layout and the generic custom edit table import), lab NCD code lists.
 */
import type { DatasetLoader } from '../install/loader.ts';
import { aocLoader } from './aoc/aoc-loader.ts';
import { mueLoader } from './mue/mue-loader.ts';
import { ncdLoader } from './ncd/ncd-loader.ts';
import { customEditTableLoader } from './ptp/custom-edit-loader.ts';
import { ptpOfficialLoader } from './ptp/ptp-official-loader.ts';

export const editsLoaders: DatasetLoader[] = [
  mueLoader,
  aocLoader,
  ptpOfficialLoader,
  customEditTableLoader,
  ncdLoader,
];
