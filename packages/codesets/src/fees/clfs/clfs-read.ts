/**
 * @module fees/clfs/clfs-read
 * `clfsRate(store, code, on, modifier?)`: the Clinical Laboratory Fee Schedule payment rate of a
 * lab code on a date of service, in integer cents, with its national/local pricing indicator
 * (CLFS PUF record layout: "National or local pricing indicator"; N national, L local). The
 * rate in force is the row with the latest effective date on or before the date of service.
 * With a modifier (QW, CLIA-waived), the modifier's row answers when the file has one, else the
 * code's own row.
 */
import type { Cents, HcpcsCode, Modifier } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { type TableEvidence, tableEvidence } from '../../edits/evidence.ts';
import { openRelease, prepared, readMeta } from '../../edits/read/release-db.ts';

export const CLFS_DATASET = 'clfs';

export interface ClfsRate {
  code: HcpcsCode;
  /** The row's modifier ("" for the code's own row). */
  modifier: string;
  rate: Cents;
  pricing: 'national' | 'local' | string;
  effective: string;
  evidence: TableEvidence;
}

interface ClfsRow {
  hcpcs: string;
  modifier: string;
  effective: string;
  year: number;
  indicator: string;
  rate_cents: number;
  line: number;
}

const SQL = `SELECT * FROM clfs WHERE hcpcs = ? AND modifier = ? AND effective <= ?
             ORDER BY effective DESC LIMIT 1`;

export function clfsRate(
  store: CodeSetStore,
  code: HcpcsCode,
  on: string,
  modifier?: Modifier,
): ClfsRate | undefined {
  const open = openRelease(store, CLFS_DATASET, on);
  if (!open) return undefined;
  const st = prepared(open.db, SQL);
  const r = ((modifier ? st.get(code, modifier, on) : undefined) ?? st.get(code, '', on)) as
    | ClfsRow
    | undefined;
  if (!r) return undefined;
  const dollars = `${Math.floor(r.rate_cents / 100)}.${String(r.rate_cents % 100).padStart(2, '0')}`;
  return {
    code,
    modifier: r.modifier,
    rate: r.rate_cents as Cents,
    pricing: r.indicator === 'N' ? 'national' : r.indicator === 'L' ? 'local' : r.indicator,
    effective: r.effective,
    evidence: tableEvidence(
      open,
      {
        YEAR: r.year,
        HCPCS: r.hcpcs,
        MOD: r.modifier,
        EFF_DATE: r.effective.replaceAll('-', ''),
        INDICATOR: r.indicator,
        RATE: dollars,
      },
      { file: readMeta(open.db, 'file'), line: r.line },
    ),
  };
}
