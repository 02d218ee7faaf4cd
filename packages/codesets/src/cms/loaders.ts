import type { DatasetLoader } from '../install/loader.ts';
import { cptCustomerLoader } from './cpt/loader.ts';
import { gemsLoader } from './gems/loader.ts';
import { hcpcsLoader } from './hcpcs/loader.ts';
import { icd10pcsIndexLoader } from './icd10pcs/index-loader.ts';
import { icd10pcsOrderLoader } from './icd10pcs/loader.ts';
import { mceLoader } from './mce/loader.ts';
import { posLoader } from './pos/loader.ts';
import { carcLoader, rarcLoader } from './x12/loader.ts';

/** Loaders for CMS tables: ICD-10-PCS, HCPCS, NCCI, MCE, fee schedules, lab NCDs and code lists. */
export const cmsLoaders: DatasetLoader[] = [
  icd10pcsOrderLoader,
  icd10pcsIndexLoader,
  hcpcsLoader,
  gemsLoader,
  mceLoader,
  posLoader,
  carcLoader,
  rarcLoader,
  cptCustomerLoader,
];
