/**
 * @module cms/cpt/presence
 * Whether a CPT code is known, without shipping any AMA content: first the customer's licensed
 * CPT file, when installed; otherwise the public CMS tables that list CPT code numbers (the
 * physician fee schedule RVU file, NCCI MUE and PTP tables, the clinical lab fee schedule ...).
 *
 * Those tables are loaded elsewhere; each offers a `CptPresenceSource` and adds one line to
 * CPT_PRESENCE_SOURCES (cpt/presence-sources.ts). This module only asks them.
 */
import { isCptFormat, parseHcpcs, type HcpcsCode } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { CPT_CUSTOMER_DATASET } from './loader.ts';
import { CPT_PRESENCE_SOURCES } from './presence-sources.ts';

/** A CMS table that lists CPT codes. */
export interface CptPresenceSource {
  /** The dataset that answers, named in the evidence ("pfs-rvu", "ncci-mue-practitioner" ...). */
  dataset: string;
  /** Whether the release of the table in force on `on` lists the code (false when not installed). */
  has(store: CodeSetStore, code: HcpcsCode, on: string): boolean;
}

export interface CptKnowledge {
  code: string;
  /** CPT-shaped: 5 digits, or 4 digits and F (category II), T (category III), U (PLA) or M. */
  formatValid: boolean;
  known: boolean;
  /** From the customer's file only. */
  description?: string;
  /** The datasets that list the code: "cpt-customer" or the CMS tables. */
  sources: string[];
}

export function cptCustomerDescription(store: CodeSetStore, code: string): string | undefined {
  if (!store.has(CPT_CUSTOMER_DATASET)) return undefined;
  const choice = store.releaseOn(CPT_CUSTOMER_DATASET);
  if (!choice) return undefined;
  const row = store
    .db(choice.release.id)
    .prepare('SELECT description FROM cpt_codes WHERE code = ?')
    .get(code) as { description: string } | undefined;
  return row?.description;
}

export function cptKnown(
  store: CodeSetStore,
  input: string,
  on: string,
  sources: readonly CptPresenceSource[] = CPT_PRESENCE_SOURCES,
): CptKnowledge {
  const parsed = parseHcpcs(input);
  if (!parsed.ok || !isCptFormat(parsed.value))
    return { code: input.trim().toUpperCase(), formatValid: false, known: false, sources: [] };
  const code = parsed.value;
  const description = cptCustomerDescription(store, code);
  if (description !== undefined)
    return { code, formatValid: true, known: true, description, sources: [CPT_CUSTOMER_DATASET] };
  const found = sources.filter((s) => s.has(store, code, on)).map((s) => s.dataset);
  return { code, formatValid: true, known: found.length > 0, sources: found };
}

/**
 * The first table that knows a CPT code on the date (the customer's file, else the first CMS
 * table in CPT_PRESENCE_SOURCES order), or undefined: `cptKnown`'s first source, without asking
 * the other tables.
 */
export function cptFirstSource(
  store: CodeSetStore,
  input: string,
  on: string,
  sources: readonly CptPresenceSource[] = CPT_PRESENCE_SOURCES,
): string | undefined {
  const parsed = parseHcpcs(input);
  if (!parsed.ok || !isCptFormat(parsed.value)) return undefined;
  const code = parsed.value;
  if (cptCustomerDescription(store, code) !== undefined) return CPT_CUSTOMER_DATASET;
  return sources.find((s) => s.has(store, code, on))?.dataset;
}
