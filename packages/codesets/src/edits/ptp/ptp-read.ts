/**
 * @module edits/ptp/ptp-read
 * `ptpPair(store, column1, column2, on)`: the NCCI procedure-to-procedure edit for a pair of codes
 * reported for the same beneficiary by the same provider on the same date, if a table has one.
 * The pair is directional (column 1 is paid, column 2 is denied unless bypassed): ask both ways
 * when the order of two lines is not known. Modifier indicator (NCCI Policy Manual for Medicare
 * Services, ch. I, and the PTP file header): 0 = no modifier bypasses the edit; 1 = an
 * NCCI-associated modifier bypasses it when the documentation supports it (anatomic E1-E4,
 * FA, F1-F9, LC, LD, LM, LT, RC, RI, RT, TA, T1-T9; global 24, 25, 57, 58, 78, 79; other 27, 59,
 * 91, XE, XS, XP, XU); 9 = the edit does not apply (deleted retroactively).
 * An edit is in force from its effective date through its deletion date.
 */
import type { HcpcsCode } from '@medcode/domain';
import type { CodeSetStore } from '../../store.ts';
import { type TableEvidence, tableEvidence } from '../evidence.ts';
import { dayNumber, isoFromDayNumber } from '../read/dates.ts';
import { prepared } from '../read/release-db.ts';
import type { ModifierIndicator } from './ptp-schema.ts';
import { type PtpOptions, type PtpTable, ptpTables } from './ptp-sources.ts';

export interface PtpEdit {
  column1: HcpcsCode;
  column2: HcpcsCode;
  modifierIndicator: ModifierIndicator;
  /** False for indicator 9: the pair is listed but no edit applies. */
  applies: boolean;
  /** True for indicator 1: an NCCI-associated modifier on either code may bypass the edit. */
  bypassable: boolean;
  /** First and last day in force; absent when the table is undated / the edit not deleted. */
  effective?: string;
  deleted?: string;
  /** The table gives no dates for this edit (custom/derived tables). */
  undated: boolean;
  prior1996: boolean;
  rationale?: string;
  /** Where the edit comes from: "CMS NCCI PTP practitioner v32.2", or a custom table's label. */
  source: string;
  official: boolean;
  evidence: TableEvidence;
}

interface PtpRow {
  col1: string;
  col2: string;
  effective: number;
  deleted: number | null;
  modifier: number;
  prior1996: number;
  rationale: string | null;
  source: string | null;
  file: string;
  line: number;
}

const PAIR_SQL = `
SELECT p.col1, p.col2, p.effective, p.deleted, p.modifier, p.prior1996, p.line,
       r.text AS rationale, s.text AS source, f.text AS file
FROM ptp p
LEFT JOIN ptp_text r ON r.id = p.rationale
LEFT JOIN ptp_text s ON s.id = p.source
JOIN ptp_text f ON f.id = p.file
WHERE p.col1 = ? AND p.col2 = ? AND p.effective <= ? AND (p.deleted IS NULL OR p.deleted >= ?)
ORDER BY p.effective DESC
LIMIT 1`;

const EDITS_OF_SQL = PAIR_SQL.replace('AND p.col2 = ?', '')
  .replace('ORDER BY p.effective DESC', 'ORDER BY p.col2, p.effective')
  .replace('LIMIT 1', '');

function toEdit(table: PtpTable, r: PtpRow): PtpEdit {
  const modifier = r.modifier as ModifierIndicator;
  const source = r.source ?? table.sourceLabel;
  const row: Record<string, string | number | null> = {
    'Column 1': r.col1,
    'Column 2': r.col2,
    '*=in existence prior to 1996': r.prior1996 ? '*' : '',
    'Effective Date': r.effective === 0 ? null : String(r.effective),
    'Deletion Date': r.deleted === null ? '*' : String(r.deleted),
    Modifier: modifier,
    'PTP Edit Rationale': r.rationale,
  };
  if (!table.official) row.Source = source;
  const edit: PtpEdit = {
    column1: r.col1 as HcpcsCode,
    column2: r.col2 as HcpcsCode,
    modifierIndicator: modifier,
    applies: modifier !== 9,
    bypassable: modifier === 1,
    undated: r.effective === 0,
    prior1996: r.prior1996 === 1,
    source,
    official: table.official,
    evidence: tableEvidence(table, row, { file: r.file, line: r.line }),
  };
  if (r.effective !== 0) edit.effective = isoFromDayNumber(r.effective);
  if (r.deleted !== null) edit.deleted = isoFromDayNumber(r.deleted);
  if (r.rationale !== null) edit.rationale = r.rationale;
  return edit;
}

/** The edit for column 1 / column 2 on `on` from the first table that has one (official first). */
export function ptpPair(
  store: CodeSetStore,
  column1: HcpcsCode,
  column2: HcpcsCode,
  on: string,
  opts: PtpOptions = {},
): PtpEdit | undefined {
  const day = dayNumber(on);
  for (const table of ptpTables(store, on, opts)) {
    const r = prepared(table.db, PAIR_SQL).get(column1, column2, day, day) as PtpRow | undefined;
    if (r) return toEdit(table, r);
  }
  return undefined;
}

/** Every edit whose column 1 is `code` on `on`, from all the tables (for listing a code's bundles). */
export function ptpEditsOf(
  store: CodeSetStore,
  code: HcpcsCode,
  on: string,
  opts: PtpOptions = {},
): PtpEdit[] {
  const day = dayNumber(on);
  const out: PtpEdit[] = [];
  for (const table of ptpTables(store, on, opts)) {
    const rows = prepared(table.db, EDITS_OF_SQL).all(code, day, day) as PtpRow[];
    for (const r of rows) out.push(toEdit(table, r));
  }
  return out;
}
