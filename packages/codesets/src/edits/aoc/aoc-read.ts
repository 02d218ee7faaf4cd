/**
 * @module edits/aoc/aoc-read
 * `addOnEdits(store, code, on)`: whether a code is an add-on code on a date of service and, if
 * so, the primary codes that make it payable. Add-on code edit types (CMS AOC file
 * documentation; NCCI Policy Manual ch. I): type 1 = only the listed primary codes are eligible;
 * type 2 = no primary list ("contractor defined": the MAC decides); type 3 = the listed primaries
 * and others the MAC may accept. An add-on code reported without an eligible primary by the
 * same practitioner on the same date is not payable.
 */
import type { HcpcsCode } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { type TableEvidence, tableEvidence } from '../evidence.ts';
import { openRelease, type OpenRelease, prepared, readMeta } from '../read/release-db.ts';
import { CONTRACTOR_DEFINED } from './aoc-loader.ts';

export const AOC_DATASET = 'ncci-aoc';

export type AddOnType = 1 | 2 | 3;

export interface AddOnPrimary {
  code: HcpcsCode;
  /** When the primary code itself was deleted, if it was. */
  primaryDeleted?: string;
  effective: string;
  deleted?: string;
  evidence: TableEvidence;
}

export interface AddOnEdit {
  addOn: HcpcsCode;
  type: AddOnType;
  /** Type 2, and the "CCCCC" rows of other types: the contractor defines eligible primaries. */
  contractorDefined: boolean;
  /** Primary codes listed for the add-on and in force on the date (empty for type 2). */
  primaries: AddOnPrimary[];
  /** When the add-on code itself was deleted, if it was. */
  addOnDeleted?: string;
  /** Every row that answered, listed primaries and "CCCCC" rows alike. */
  evidence: TableEvidence[];
}

interface AocRow {
  addon: string;
  primary_code: string;
  type: number;
  addon_deleted: string | null;
  primary_deleted: string | null;
  effective: string;
  deleted: string | null;
  note: string | null;
  row: number;
}

const toJulian = (iso: string | null): string | null => {
  if (iso === null) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  const day = Math.round((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  return `${d.getUTCFullYear()}${String(day).padStart(3, '0')}`;
};

function rowEvidence(open: OpenRelease, r: AocRow): TableEvidence {
  // Row values as the file writes them (CCYYDDD dates), so a reader can find the row.
  return tableEvidence(
    open,
    {
      AOC_Edit_Type: String(r.type),
      'Add-On_Code': r.addon,
      AOC_DelDT: toJulian(r.addon_deleted),
      Primary_Code: r.primary_code,
      Primary_Code_DelDT: toJulian(r.primary_deleted),
      AOC_Edit_EffDT: toJulian(r.effective),
      AOC_Edit_DelDT: toJulian(r.deleted),
      Special_Instruction_Notes: r.note,
    },
    { file: readMeta(open.db, 'file'), line: r.row },
  );
}

/** The add-on code edits of `code` in force on `on`; undefined when it is not an add-on code then. */
export function addOnEdits(store: CodeSetStore, code: HcpcsCode, on: string): AddOnEdit | undefined {
  const open = openRelease(store, AOC_DATASET, on);
  if (!open) return undefined;
  const rows = prepared(
    open.db,
    `SELECT * FROM aoc WHERE addon = ? AND effective <= ? AND (deleted IS NULL OR deleted >= ?)
     ORDER BY primary_code`,
  ).all(code, on, on) as AocRow[];
  const first = rows[0];
  if (!first) return undefined;
  const edit: AddOnEdit = {
    addOn: code,
    type: first.type as AddOnType,
    contractorDefined: false,
    primaries: [],
    evidence: [],
  };
  if (first.addon_deleted !== null) edit.addOnDeleted = first.addon_deleted;
  for (const r of rows) {
    const evidence = rowEvidence(open, r);
    edit.evidence.push(evidence);
    if (r.primary_code === CONTRACTOR_DEFINED) {
      edit.contractorDefined = true;
      continue;
    }
    const p: AddOnPrimary = { code: r.primary_code as HcpcsCode, effective: r.effective, evidence };
    if (r.primary_deleted !== null) p.primaryDeleted = r.primary_deleted;
    if (r.deleted !== null) p.deleted = r.deleted;
    edit.primaries.push(p);
  }
  if (edit.type === 2) edit.contractorDefined = true;
  return edit;
}

/**
 * Every code the release in force on `on` lists as an add-on code, on any date: a code not in
 * it is no add-on code on any date that release answers for (callers skip the dated read).
 */
export function addOnCodes(store: CodeSetStore, on: string): ReadonlySet<string> {
  const open = openRelease(store, AOC_DATASET, on);
  if (!open) return new Set();
  const rows = prepared(open.db, 'SELECT DISTINCT addon FROM aoc').all() as { addon: string }[];
  return new Set(rows.map((r) => r.addon));
}
