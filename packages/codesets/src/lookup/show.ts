/**
 * @module lookup/show
 * A typed code answered by every system it could belong to (domain `candidateSystems`: E1122 is
 * ICD-10-CM E11.22 and HCPCS E1122), likeliest first; and per-system counts on a date. What
 * `medcode codes show|stats` and the API's code lookup share.
 */
import { type CodeSystem, candidateSystems, ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { CodeSetStore } from '../store.ts';
import { SYSTEM_LOOKUPS } from './registry.ts';
import type { CodeDetail, SystemStats } from './types.ts';

/** Every system's answer for a typed code, likeliest system first. */
export function showCode(store: CodeSetStore, input: string, on: string): CodeDetail[] {
  const systems = candidateSystems(input);
  if (systems.length === 0) {
    throw new MedcodeError(
      ERROR_CODES.BAD_INPUT,
      `"${input}" is not an ICD-10-CM, ICD-10-PCS or HCPCS/CPT code`,
      {
        place: { field: 'code' },
      },
    );
  }
  const out: CodeDetail[] = [];
  for (const system of systems)
    for (const lookup of SYSTEM_LOOKUPS) {
      if (lookup.system !== system) continue;
      const d = lookup.show(store, input, on);
      if (d) out.push(d);
    }
  return out;
}

/** Per system, how many codes are valid and billable on the date. */
export function codeStats(store: CodeSetStore, on: string): Partial<Record<CodeSystem, SystemStats>> {
  const out: Partial<Record<CodeSystem, SystemStats>> = {};
  for (const lookup of SYSTEM_LOOKUPS) {
    const s = lookup.stats(store, on);
    if (s) out[lookup.system] = s;
  }
  return out;
}
