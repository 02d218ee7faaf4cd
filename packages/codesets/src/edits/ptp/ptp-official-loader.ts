/**
 * @module edits/ptp/ptp-official-loader
 * NCCI procedure-to-procedure edits in CMS's published layout: the practitioner (ccipra-…) and
 * hospital (ccioph-…) tables, each released quarterly as several zips of one tab-delimited text
 * file each ("ccipra-v322r0-f1.txt"). A file opens with the AMA notice and a header block
 * (`Column 1 / Column 2 / *=in existence prior to 1996 / Effective Date / Deletion Date *=no data
 * / Modifier 0=not allowed 1=allowed 9=not applicable / PTP Edit Rationale`, spread over a few
 * lines), then one edit per line: column 1 code, column 2 code, "*" when the edit existed before
 * 1996, effective date CCYYMMDD, deletion date CCYYMMDD or "*", modifier indicator, rationale.
 * The release may list the zips or the extracted .txt files.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHcpcs } from '@medcode/domain';
import { unzipSync } from 'fflate';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { badRecord } from '../read/problems.ts';
import { writeMeta } from '../read/release-db.ts';
import { textLines } from '../read/text-lines.ts';
import { inTransaction } from '../read/transaction.ts';
import { type ModifierIndicator, type PtpRecord, PtpWriter } from './ptp-schema.ts';

/** A data line: two codes, then the prior-1996 mark, the effective date ... (CMS PTP layout). */
const DATA = /^[0-9A-Z]{5}\t[0-9A-Z]{5}\t/;

interface Source {
  name: string;
  /** Opened only when its turn comes, so one unzipped table at a time is in memory. */
  lines: () => AsyncIterable<{ text: string; line: number }> | Iterable<{ text: string; line: number }>;
}

function* bufferLines(buf: Uint8Array): Generator<{ text: string; line: number }> {
  const text = new TextDecoder('latin1').decode(buf);
  let line = 0;
  for (const t of text.split(/\r?\n/)) yield { text: t, line: ++line };
}

/** The text files of a release: .txt as they are, .zip by their .txt members. */
function sources(ctx: LoaderContext): Source[] {
  const out: Source[] = [];
  for (const f of ctx.release.files) {
    const path = ctx.file(f.name);
    const lower = f.name.toLowerCase();
    if (lower.endsWith('.zip')) {
      const members: string[] = [];
      unzipSync(readFileSync(path), {
        filter: (m) => {
          if (m.name.toLowerCase().endsWith('.txt')) members.push(m.name);
          return false; // list only: each member is inflated when its turn comes
        },
      });
      if (members.length === 0) throw badRecord({ file: path }, 'the zip holds no .txt PTP table');
      for (const m of members.sort()) {
        out.push({
          name: `${f.name}!${m}`,
          lines: () => {
            const one = unzipSync(readFileSync(path), { filter: (x) => x.name === m });
            return bufferLines(one[m] ?? new Uint8Array());
          },
        });
      }
    } else if (lower.endsWith('.txt')) {
      out.push({ name: f.name, lines: () => textLines(path, 'latin1') });
    }
  }
  return out;
}

/** One data line → a record; throws a bad-input error naming the place. */
export function parsePtpLine(text: string, where: { file: string; line: number }): PtpRecord {
  const f = text.split('\t').map((s) => s.trim());
  const [c1 = '', c2 = '', prior = '', eff = '', del = '', mod = '', rationale = ''] = f;
  const col1 = parseHcpcs(c1);
  if (!col1.ok) throw badRecord({ ...where, field: 'Column 1' }, col1.error);
  const col2 = parseHcpcs(c2);
  if (!col2.ok) throw badRecord({ ...where, field: 'Column 2' }, col2.error);
  if (prior !== '' && prior !== '*')
    throw badRecord(
      { ...where, field: '*=in existence prior to 1996' },
      `expected "*" or nothing: "${prior}"`,
    );
  if (!/^\d{8}$/.test(eff))
    throw badRecord({ ...where, field: 'Effective Date' }, `not a CCYYMMDD date: "${eff}"`);
  if (del !== '*' && del !== '' && !/^\d{8}$/.test(del))
    throw badRecord({ ...where, field: 'Deletion Date' }, `not a CCYYMMDD date or "*": "${del}"`);
  if (mod !== '0' && mod !== '1' && mod !== '9')
    throw badRecord({ ...where, field: 'Modifier' }, `modifier indicator must be 0, 1 or 9: "${mod}"`);
  return {
    col1: col1.value,
    col2: col2.value,
    effective: Number(eff),
    deleted: del === '*' || del === '' ? null : Number(del),
    modifier: Number(mod) as ModifierIndicator,
    prior1996: prior === '*',
    rationale: rationale === '' ? null : rationale,
    source: null,
  };
}

async function loadSource(writer: PtpWriter, src: Source): Promise<number> {
  const fileId = writer.text(src.name);
  let header = false;
  let data = false;
  let rows = 0;
  for await (const { text, line } of src.lines()) {
    const where = { file: src.name, line };
    if (!data) {
      if (DATA.test(text)) data = true;
      else {
        if (/column\s*1/i.test(text) && /column\s*2/i.test(text)) header = true;
        continue; // notice and header block
      }
      if (!header)
        throw badRecord(where, 'data before the "Column 1 / Column 2" header: not an NCCI PTP table');
    }
    if (text.trim() === '') continue;
    writer.add(parsePtpLine(text, where), fileId, where);
    rows++;
  }
  if (!data) throw badRecord({ file: src.name }, 'no PTP edit rows found: not an NCCI PTP table');
  return rows;
}

export const ptpOfficialLoader: DatasetLoader = {
  name: 'ncci-ptp',
  version: 1,
  async load(ctx) {
    const writer = new PtpWriter(ctx.db);
    const list = sources(ctx);
    if (list.length === 0)
      throw badRecord({ file: ctx.release.id }, 'a PTP release needs .txt or .zip files');
    await inTransaction(ctx.db, async () => {
      for (const [i, src] of list.entries()) {
        await loadSource(writer, src);
        ctx.progress(i + 1, list.length, 'PTP files');
      }
      writer.pack();
    });
    writeMeta(ctx.db, {
      layout: 'cms-ncci-ptp',
      files: list.map((s) => basename(s.name)).join(', '),
      rows: writer.rows,
    });
  },
};
