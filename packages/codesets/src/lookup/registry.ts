/**
 * @module lookup/registry
 * The code systems `codes show` and `codes stats` know, in the order a typed code is tried.
 */
import { hcpcsLookup } from '../cms/hcpcs/lookup.ts';
import { icd10pcsLookup } from '../cms/icd10pcs/lookup.ts';
import { icd10cmLookup } from '../icd10cm/lookup.ts';
import type { SystemLookup } from './types.ts';

export const SYSTEM_LOOKUPS: SystemLookup[] = [icd10cmLookup, icd10pcsLookup, hcpcsLookup];
