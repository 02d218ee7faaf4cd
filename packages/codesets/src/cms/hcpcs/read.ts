/**
 * @module cms/hcpcs/read
 * Reading installed HCPCS Level II releases: a code's or modifier's descriptions, Medicare
 * coverage and pricing data, and whether it is active on a date of service. Active means added
 * on or before the date and not past its termination date, the last day it may be used (CMS
 * record layout, fields 27 "Code Added Date" and 29 "Termination Date").
 */
import type { InstalledRelease } from '../../install/installer.ts';
import type { CodeSetStore } from '../../store.ts';
import { within } from '../common/dates.ts';
import { opt } from '../common/optional.ts';

export const HCPCS_DATASET = 'hcpcs';

export interface HcpcsEntry {
  kind: 'code' | 'modifier';
  code: string;
  longDescription: string;
  shortDescription: string;
  active: boolean;
  addDate?: string;
  actionDate?: string;
  termDate?: string;
  actionCode: string;
  coverage: string;
  pricing: string[];
  multiplePricing: string;
  betos: string;
  typeOfService: string[];
  xref: string[];
  labCert: string[];
  cim: string[];
  mcm: string[];
  statute: string;
  ascGroup: string;
  opps: string;
  oppsIndicator: string;
  procNote: string;
  anesthesiaBaseUnits?: number;
  release: InstalledRelease;
  covers: boolean;
}

interface Row {
  kind: 'code' | 'modifier';
  code: string;
  long: string;
  short: string;
  pricing: string;
  multiple_pricing: string;
  cim: string;
  mcm: string;
  statute: string;
  lab_cert: string;
  xref: string;
  coverage: string;
  asc_group: string;
  opps: string;
  opps_indicator: string;
  proc_note: string;
  betos: string;
  type_of_service: string;
  anesthesia_base_units: number | null;
  add_date: string | null;
  action_date: string | null;
  term_date: string | null;
  action_code: string;
}

const split = (s: string): string[] => (s === '' ? [] : s.split(' '));
const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function entry(
  store: CodeSetStore,
  kind: 'code' | 'modifier',
  code: string,
  on: string,
): HcpcsEntry | undefined {
  const choice = store.releaseOn(HCPCS_DATASET, on);
  if (!choice) return undefined;
  const row = store
    .db(choice.release.id)
    .prepare('SELECT * FROM hcpcs WHERE kind = ? AND code = ?')
    .get(kind, code) as Row | undefined;
  if (!row) return undefined;
  const addDate = orUndefined(row.add_date);
  const termDate = orUndefined(row.term_date);
  return {
    kind,
    code,
    longDescription: row.long,
    shortDescription: row.short,
    active: within(on, addDate, termDate),
    ...opt('addDate', addDate),
    ...opt('actionDate', orUndefined(row.action_date)),
    ...opt('termDate', termDate),
    actionCode: row.action_code,
    coverage: row.coverage,
    pricing: split(row.pricing),
    multiplePricing: row.multiple_pricing,
    betos: row.betos,
    typeOfService: split(row.type_of_service),
    xref: split(row.xref),
    labCert: split(row.lab_cert),
    cim: split(row.cim),
    mcm: split(row.mcm),
    statute: row.statute,
    ascGroup: row.asc_group,
    opps: row.opps,
    oppsIndicator: row.opps_indicator,
    procNote: row.proc_note,
    ...opt('anesthesiaBaseUnits', orUndefined(row.anesthesia_base_units)),
    release: choice.release,
    covers: choice.covers,
  };
}

/** A HCPCS Level II procedure or supply code ("E0100"), from the release in force on `on`. */
export const hcpcsLevel2 = (store: CodeSetStore, code: string, on: string): HcpcsEntry | undefined =>
  entry(store, 'code', code.trim().toUpperCase(), on);

/** A HCPCS Level II modifier ("GA", "LT"). CPT (Level I) modifiers are AMA content, not in the file. */
export const hcpcsModifier = (store: CodeSetStore, modifier: string, on: string): HcpcsEntry | undefined =>
  entry(store, 'modifier', modifier.trim().toUpperCase(), on);

export interface HcpcsCounts {
  codes: number;
  activeCodes: number;
  modifiers: number;
  activeModifiers: number;
  release: InstalledRelease;
  covers: boolean;
}

const ACTIVE = '(add_date IS NULL OR add_date <= @on) AND (term_date IS NULL OR @on <= term_date)';

export function hcpcsCounts(store: CodeSetStore, on: string): HcpcsCounts | undefined {
  const choice = store.releaseOn(HCPCS_DATASET, on);
  if (!choice) return undefined;
  const r = store
    .db(choice.release.id)
    .prepare(
      `SELECT SUM(kind = 'code') AS codes, SUM(kind = 'code' AND ${ACTIVE}) AS activeCodes,
              SUM(kind = 'modifier') AS modifiers, SUM(kind = 'modifier' AND ${ACTIVE}) AS activeModifiers
       FROM hcpcs`,
    )
    .get({ on }) as Record<'codes' | 'activeCodes' | 'modifiers' | 'activeModifiers', number | null>;
  return {
    codes: r.codes ?? 0,
    activeCodes: r.activeCodes ?? 0,
    modifiers: r.modifiers ?? 0,
    activeModifiers: r.activeModifiers ?? 0,
    release: choice.release,
    covers: choice.covers,
  };
}

/** Level II codes of the release in force on `on` (default: newest), with whether each is active then. */
export function* hcpcsCodes(
  store: CodeSetStore,
  on?: string,
): Generator<{ code: string; long: string; short: string; active: boolean }> {
  const choice = store.releaseOn(HCPCS_DATASET, on);
  if (!choice) return;
  // Without a date, "active" is said as of the release's own first day: what its data describes.
  const day = on ?? choice.release.effectiveFrom;
  const stmt = store
    .db(choice.release.id)
    .prepare(`SELECT code, long, short, ${ACTIVE} AS active FROM hcpcs WHERE kind = 'code' ORDER BY code`);
  for (const r of stmt.iterate({ on: day }) as IterableIterator<{
    code: string;
    long: string;
    short: string;
    active: number;
  }>)
    yield { code: r.code, long: r.long, short: r.short, active: r.active === 1 };
}
