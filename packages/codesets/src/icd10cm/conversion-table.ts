/**
 * @module icd10cm/conversion-table
 * The CDC/NCHS ICD-10-CM conversion table (csv up to FY2020, xlsx since): for each code added
 * since FY2016, the date it took effect and the code(s) it was assigned to before. Read in
 * reverse, it says what replaced a deleted code. Columns: "Current code assignment",
 * "Effective" ("Unless otherwise specified the code effective date is October 1 of the year
 * listed": 2017 means 2017-10-01; mid-year additions carry a full date), "Previous Code(s)
 * Assignment".
 */
import ExcelJS from 'exceljs';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { type CodeRange, parseCodeRefs } from './code-ranges.ts';

export interface ConversionRow {
  /** Canonical, no dot. */
  code: string;
  /** YYYY-MM-DD. */
  effective: string;
  previousText: string;
  previous: CodeRange[];
  /** Spreadsheet row, for messages. */
  row: number;
}

export interface ConversionTable {
  /** The fiscal year of the table, read from its title ("FY 2026"). */
  fiscalYear: number | undefined;
  rows: ConversionRow[];
}

type Cell = ExcelJS.CellValue;

/** Plain text of a cell: rich text runs joined, dates as YYYY-MM-DD. */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as Cell);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

const CODE = /^[A-Z](?:[0-9][0-9A-Z]|A[0-9])(?:\.?[0-9A-Z]{1,4})?$/;

function effectiveDate(v: Cell): string | undefined {
  const t = cellText(v).trim();
  if (/^\d{4}$/.test(t)) return `${t}-10-01`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  return undefined;
}

/** Rows of the first worksheet as cell arrays (index 1 = column A). */
async function readRows(path: string): Promise<{ values: Cell[]; row: number }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    if (path.toLowerCase().endsWith('.csv')) await wb.csv.readFile(path);
    else await wb.xlsx.readFile(path);
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not a readable conversion table: ${String(cause)}`, {
      place: { file: path },
      cause,
    });
  }
  const ws = wb.worksheets[0];
  const out: { values: Cell[]; row: number }[] = [];
  ws?.eachRow((r, i) => {
    out.push({ values: r.values as Cell[], row: i });
  });
  return out;
}

export async function readConversionTable(path: string, name: string): Promise<ConversionTable> {
  const rows = await readRows(path);
  let fiscalYear: number | undefined;
  let cols: [number, number, number] | undefined;
  const out: ConversionRow[] = [];
  for (const { values, row } of rows) {
    const texts = values.map(cellText);
    if (!cols) {
      const fy = /FY\s?(\d{4})/.exec(texts.join(' '));
      if (fy && fiscalYear === undefined) fiscalYear = Number(fy[1]);
      const cur = texts.findIndex((t) => /current code assignment/i.test(t));
      if (cur >= 0) cols = [cur, cur + 1, cur + 2];
      continue;
    }
    const code = (texts[cols[0]] ?? '').trim();
    if (code.length === 0) continue;
    const place = { file: name, row };
    if (!CODE.test(code)) {
      throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not an ICD-10-CM code: "${code}"`, { place });
    }
    const effective = effectiveDate(values[cols[1]]);
    if (!effective) {
      const t = texts[cols[1]] ?? '';
      throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not an effective year or date: "${t}"`, { place });
    }
    const previousText = (texts[cols[2]] ?? '').trim();
    out.push({
      code: code.replace('.', ''),
      effective,
      previousText,
      previous: parseCodeRefs(previousText, { single: 'exact' }),
      row,
    });
  }
  if (!cols || out.length === 0) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'no "Current code assignment" table found', {
      place: { file: name },
    });
  }
  return { fiscalYear, rows: out };
}
