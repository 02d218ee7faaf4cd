/**
 * @module edits/ptp/custom-edit-loader
 * A generic import for custom procedure-to-procedure edit tables: the shape payers publish their
 * own bundling edits in, and the shape of the derived NCCI pair list in ../shared (no official
 * PTP release is on hand). A text file, gzip'd or not, tab- or comma-delimited (comma files may
 * quote), optional "#" comment lines first, then a header naming the columns, in any order:
 *
 *   column1, column2          required: the codes (CPT/HCPCS)
 *   modifier_indicator        required: 0 never bypassed, 1 bypassable with an NCCI-associated
 *                             modifier, 9 not applicable (NCCI Policy Manual ch. I)
 *   effective, deletion       optional: CCYYMMDD or YYYY-MM-DD; deletion "*" or empty = in force;
 *                             no effective date = undated (applies whenever the release does)
 *   rationale, source         optional: free text; `source` labels each row's origin (payer
 *                             policy, "derived" ...); without it the release's label is the source
 *
 * Header names are matched loosely ("Column 1", "col1", "Modifier", "Deletion Date" ...).
 * The release's manifest `label` says what the table is; every read result carries it.
 */
import { basename } from 'node:path';
import { parseHcpcs } from '@medcode/domain';
import type { DatasetLoader } from '../../install/loader.ts';
import { csvRecords } from '../read/csv-rows.ts';
import { badRecord } from '../read/problems.ts';
import { writeMeta } from '../read/release-db.ts';
import { textLines } from '../read/text-lines.ts';
import { inTransaction } from '../read/transaction.ts';
import { type ModifierIndicator, type PtpRecord, PtpWriter } from './ptp-schema.ts';

type Field = 'col1' | 'col2' | 'modifier' | 'effective' | 'deletion' | 'rationale' | 'source' | 'prior1996';

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const ALIASES: Record<Field, string[]> = {
  col1: ['column1', 'col1', 'columnone', 'code1'],
  col2: ['column2', 'col2', 'columntwo', 'code2'],
  modifier: ['modifierindicator', 'modifier', 'modifierind', 'mod', 'modind', 'ccmi'],
  effective: ['effective', 'effectivedate', 'effdate', 'eff'],
  deletion: ['deletion', 'deletiondate', 'deldate', 'del', 'deleted'],
  rationale: ['rationale', 'ptpeditrationale', 'editrationale'],
  source: ['source', 'sourcelabel', 'label'],
  prior1996: ['prior1996', 'inexistenceprior1996', 'inexistenceprior'],
};

type Columns = Partial<Record<Field, number>>;

export function customColumns(header: readonly string[], where: { file: string; line: number }): Columns {
  const names = header.map(norm);
  const cols: Columns = {};
  for (const f of Object.keys(ALIASES) as Field[]) {
    const i = names.findIndex(
      (n) => ALIASES[f].includes(n) || (f === 'prior1996' && n.includes('prior1996')),
    );
    if (i >= 0) cols[f] = i;
  }
  for (const f of ['col1', 'col2', 'modifier'] as const) {
    if (cols[f] === undefined)
      throw badRecord(
        where,
        `the header names no ${f === 'modifier' ? 'modifier_indicator' : f.replace('col', 'column')} column`,
      );
  }
  return cols;
}

function day(raw: string, where: { file: string; line: number }, field: string): number | null {
  const s = raw.trim();
  if (s === '' || s === '*') return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
  if (!m) throw badRecord({ ...where, field }, `not a date (CCYYMMDD or YYYY-MM-DD): "${raw}"`);
  return Number(`${m[1]}${m[2]}${m[3]}`);
}

export function customRecord(
  cells: readonly string[],
  cols: Columns,
  where: { file: string; line: number },
): PtpRecord {
  const get = (f: Field): string => (cols[f] === undefined ? '' : (cells[cols[f]] ?? '').trim());
  const col1 = parseHcpcs(get('col1'));
  if (!col1.ok) throw badRecord({ ...where, field: 'column1' }, col1.error);
  const col2 = parseHcpcs(get('col2'));
  if (!col2.ok) throw badRecord({ ...where, field: 'column2' }, col2.error);
  const mod = get('modifier');
  if (mod !== '0' && mod !== '1' && mod !== '9')
    throw badRecord(
      { ...where, field: 'modifier_indicator' },
      `modifier indicator must be 0, 1 or 9: "${mod}"`,
    );
  const effective = day(get('effective'), where, 'effective') ?? 0;
  const deleted = day(get('deletion'), where, 'deletion');
  if (deleted !== null && deleted < effective)
    throw badRecord({ ...where, field: 'deletion' }, 'the deletion date is before the effective date');
  return {
    col1: col1.value,
    col2: col2.value,
    effective,
    deleted,
    modifier: Number(mod) as ModifierIndicator,
    prior1996: get('prior1996') === '*',
    rationale: get('rationale') || null,
    source: get('source') || null,
  };
}

/** The records after the header: tab-delimited lines split as they are, comma files through csv-parse. */
async function* records(path: string): AsyncGenerator<{ cells: string[]; line: number; header: boolean }> {
  let headerLine = 0;
  let comma = false;
  for await (const { text, line } of textLines(path)) {
    const t = text.trim();
    if (headerLine === 0) {
      if (t === '' || t.startsWith('#')) continue;
      headerLine = line;
      if (!text.includes('\t') && text.includes(',')) {
        comma = true;
        break;
      }
      yield { cells: text.split('\t'), line, header: true };
      continue;
    }
    if (t === '') continue;
    yield { cells: text.split('\t'), line, header: false };
  }
  if (!comma) return;
  for await (const { cells, line } of csvRecords(path)) {
    if (line < headerLine) continue;
    if (cells.every((c) => c.trim() === '')) continue;
    yield { cells, line, header: line === headerLine };
  }
}

export const customEditTableLoader: DatasetLoader = {
  name: 'ptp-custom-table',
  version: 1,
  async load(ctx) {
    const writer = new PtpWriter(ctx.db);
    await inTransaction(ctx.db, async () => {
      for (const f of ctx.release.files) {
        const path = ctx.file(f.name);
        const fileId = writer.text(f.name);
        let cols: Columns | undefined;
        for await (const { cells, line, header } of records(path)) {
          const where = { file: path, line };
          if (header) {
            cols = customColumns(cells, where);
            continue;
          }
          if (!cols) throw badRecord(where, 'no header row');
          writer.add(customRecord(cells, cols, where), fileId, where);
          if (writer.rows % 100_000 === 0) ctx.progress(writer.rows, 0, 'PTP pairs');
        }
        if (!cols)
          throw badRecord({ file: path }, 'empty: no header row naming column1, column2, modifier_indicator');
      }
      writer.pack();
    });
    writeMeta(ctx.db, {
      layout: 'custom-edit-table',
      files: ctx.release.files.map((f) => basename(f.name)).join(', '),
      rows: writer.rows,
      label: ctx.release.label ?? '',
    });
  },
};
