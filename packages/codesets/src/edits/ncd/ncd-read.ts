/**
 * @module edits/ncd/ncd-read
 * Lab NCDs (Medicare NCD Manual 190.12-190.34, and the CMS lab NCD code lists):
 * `ncdFor(store, hcpcs, on)` names the NCDs that govern a lab test code on a date;
 * `ncdResolution(store, ncd, icd10cm, on)` says what one diagnosis does for that NCD:
 * 1 covered, 2 denied, 3 not medically necessary. A diagnosis the NCD does not list takes the
 * NCD's "@@@@@@@" row (every other code). When Medicare will likely deny (2 or 3), the patient
 * signs an ABN (CMS-R-131) before the test.
 */
import type { HcpcsCode, Icd10CmCode } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { type TableEvidence, tableEvidence } from '../evidence.ts';
import { openRelease, type OpenRelease, prepared, readMeta } from '../read/release-db.ts';
import { ALL_OTHER_CODES } from './ncd-loader.ts';

export const NCD_DATASET = 'ncd-lab';

export interface NcdForCode {
  ncd: string;
  description: string;
  /**
   * The resolution of every diagnosis the NCD does not list (its @@@@@@@ row) on the date:
   * 3 when the NCD lists the covered diagnoses, 1 when it lists the uncovered ones (190.15).
   */
  allOtherCodes?: NcdResolutionCode;
  effective?: string;
  terminated?: string;
  evidence: TableEvidence;
}

export type NcdResolutionCode = 1 | 2 | 3;

export interface NcdResolution {
  ncd: string;
  icd10cm: Icd10CmCode;
  resolution: NcdResolutionCode;
  meaning: 'covered' | 'denied' | 'not medically necessary';
  /** "code": the NCD lists the diagnosis; "all other codes": its @@@@@@@ row answered. */
  matched: 'code' | 'all other codes';
  effective: string;
  terminated?: string;
  evidence: TableEvidence;
}

const MEANING = { 1: 'covered', 2: 'denied', 3: 'not medically necessary' } as const;

interface HcpcsRow {
  hcpcs: string;
  ncd: string;
  description: string;
  effective: string | null;
  terminated: string | null;
  row: number;
  all_other: number | null;
}

interface IcdRow {
  ncd: string;
  icd: string;
  effective: string;
  terminated: string | null;
  resolution: number;
  row: number;
}

const origin = (open: OpenRelease, row: number) => ({ file: readMeta(open.db, 'file'), line: row });

/** The NCDs whose code list includes `hcpcs` on `on`. */
export function ncdFor(store: CodeSetStore, hcpcs: HcpcsCode, on: string): NcdForCode[] {
  const open = openRelease(store, NCD_DATASET, on);
  if (!open) return [];
  const rows = prepared(
    open.db,
    `SELECT h.*, n.description,
       (SELECT resolution FROM ncd_icd i WHERE i.ncd = h.ncd AND i.icd = '${ALL_OTHER_CODES}' AND i.effective <= @on
          AND (i.terminated IS NULL OR i.terminated >= @on) ORDER BY i.effective DESC LIMIT 1) AS all_other
     FROM ncd_hcpcs h JOIN ncd n ON n.ncd = h.ncd
     WHERE h.hcpcs = @hcpcs AND (h.effective IS NULL OR h.effective <= @on) AND (h.terminated IS NULL OR h.terminated >= @on)
     ORDER BY h.ncd`,
  ).all({ hcpcs, on }) as HcpcsRow[];
  return rows.map((r) => {
    const out: NcdForCode = {
      ncd: r.ncd,
      description: r.description,
      evidence: tableEvidence(
        open,
        {
          'NCD Number': r.ncd,
          'NCD DESCRIPTION': r.description,
          'CPT/HCPCS CODES': r.hcpcs,
          'CPT/HCPCS EFF DATE': r.effective,
          'CPT/HCPCS TERM DATE': r.terminated,
        },
        origin(open, r.row),
      ),
    };
    if (r.effective !== null) out.effective = r.effective;
    if (r.terminated !== null) out.terminated = r.terminated;
    if (r.all_other !== null) out.allOtherCodes = r.all_other as NcdResolutionCode;
    return out;
  });
}

/**
 * What `icd10cm` does for `ncd` on `on` (without a date: the newest row). Undefined when the NCD
 * is not in the table.
 */
export function ncdResolution(
  store: CodeSetStore,
  ncd: string,
  icd10cm: Icd10CmCode,
  on?: string,
): NcdResolution | undefined {
  const open = openRelease(store, NCD_DATASET, on);
  if (!open) return undefined;
  const sql =
    on === undefined
      ? 'SELECT * FROM ncd_icd WHERE ncd = ? AND icd = ? ORDER BY effective DESC LIMIT 1'
      : `SELECT * FROM ncd_icd WHERE ncd = ? AND icd = ? AND effective <= ? AND (terminated IS NULL OR terminated >= ?)
         ORDER BY effective DESC LIMIT 1`;
  const find = (icd: string): IcdRow | undefined =>
    (on === undefined
      ? prepared(open.db, sql).get(ncd, icd)
      : prepared(open.db, sql).get(ncd, icd, on, on)) as IcdRow | undefined;
  const exact = find(icd10cm);
  const r = exact ?? find(ALL_OTHER_CODES);
  if (!r) return undefined;
  const resolution = r.resolution as NcdResolutionCode;
  const out: NcdResolution = {
    ncd,
    icd10cm,
    resolution,
    meaning: MEANING[resolution],
    matched: exact ? 'code' : 'all other codes',
    effective: r.effective,
    evidence: tableEvidence(
      open,
      {
        'NCD Number': r.ncd,
        'ICD-10 CODE': r.icd,
        'ICD-10 EFF DATE': r.effective,
        'ICD-10 TERM DATE': r.terminated,
        'RESOLUTION CODE': r.resolution,
      },
      origin(open, r.row),
    ),
  };
  if (r.terminated !== null) out.terminated = r.terminated;
  return out;
}

/**
 * Every CPT/HCPCS code some NCD of the release in force on `on` lists, on any date: a code not in
 * it has no lab NCD on any date that release answers for (callers skip the dated read).
 */
export function ncdCodes(store: CodeSetStore, on: string): ReadonlySet<string> {
  const open = openRelease(store, NCD_DATASET, on);
  if (!open) return new Set();
  const rows = prepared(open.db, 'SELECT DISTINCT hcpcs FROM ncd_hcpcs').all() as { hcpcs: string }[];
  return new Set(rows.map((r) => r.hcpcs));
}

/** The NCDs in the table, with descriptions. */
export function ncdList(store: CodeSetStore, on?: string): { ncd: string; description: string }[] {
  const open = openRelease(store, NCD_DATASET, on);
  if (!open) return [];
  return prepared(open.db, 'SELECT ncd, description FROM ncd ORDER BY ncd').all() as {
    ncd: string;
    description: string;
  }[];
}
