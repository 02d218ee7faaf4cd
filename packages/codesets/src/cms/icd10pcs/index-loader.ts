/**
 * @module cms/icd10pcs/index-loader
 * The ICD-10-PCS Index (CMS XML, icd10pcs_index_YYYY.xml): main terms and nested subterms, each
 * leading to a code (`<code>`), a code prefix (`<codes>`, 4-6 characters), a table (`<tab>`,
 * 3 characters), a cross-reference (`<see>` root operation or body part, often with a prefix) or
 * a substitution (`<use>`, the PCS term to use instead). One row per reference, with the term's
 * path from the main term ("Abdominoplasty", "Arm, Lower, Left").
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { parseXmlFile } from '../../icd10cm/xml-stream.ts';
import type { DatasetLoader } from '../../install/loader.ts';
import { badInput } from '../common/source-text.ts';

export const PCS_INDEX_DATASET = 'icd10pcs-index';

export type PcsIndexKind = 'code' | 'codes' | 'tab' | 'see' | 'use';

export interface PcsIndexRow {
  path: string;
  kind: PcsIndexKind;
  /** For see/use: the text to look for instead. */
  text: string;
  /** A code, a code prefix or a table, when the entry gives one. */
  target: string;
}

interface Frame {
  title: string;
  /** The see/use being read, with its text and any code inside. */
  ref?: { kind: 'see' | 'use'; text: string; target: string };
}

const TARGET = /^[0-9A-HJ-NP-Z]{3,7}$/;

/** Streams the index XML, calling `row` per reference. */
export async function readPcsIndex(
  path: string,
  where: string,
  row: (r: PcsIndexRow) => void,
): Promise<{ version: string; mainTerms: number }> {
  const frames: Frame[] = [];
  let text: string[] | undefined;
  let version: string | undefined;
  let current = '';
  let mainTerms = 0;
  await parseXmlFile(
    path,
    {
      open(name) {
        current = name;
        if (name === 'mainTerm') mainTerms++;
        if (name === 'mainTerm' || name === 'term') frames.push({ title: '' });
        else if (name === 'see' || name === 'use') {
          const top = frames.at(-1);
          if (top) top.ref = { kind: name, text: '', target: '' };
        }
        text = ['title', 'code', 'codes', 'tab', 'version'].includes(name) ? [] : undefined;
      },
      text(t) {
        if (text) text.push(t);
        else if (current === 'see' || current === 'use') {
          const ref = frames.at(-1)?.ref;
          if (ref) ref.text += t;
        }
      },
      close(name) {
        const value = text?.join('').trim() ?? '';
        text = undefined;
        current = '';
        const top = frames.at(-1);
        if (name === 'version') version = value;
        else if (name === 'title' && top) top.title = value;
        else if ((name === 'code' || name === 'codes' || name === 'tab') && top) {
          if (!TARGET.test(value))
            throw badInput(`<${name}> "${value}" is not an ICD-10-PCS code or prefix`, { file: where });
          if (top.ref) top.ref.target = value;
          else row({ path: pathOf(frames), kind: name, text: '', target: value });
        } else if ((name === 'see' || name === 'use') && top?.ref) {
          row({
            path: pathOf(frames),
            kind: top.ref.kind,
            text: top.ref.text.trim(),
            target: top.ref.target,
          });
          delete top.ref;
        } else if (name === 'mainTerm' || name === 'term') frames.pop();
      },
    },
    where,
  );
  if (version === undefined) throw badInput('not an ICD-10-PCS index (no <version>)', { file: where });
  return { version, mainTerms };
}

const pathOf = (frames: Frame[]): string =>
  frames
    .map((f) => f.title)
    .filter((t) => t !== '')
    .join(', ');

export const icd10pcsIndexLoader: DatasetLoader = {
  name: 'icd10pcs-index-xml',
  version: 1,
  async load(ctx) {
    const name = ctx.release.files[0]?.name;
    if (name === undefined) throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: no file`);
    ctx.db.exec(`
      CREATE TABLE pcs_index (row INTEGER PRIMARY KEY, path TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, target TEXT NOT NULL);
      CREATE INDEX pcs_index_target ON pcs_index (target);
      CREATE TABLE pcs_index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `);
    const insert = ctx.db.prepare('INSERT INTO pcs_index (path, kind, text, target) VALUES (?, ?, ?, ?)');
    let rows: PcsIndexRow[] = [];
    const flush = ctx.db.transaction((rs: PcsIndexRow[]) => {
      for (const r of rs) insert.run(r.path, r.kind, r.text, r.target);
    });
    let count = 0;
    const read = await readPcsIndex(ctx.file(name), name, (r) => {
      rows.push(r);
      if (rows.length === 5000) {
        flush(rows);
        rows = [];
      }
      count++;
    });
    flush(rows);
    if (count === 0) throw badInput('the index has no entries', { file: name });
    const meta = ctx.db.prepare('INSERT INTO pcs_index_meta VALUES (?, ?)');
    meta.run('version', read.version);
    meta.run('mainTerms', String(read.mainTerms));
  },
};
