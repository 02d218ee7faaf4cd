/**
 * @module cms/common/csv
 * Small CSV files with a heading row (place of service, RARC), read into records keyed by
 * heading, each with its line number for error places.
 */
import { type Options, parse } from 'csv-parse/sync';
import { badInput } from './source-text.ts';

export interface CsvRow {
  get(heading: string): string;
  line: number;
}

/** A parsed record and the line it ends on. */
export interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * csv-parse with `info: true`, typed as it returns (its typings give string[][] for any
 * options). Parse errors are bad input naming the file and the line.
 */
export function parseRecords(text: string, where: string, options: Options): CsvRecord[] {
  try {
    return parse(text, { ...options, info: true }) as unknown as CsvRecord[];
  } catch (cause) {
    const line = (cause as { lines?: number }).lines;
    throw badInput(
      `not a readable ${options.delimiter === '\t' ? 'tab-delimited' : 'CSV'} file (${(cause as Error).message})`,
      {
        file: where,
        ...(line !== undefined ? { line } : {}),
      },
    );
  }
}

export function readCsv(text: string, where: string, required: readonly string[]): CsvRow[] {
  const rows = parseRecords(text, where, { skip_empty_lines: true, relax_column_count: false });
  const head = rows[0]?.record.map((h) => h.trim());
  if (!head) throw badInput('the file is empty', { file: where });
  const missing = required.filter((h) => !head.includes(h));
  if (missing.length > 0)
    throw badInput(`the heading row lacks ${missing.join(', ')}`, { file: where, line: 1 });
  const index = new Map(head.map((h, i) => [h, i]));
  return rows.slice(1).map(({ record, info }) => ({
    line: info.lines,
    get: (h: string) => (record[index.get(h) ?? -1] ?? '').trim(),
  }));
}
