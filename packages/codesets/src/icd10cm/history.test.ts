import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConversionTable } from './conversion-table.ts';
import { SpanBuilder } from './history-build.ts';
import { icd10cmHistoryLoader } from './history-loader.ts';
import { fixture, runLoader, scratchDir } from './testing.ts';

const rec = (code: string, billable: boolean, long = code) => ({ code, billable, short: long, long });

describe('validity spans', () => {
  it('splits a code where its billable flag changes and ends it when it is deleted', () => {
    const b = new SpanBuilder();
    b.add(
      2024,
      new Map([
        ['B880', rec('B880', true)],
        ['X1', rec('X1', true)],
      ]),
    );
    b.add(2025, new Map([['B880', rec('B880', true)]]));
    b.add(
      2026,
      new Map([
        ['B880', rec('B880', false)],
        ['U071', rec('U071', true)],
      ]),
    );
    const spans = b.finish(new Map([['U071', '2025-04-01']]));
    expect(spans.map((s) => [s.code, s.validFrom, s.validTo, s.billable])).toEqual([
      ['B880', '2023-10-01', '2025-09-30', true],
      ['B880', '2025-10-01', '2026-09-30', false],
      // A mid-year addition (conversion table date) starts before its first October file.
      ['U071', '2025-04-01', '2026-09-30', true],
      ['X1', '2023-10-01', '2024-09-30', true],
    ]);
  });

  it('refuses a gap between fiscal years', () => {
    const b = new SpanBuilder();
    b.add(2016, new Map());
    expect(() => b.add(2018, new Map())).toThrow(/follow each other/);
  });
});

describe('conversion table', () => {
  it('reads the csv layout: effective year means October 1 of that year', async () => {
    const t = await readConversionTable(fixture('conversion-fy2026.csv'), 'conversion-fy2026.csv');
    expect(t.fiscalYear).toBe(2026);
    const a = t.rows.find((r) => r.code === 'A0471');
    expect(a).toMatchObject({ effective: '2017-10-01', previousText: 'A04.7' });
    expect(a?.previous.map((p) => [p.from, p.to])).toEqual([['A047', 'A047']]);
    expect(t.rows.find((r) => r.code === 'U071')?.effective).toBe('2020-04-01');
    expect(t.rows.find((r) => r.code === 'E11A')?.previous).toEqual([]);
  });

  it('reads the xlsx layout, rich-text cells and full dates included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ICD-10-CM-Conversion-Table-FY26');
    ws.addRow([null, 'This FY 2026 (October 1, 2025 Update) Conversion Table includes the new codes']);
    ws.addRow([null, 'Current code assignment', 'Effective', 'Previous Code(s) Assignment']);
    ws.addRow([null, 'D57.454 ', new Date(Date.UTC(2023, 3, 1)), 'D57.458']);
    ws.addRow([null, { richText: [{ text: 'S' }, { text: '06.1X9A' }] }, 2016, 'S06.1X0A']);
    const path = join(scratchDir(), 'conv.xlsx');
    await wb.xlsx.writeFile(path);
    const t = await readConversionTable(path, 'conv.xlsx');
    expect(t.rows.map((r) => [r.code, r.effective, r.previousText])).toEqual([
      ['D57454', '2023-04-01', 'D57.458'],
      ['S061X9A', '2016-10-01', 'S06.1X0A'],
    ]);
  });

  it('names the row of a bad cell', async () => {
    const path = join(scratchDir(), 'bad.csv');
    writeFileSync(
      path,
      'Current code assignment,Effective,Previous\nA04.71,2017,A04.7\nnot-a-code,2017,A04.7\n',
    );
    await expect(readConversionTable(path, 'bad.csv')).rejects.toThrow(
      /bad\.csv, row 3: not an ICD-10-CM code/,
    );
  });
});

describe('history loader', () => {
  it('folds full order files, addenda and conversion tables into spans', async () => {
    const dir = scratchDir();
    const zip = join(dir, 'codes-2025.zip');
    writeFileSync(
      zip,
      zipSync({ 'icd10cm-order-2025.txt': readFileSync(fixture('icd10cm-order-2025.txt')) }),
    );
    const db = await runLoader(icd10cmHistoryLoader, [
      zip,
      fixture('icd10cm-order-addenda-2026.txt'),
      fixture('conversion-fy2026.csv'),
    ]);
    const years = db.prepare('SELECT fy, codes, headers FROM years ORDER BY fy').all();
    expect(years).toEqual([
      { fy: 2025, codes: 5, headers: 6 },
      { fy: 2026, codes: 7, headers: 7 },
    ]);
    const b880 = db.prepare(
      'SELECT valid_from, valid_to, billable FROM spans WHERE code = ? ORDER BY valid_from',
    );
    expect(b880.all('B880')).toEqual([
      { valid_from: '2024-10-01', valid_to: '2025-09-30', billable: 1 },
      { valid_from: '2025-10-01', valid_to: '2026-09-30', billable: 0 },
    ]);
    const replaced = db
      .prepare('SELECT DISTINCT code FROM conversion WHERE prev_from <= ? AND ? <= prev_to ORDER BY code')
      .all('B880', 'B880');
    expect(replaced).toEqual([{ code: 'B8801' }, { code: 'B8809' }]);
  });
});
