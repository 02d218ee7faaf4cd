/**
 * @module icd10cm/history-loader
 * Loads the ICD-10-CM history release: every fiscal year since FY2016 (full order files, or
 * the prior year plus that year's order addenda where CDC has no full file on hand), folded
 * into validity spans, and the conversion tables (what each new code was assigned to before).
 * Files are recognised by content: the order file's year is in its name inside the zip, the
 * addenda's in their summary, the conversion table's in its title.
 */
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../install/loader.ts';
import { type ConversionTable, readConversionTable } from './conversion-table.ts';
import { ICD10CM_LOADERS } from './datasets.ts';
import { type Span, SpanBuilder, type YearRecord } from './history-build.ts';
import { applyOrderAddenda, parseOrderAddenda, parseOrderFile } from './order-file.ts';
import { listZip, ORDER_MEMBER, readZipText } from './zip-text.ts';

export const HISTORY_SCHEMA = `
CREATE TABLE spans (
  code TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT NOT NULL,
  first_fy INTEGER NOT NULL, last_fy INTEGER NOT NULL,
  billable INTEGER NOT NULL, short TEXT NOT NULL, long TEXT NOT NULL,
  PRIMARY KEY (code, valid_from)
) WITHOUT ROWID;
CREATE TABLE conversion (
  code TEXT NOT NULL, effective TEXT NOT NULL, previous TEXT NOT NULL,
  prev_from TEXT NOT NULL, prev_to TEXT NOT NULL, source TEXT NOT NULL
);
CREATE INDEX conversion_prev ON conversion (prev_from, prev_to);
CREATE INDEX conversion_code ON conversion (code);
CREATE TABLE years (
  fy INTEGER PRIMARY KEY, source TEXT NOT NULL, codes INTEGER NOT NULL, headers INTEGER NOT NULL
);
`;

interface Plan {
  full: Map<number, { name: string }>;
  addenda: Map<number, { name: string; text: string }>;
  conversion: string[];
}

function planFiles(ctx: LoaderContext): Plan {
  const plan: Plan = { full: new Map(), addenda: new Map(), conversion: [] };
  for (const f of ctx.release.files) {
    const lower = f.name.toLowerCase();
    if (lower.endsWith('.zip')) {
      // The year is the order file's: icd10cm_order_2016.txt, icd10cm-order-Jan-2021.txt ...
      const member = listZip(ctx.file(f.name)).find((m) => ORDER_MEMBER.test(m.split('/').pop() ?? ''));
      const year = member ? /(\d{4})/.exec(member.split('/').pop() ?? '') : null;
      if (!year) {
        throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'no ICD-10-CM order file with a year in the zip', {
          place: { file: f.name },
        });
      }
      plan.full.set(Number(year[1]), { name: f.name });
    } else if (/order[-_]addenda/.test(lower)) {
      const text = readFileSync(ctx.file(f.name), 'latin1');
      const { summary } = parseOrderAddenda(text, f.name);
      plan.addenda.set(summary.toYear, { name: f.name, text });
    } else if (lower.endsWith('.csv') || lower.endsWith('.xlsx')) {
      plan.conversion.push(f.name);
    }
  }
  return plan;
}

function readFullYear(ctx: LoaderContext, name: string): Map<string, YearRecord> {
  const { member, text } = readZipText(ctx.file(name), ORDER_MEMBER, 'ICD-10-CM order file');
  const codes = new Map<string, YearRecord>();
  for (const r of parseOrderFile(text, `${name}:${member}`)) codes.set(r.code, r);
  return codes;
}

function writeSpans(db: Database.Database, spans: readonly Span[]): void {
  const ins = db.prepare(
    'INSERT INTO spans (code, valid_from, valid_to, first_fy, last_fy, billable, short, long) VALUES (?,?,?,?,?,?,?,?)',
  );
  for (const s of spans)
    ins.run(s.code, s.validFrom, s.validTo, s.firstFy, s.lastFy, s.billable ? 1 : 0, s.short, s.long);
}

function writeConversion(db: Database.Database, tables: { name: string; table: ConversionTable }[]): void {
  const ins = db.prepare(
    'INSERT INTO conversion (code, effective, previous, prev_from, prev_to, source) VALUES (?,?,?,?,?,?)',
  );
  const seen = new Set<string>();
  // Newest table first: the tables are cumulative, a row is kept once with its newest source.
  const ordered = [...tables].sort((a, b) => (b.table.fiscalYear ?? 0) - (a.table.fiscalYear ?? 0));
  for (const { name, table } of ordered) {
    const source = table.fiscalYear !== undefined ? `FY${table.fiscalYear} conversion table` : name;
    for (const r of table.rows) {
      const key = `${r.code}|${r.effective}|${r.previousText.replace(/\s+/g, ' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (r.previous.length === 0) ins.run(r.code, r.effective, r.previousText, '', '', source);
      for (const p of r.previous) ins.run(r.code, r.effective, r.previousText, p.from, p.to, source);
    }
  }
}

export const icd10cmHistoryLoader: DatasetLoader = {
  name: ICD10CM_LOADERS.history,
  version: 1,
  async load(ctx) {
    const plan = planFiles(ctx);
    const years = [...new Set([...plan.full.keys(), ...plan.addenda.keys()])].sort((a, b) => a - b);
    const tables: { name: string; table: ConversionTable }[] = [];
    for (const name of plan.conversion) {
      ctx.progress(tables.length, plan.conversion.length, 'conversion tables');
      tables.push({ name, table: await readConversionTable(ctx.file(name), name) });
    }
    const builder = new SpanBuilder();
    const yearRows: { fy: number; source: string; codes: number; headers: number }[] = [];
    let prev: Map<string, YearRecord> | undefined;
    for (const [i, fy] of years.entries()) {
      ctx.progress(i, years.length, 'order files by fiscal year');
      const full = plan.full.get(fy);
      const add = plan.addenda.get(fy);
      let codes: Map<string, YearRecord>;
      let source: string;
      if (full) {
        codes = readFullYear(ctx, full.name);
        source = full.name;
      } else if (add && prev) {
        codes = applyOrderAddenda(prev, parseOrderAddenda(add.text, add.name), add.name);
        source = `FY${fy - 1} + ${add.name}`;
      } else {
        throw new MedcodeError(
          ERROR_CODES.BAD_INPUT,
          `FY${fy}: neither an order file nor addenda on FY${fy - 1}`,
          {
            place: { file: add?.name ?? ctx.release.id },
          },
        );
      }
      builder.add(fy, codes);
      let billable = 0;
      for (const r of codes.values()) if (r.billable) billable++;
      yearRows.push({ fy, source, codes: billable, headers: codes.size - billable });
      prev = codes;
    }
    const addedOn = new Map<string, string>();
    for (const { table } of tables)
      for (const r of table.rows) {
        const known = addedOn.get(r.code);
        if (known === undefined || r.effective < known) addedOn.set(r.code, r.effective);
      }
    const spans = builder.finish(addedOn);
    ctx.db.exec(HISTORY_SCHEMA);
    const yearIns = ctx.db.prepare('INSERT INTO years (fy, source, codes, headers) VALUES (?,?,?,?)');
    ctx.db.transaction(() => {
      writeSpans(ctx.db, spans);
      writeConversion(ctx.db, tables);
      for (const y of yearRows) yearIns.run(y.fy, y.source, y.codes, y.headers);
    })();
    ctx.progress(years.length, years.length, 'order files by fiscal year');
  },
};
