/**
 * @module edits/read/xlsx-rows
 * Streams the rows of an .xlsx sheet (NCCI add-on code file, lab NCD spreadsheet) with exceljs's
 * streaming reader, so the 66,000-row NCD sheet never sits in memory whole. Cells come back as
 * plain values: text (rich text flattened), numbers, Dates, or null.
 */
import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  sheet: string;
  /** 1-based row number, as Excel shows it. */
  row: number;
  /** Cell values by 1-based column, as Excel numbers them; index 0 is unused. */
  cells: Cell[];
}

function plain(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
    if (o.result !== undefined) return plain(o.result); // formula: its cached value
    if (typeof o.text === 'string') return o.text; // hyperlink
  }
  return String(v);
}

/** Rows of the first sheet (or the sheet named), in order. Empty rows are skipped by exceljs. */
export async function* sheetRows(path: string, sheetName?: string): AsyncGenerator<SheetRow> {
  let read = false;
  try {
    for await (const r of streamedRows(path, sheetName)) {
      read = true;
      yield r;
    }
  } catch (e) {
    // exceljs's streaming reader parses a sheet it meets after the shared strings at once, and
    // fails when the workbook part that names the sheets comes later in the archive ("reading
    // 'sheets'"), as exceljs's own writer can order them. Such a file is read whole instead.
    if (read || !(e instanceof TypeError)) throw e;
    yield* wholeRows(path, sheetName);
  }
}

async function* streamedRows(path: string, sheetName?: string): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache', // needed for date cells to come back as Dates
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let first = true;
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    const wanted = sheetName === undefined ? first : name === sheetName;
    first = false;
    if (!wanted) continue;
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) yield rowOf(name, row);
    return;
  }
}

async function* wholeRows(path: string, sheetName?: string): AsyncGenerator<SheetRow> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!ws) return;
  const rows: SheetRow[] = [];
  ws.eachRow((row) => {
    rows.push(rowOf(ws.name, row));
  });
  yield* rows;
}

function rowOf(sheet: string, row: ExcelJS.Row): SheetRow {
  const values = row.values as unknown[];
  const cells: Cell[] = [];
  for (let i = 0; i < values.length; i++) cells.push(plain(values[i]));
  return { sheet, row: row.number, cells };
}

/** A text cell trimmed; numbers as written (87086 → "87086"); empty → "". */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}
