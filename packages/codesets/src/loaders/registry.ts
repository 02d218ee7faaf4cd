/**
 * @module loaders/registry
 * Every loader Medcode has, by the name manifests use.
 */
import { cmsLoaders } from '../cms/loaders.ts';
import { editsLoaders } from '../edits/loaders.ts';
import { feesLoaders } from '../fees/loaders.ts';
import { icd10cmLoaders } from '../icd10cm/loaders.ts';
import type { DatasetLoader } from '../install/loader.ts';

export const LOADERS: ReadonlyMap<string, DatasetLoader> = new Map(
  [...icd10cmLoaders, ...cmsLoaders, ...editsLoaders, ...feesLoaders].map((l) => [l.name, l]),
);
