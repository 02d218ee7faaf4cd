/**
 * @module edits/ptp/ptp-sources
 * Which PTP tables answer on a date, in order of precedence: the official CMS NCCI table of the
 * setting (practitioner ccipra / outpatient hospital ccioph), then every installed custom edit
 * table (payer tables, the derived NCCI pair list). Each carries the label that must show with
 * its data: the CMS version for official tables, the release's caveat for custom ones.
 */
import type { CodeSetStore } from '../../store.ts';
import { openRelease, type OpenRelease } from '../read/release-db.ts';

export type PtpSetting = 'practitioner' | 'outpatient-hospital';

export const PTP_DATASETS: Readonly<Record<PtpSetting, string>> = {
  practitioner: 'ncci-ptp-practitioner',
  'outpatient-hospital': 'ncci-ptp-outpatient-hospital',
};

/** The loader name custom tables are installed with; their datasets are found by it. */
export const CUSTOM_PTP_LOADER = 'ptp-custom-table';

export interface PtpOptions {
  /** Which official table: practitioner (default) or outpatient hospital. */
  setting?: PtpSetting;
  /** Include the official CMS table (default true). */
  official?: boolean;
  /** Custom tables to include: all installed (default), none (false), or these datasets. */
  custom?: boolean | readonly string[];
}

export interface PtpTable extends OpenRelease {
  official: boolean;
  /** Shown with every edit of the table that has no source of its own. */
  sourceLabel: string;
}

// An opened store's releases never change, so the tables for a date and options are kept.
const cache = new WeakMap<CodeSetStore, Map<string, PtpTable[]>>();

export function ptpTables(store: CodeSetStore, on: string, opts: PtpOptions = {}): PtpTable[] {
  let byKey = cache.get(store);
  if (!byKey) {
    byKey = new Map();
    cache.set(store, byKey);
  }
  const key = `${on}|${opts.setting ?? ''}|${opts.official ?? ''}|${Array.isArray(opts.custom) ? opts.custom.join(',') : String(opts.custom)}`;
  let tables = byKey.get(key);
  if (!tables) {
    tables = findTables(store, on, opts);
    byKey.set(key, tables);
  }
  return tables;
}

function findTables(store: CodeSetStore, on: string, opts: PtpOptions): PtpTable[] {
  const out: PtpTable[] = [];
  if (opts.official !== false) {
    const open = openRelease(store, PTP_DATASETS[opts.setting ?? 'practitioner'], on);
    if (open)
      out.push({
        ...open,
        official: true,
        sourceLabel: `CMS NCCI PTP ${opts.setting ?? 'practitioner'} ${open.release.version}`,
      });
  }
  if (opts.custom === false) return out;
  const datasets = [
    ...new Set(store.releases.filter((r) => r.loader === CUSTOM_PTP_LOADER).map((r) => r.dataset)),
  ].sort();
  for (const ds of datasets) {
    if (Array.isArray(opts.custom) && !opts.custom.includes(ds)) continue;
    const open = openRelease(store, ds, on);
    if (open)
      out.push({
        ...open,
        official: false,
        sourceLabel: open.release.label ?? `${ds} ${open.release.version}`,
      });
  }
  return out;
}
