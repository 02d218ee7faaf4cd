/**
 * @module lookup/registry
 * The code systems `codes show` and `codes stats` know, in the order a typed code is tried.
 */
import type { SystemLookup } from './types.ts';

export const SYSTEM_LOOKUPS: SystemLookup[] = [];
