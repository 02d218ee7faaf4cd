/**
 * @module cms/hcpcs/anweb-xlsx
 * The current CMS HCPCS layout: the ANWEB workbook (HCPC<year>_<MON>_ANWEB.xlsx), one sheet, a
 * heading row of 48 columns (HCPC, SEQNUM, RECID, LONG DESCRIPTION, SHORT DESCRIPTION, PRICE1-4,
 * MULT_PI, CIM1-3, MCM1-3, STATUTE, LABCERT1-8, XREF1-5, COV, ASC_GRP, ASC_DT, OPPS, OPPS_PI,
 * OPPS_DT, PROCNOTE, BETOS, TOS1-5, ANEST_BU, ADD DT, ACT EFF DT, TERM DT, ACTION CD) and one row
 * per code or modifier (RECID 3 / 7), the long description whole in one cell. Columns are found
 * by heading, so their order may change. The workbook is streamed: it is several megabytes.
 */
import ExcelJS from 'exceljs';
import { isMedcodeError, type Place } from '@medcode/domain';
import { ccyymmdd } from '../common/dates.ts';
import { opt } from '../common/optional.ts';
import { badInput } from '../common/source-text.ts';
import type { HcpcsRecord } from './record.ts';

const REQUIRED = ['HCPC', 'RECID', 'LONG DESCRIPTION', 'SHORT DESCRIPTION', 'ADD DT', 'TERM DT', 'ACTION CD'];

/** A cell as text: numbers as written, rich text joined, blanks empty. */
function cellText(v: ExcelJS.CellValue, place: Place): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10).replace(/-/g, '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v && v.result !== undefined)
    return cellText(v.result as ExcelJS.CellValue, place);
  throw badInput('cell holds neither text nor a number', place);
}

/** Rows of the ANWEB workbook as HCPCS records. */
export async function* readAnwebXlsx(path: string, where: string): AsyncGenerator<HcpcsRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      if (sheets++ > 0) break; // the ANWEB workbook has one sheet
      const sheetName = (sheet as unknown as { name?: string }).name;
      let columns: Map<string, number> | undefined;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const place: Place = { file: where, ...(sheetName ? { sheet: sheetName } : {}), row: row.number };
        const text = (i: number | undefined, field?: string): string =>
          i === undefined ? '' : cellText(values[i], field ? { ...place, field } : place).trim();
        if (!columns) {
          // row.values is sparse (index 0 and blank cells are holes): walk every index.
          columns = new Map();
          for (let i = 1; i < values.length; i++) {
            const heading = cellText(values[i], place).trim().toUpperCase();
            if (heading !== '') columns.set(heading, i);
          }
          const missing = REQUIRED.filter((h) => !columns!.has(h));
          if (missing.length > 0) throw badInput(`heading row lacks ${missing.join(', ')}`, place);
          continue;
        }
        const col = (h: string): string => text(columns!.get(h), h);
        const series = (h: string, n: number): string[] => {
          const out: string[] = [];
          for (let i = 1; i <= n; i++) {
            const v = col(`${h}${i}`);
            if (v !== '') out.push(v);
          }
          return out;
        };
        if (values.every((v) => v === null || v === undefined || v === '')) continue;
        yield toRecord(col, series, place);
      }
    }
  } catch (cause) {
    if (isMedcodeError(cause)) throw cause;
    throw badInput(`not a readable xlsx workbook (${String(cause)})`, { file: where });
  }
  if (sheets === 0) throw badInput('the workbook has no sheet', { file: where });
}

function toRecord(
  col: (h: string) => string,
  series: (h: string, n: number) => string[],
  place: Place,
): HcpcsRecord {
  const recid = col('RECID');
  if (recid !== '3' && recid !== '7')
    throw badInput(`RECID "${recid}" is neither 3 (code) nor 7 (modifier)`, { ...place, field: 'RECID' });
  const kind = recid === '3' ? 'code' : 'modifier';
  const code = col('HCPC');
  if (kind === 'code' ? !/^[A-Z]\d{4}$/.test(code) : !/^[0-9A-Z]{2}$/.test(code))
    throw badInput(`"${code}" is not a HCPCS Level II ${kind}`, { ...place, field: 'HCPC' });
  const long = col('LONG DESCRIPTION');
  if (long === '') throw badInput(`${code} has no long description`, { ...place, field: 'LONG DESCRIPTION' });
  const date = (h: string): string | undefined => ccyymmdd(col(h), { ...place, field: h });
  const anes = col('ANEST_BU');
  if (anes !== '' && !/^\d+$/.test(anes))
    throw badInput(`ANEST_BU "${anes}" is not a number`, { ...place, field: 'ANEST_BU' });
  return {
    kind,
    code,
    seq: col('SEQNUM'),
    longDescription: long,
    shortDescription: col('SHORT DESCRIPTION'),
    pricing: series('PRICE', 4),
    multiplePricing: col('MULT_PI'),
    cim: series('CIM', 3),
    mcm: series('MCM', 3),
    statute: col('STATUTE'),
    labCert: series('LABCERT', 8),
    xref: series('XREF', 5),
    coverage: col('COV'),
    ascGroup: col('ASC_GRP'),
    opps: col('OPPS'),
    oppsIndicator: col('OPPS_PI'),
    procNote: col('PROCNOTE'),
    betos: col('BETOS'),
    typeOfService: series('TOS', 5),
    ...opt('anesthesiaBaseUnits', anes === '' ? undefined : Number(anes)),
    actionCode: col('ACTION CD'),
    ...opt('ascDate', date('ASC_DT')),
    ...opt('oppsDate', date('OPPS_DT')),
    ...opt('addDate', date('ADD DT')),
    ...opt('actionDate', date('ACT EFF DT')),
    ...opt('termDate', date('TERM DT')),
    place,
  };
}
