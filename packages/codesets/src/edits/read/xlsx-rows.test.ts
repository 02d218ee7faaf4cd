/**
 * Rows of an .xlsx whatever the order of its parts. exceljs's streaming reader parses a sheet it
 * meets after the shared strings at once, and fails when the workbook part naming the sheets
 * comes later in the archive; exceljs's own writer can order the parts so when its compression
 * finishes out of order. sheetRows then reads the file whole.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { putXlsx } from '../test-support.ts';
import { cellText, sheetRows } from './xlsx-rows.ts';

const dir = mkdtempSync(join(tmpdir(), 'medcode-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same file with its shared strings before the sheet and the workbook part last. */
function reordered(path: string): string {
  const parts = unzipSync(readFileSync(path));
  const order = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'];
  const out: Record<string, Uint8Array> = {};
  for (const name of order) if (parts[name]) out[name] = parts[name];
  for (const [name, data] of Object.entries(parts))
    if (!(name in out) && name !== 'xl/workbook.xml') out[name] = data;
  out['xl/workbook.xml'] = parts['xl/workbook.xml']!;
  const p = path.replace(/\.xlsx$/, '-reordered.xlsx');
  writeFileSync(p, zipSync(out));
  return p;
}

async function texts(path: string, sheet?: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of sheetRows(path, sheet)) out.push(r.cells.slice(1).map(cellText));
  return out;
}

describe('sheet rows', () => {
  const rows = [
    ['HCPCS', 'NCD'],
    ['87086', '190.12'],
    [82947, '190.20'],
  ];

  it('come back in order from a file in the usual order', async () => {
    const p = await putXlsx(dir, 'usual.xlsx', 'Codes', rows);
    expect(await texts(p)).toEqual([
      ['HCPCS', 'NCD'],
      ['87086', '190.12'],
      ['82947', '190.20'],
    ]);
  });

  it('come back the same when the workbook part comes after the sheet and its shared strings', async () => {
    const p = reordered(await putXlsx(dir, 'late-workbook.xlsx', 'Codes', rows));
    const names = Object.keys(unzipSync(readFileSync(p)));
    expect(names.indexOf('xl/sharedStrings.xml')).toBeLessThan(names.indexOf('xl/worksheets/sheet1.xml'));
    expect(names.at(-1)).toBe('xl/workbook.xml');
    expect(await texts(p)).toEqual([
      ['HCPCS', 'NCD'],
      ['87086', '190.12'],
      ['82947', '190.20'],
    ]);
    expect(await texts(p, 'Codes')).toHaveLength(3);
  });
});
