/**
 * @module loaders/registry
 * Every loader Medcode has, by the name manifests use.
 */
import type { DatasetLoader } from '../install/loader.ts';
import { icd10cmLoaders } from '../icd10cm/loaders.ts';
import { cmsLoaders } from '../cms/loaders.ts';

export const LOADERS: ReadonlyMap<string, DatasetLoader> = new Map(
  [...icd10cmLoaders, ...cmsLoaders].map((l) => [l.name, l]),
);
