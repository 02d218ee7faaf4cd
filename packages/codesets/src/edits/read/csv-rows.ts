/**
 * @module edits/read/csv-rows
 * Streams the records of a CMS comma-separated file (MUE tables, CLFS, PFS RVU files) with the
 * line each record starts on, so a loader can name the place of a bad record. CMS files open
 * with notices and captions (the MUE tables' AMA notice is one quoted field spanning several
 * lines), so records are read with a real CSV parser (csv-parse) and the loaders decide which
 * record is the header. A gzip'd file is read through gunzip.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { isGzip } from './text-lines.ts';

export interface CsvRecord {
  cells: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export async function* csvRecords(path: string): AsyncGenerator<CsvRecord> {
  const raw = createReadStream(path);
  const parser = (isGzip(path) ? raw.pipe(createGunzip()) : raw).pipe(
    parse({ raw: true, relax_column_count: true, bom: true, skip_empty_lines: false }),
  );
  let line = 1;
  for await (const r of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    yield { cells: r.record, line };
    // Count the newlines the record spans (inside quoted fields too). csv-parse keeps the
    // closing "\n" in the raw text of LF files but not of CRLF files (there it keeps the "\r").
    let newlines = r.raw.endsWith('\n') ? 0 : 1;
    for (let i = r.raw.indexOf('\n'); i !== -1; i = r.raw.indexOf('\n', i + 1)) newlines++;
    line += newlines;
  }
}

/** Collapses runs of white space (captions in CMS headers wrap: "HCPCS/\nCPT Code"). */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when every cell is blank (the PFS and GPCI files pad with empty rows). */
export const blankRecord = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');
