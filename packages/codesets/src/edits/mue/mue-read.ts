/**
 * @module edits/mue/mue-read
 * `mue(store, code, kind, on)`: the most units of service of a code that one provider reports
 * for one beneficiary on one date, in the MUE table of a setting, with its adjudication
 * indicator: MAI 1 = per claim line; 2 = per date of service, absolute (policy: not appealable
 * above it); 3 = per date of service, clinical (units above it may be paid on appeal with
 * documentation). Source: NCCI Policy Manual for Medicare Services, ch. I, and the MUE tables.
 */
import type { HcpcsCode } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { type TableEvidence, tableEvidence } from '../evidence.ts';
import { openRelease, prepared, readMeta } from '../read/release-db.ts';

export type MueKind = 'practitioner' | 'outpatient-hospital' | 'dme';

/** The dataset that holds each setting's table. */
export const MUE_DATASETS: Readonly<Record<MueKind, string>> = {
  practitioner: 'ncci-mue-practitioner',
  'outpatient-hospital': 'ncci-mue-outpatient-hospital',
  dme: 'ncci-mue-dme',
};

export type MueAdjudication = 1 | 2 | 3;

export interface MueEdit {
  code: HcpcsCode;
  kind: MueKind;
  /** Most units per line (MAI 1) or per date of service (MAI 2, 3). */
  value: number;
  mai: MueAdjudication;
  /** What the units are counted over. */
  per: 'line' | 'date';
  /** MAI 3 edits are clinical and may be exceeded on appeal; MAI 2 are policy and may not. */
  appealable: boolean;
  rationale: string;
  evidence: TableEvidence;
}

interface MueRow {
  code: string;
  mue: number;
  mai: number;
  mai_text: string;
  rationale: string;
  line: number;
}

export function mue(store: CodeSetStore, code: HcpcsCode, kind: MueKind, on: string): MueEdit | undefined {
  const open = openRelease(store, MUE_DATASETS[kind], on);
  if (!open) return undefined;
  const row = prepared(open.db, 'SELECT * FROM mue WHERE code = ?').get(code) as MueRow | undefined;
  if (!row) return undefined;
  const mai = row.mai as MueAdjudication;
  const valueColumn = readMeta(open.db, 'valueColumn') ?? 'MUE Values';
  return {
    code,
    kind,
    value: row.mue,
    mai,
    per: mai === 1 ? 'line' : 'date',
    appealable: mai === 3,
    rationale: row.rationale,
    evidence: tableEvidence(
      open,
      {
        'HCPCS/CPT Code': row.code,
        [valueColumn]: row.mue,
        'MUE Adjudication Indicator': row.mai_text,
        'MUE Rationale': row.rationale,
      },
      { file: readMeta(open.db, 'file'), line: row.line },
    ),
  };
}
