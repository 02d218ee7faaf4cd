/**
 * @module edits/presence
 * `presentInCmsTables(store, code, on)`: whether a CPT/HCPCS code appears in a CMS table on a
 * date: the physician fee schedule (any status but D, deleted), the clinical lab fee schedule,
 * the three MUE tables, the add-on code file (as an add-on or a primary code not deleted by
 * then), the lab NCD code lists, and the official PTP tables (as a column 1 code). Medcode
 * ships no CPT descriptions (AMA licence): without a customer's CPT file, a CPT code is taken as
 * valid when it has the CPT format and CMS lists it somewhere on the date of service. Derived
 * and custom tables are not CMS tables and are not consulted.
 */
import type { HcpcsCode } from '@medcode/domain';
import type { CptPresenceSource } from '../cms/cpt/presence.ts';
import type { CodeSetStore } from '../store.ts';
import { AOC_DATASET } from './aoc/aoc-read.ts';
import { MUE_DATASETS } from './mue/mue-read.ts';
import { NCD_DATASET } from './ncd/ncd-read.ts';
import { PTP_DATASETS } from './ptp/ptp-sources.ts';
import { type OpenRelease, openRelease, prepared } from './read/release-db.ts';

export interface TablePresence {
  table: string;
  release: string;
  version: string;
  /** False when the release that answered is not the one in force on the date. */
  covers: boolean;
}

export interface CmsPresence {
  code: HcpcsCode;
  on: string;
  present: boolean;
  /** Every table that lists the code (empty when none does). */
  tables: TablePresence[];
}

interface Probe {
  dataset: string;
  sql: string;
  /** The statement's parameters for a code and a date. */
  args(code: string, on: string): string[];
}

const codeOnly = (code: string): string[] => [code];

/** Per dataset: the query that finds the code. */
const PROBES: readonly Probe[] = [
  {
    dataset: 'pfs-rvu',
    sql: "SELECT 1 FROM pfs_rvu WHERE hcpcs = ? AND status <> 'D' LIMIT 1",
    args: codeOnly,
  },
  {
    dataset: 'clfs',
    sql: 'SELECT 1 FROM clfs WHERE hcpcs = ? AND effective <= ? LIMIT 1',
    args: (c, on) => [c, on],
  },
  ...Object.values(MUE_DATASETS).map((dataset) => ({
    dataset,
    sql: 'SELECT 1 FROM mue WHERE code = ?',
    args: codeOnly,
  })),
  {
    dataset: AOC_DATASET,
    sql: `SELECT 1 FROM aoc WHERE addon = ? AND (addon_deleted IS NULL OR addon_deleted >= ?)
          UNION ALL SELECT 1 FROM aoc WHERE primary_code = ? AND (primary_deleted IS NULL OR primary_deleted >= ?)
          LIMIT 1`,
    args: (c, on) => [c, on, c, on],
  },
  {
    dataset: NCD_DATASET,
    sql: `SELECT 1 FROM ncd_hcpcs WHERE hcpcs = ? AND (effective IS NULL OR effective <= ?)
          AND (terminated IS NULL OR terminated >= ?) LIMIT 1`,
    args: (c, on) => [c, on, on],
  },
  ...Object.values(PTP_DATASETS).map((dataset) => ({
    dataset,
    sql: 'SELECT 1 FROM ptp WHERE col1 = ? LIMIT 1',
    args: codeOnly,
  })),
];

function probeHit(probe: Probe, open: OpenRelease, code: HcpcsCode, on: string): boolean {
  return prepared(open.db, probe.sql).get(...probe.args(code, on)) !== undefined;
}

export function presentInCmsTables(store: CodeSetStore, code: HcpcsCode, on: string): CmsPresence {
  const tables: TablePresence[] = [];
  for (const probe of PROBES) {
    const open = openRelease(store, probe.dataset, on);
    if (open && probeHit(probe, open, code, on))
      tables.push({
        table: probe.dataset,
        release: open.release.id,
        version: open.release.version,
        covers: open.covers,
      });
  }
  return { code, on, present: tables.length > 0, tables };
}

/** The same tables as `CptPresenceSource`s, for cms/cpt's `cptKnown` (CPT_PRESENCE_SOURCES). */
export const EDIT_AND_FEE_PRESENCE_SOURCES: readonly CptPresenceSource[] = PROBES.map((probe) => ({
  dataset: probe.dataset,
  has(store: CodeSetStore, code: HcpcsCode, on: string): boolean {
    const open = openRelease(store, probe.dataset, on);
    return open !== undefined && probeHit(probe, open, code, on);
  },
}));
