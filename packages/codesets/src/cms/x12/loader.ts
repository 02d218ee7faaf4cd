/**
 * @module cms/x12/loader
 * Loaders for the CARC and RARC lists (see cms/x12/code-list.ts).
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader, LoaderContext } from '../../install/loader.ts';
import { badInput, plainText } from '../common/source-text.ts';
import { X12_CODE_SCHEMA, type X12Code } from './code-list.ts';
import { parseCarcHtml } from './carc-html.ts';
import { parseRarcCsv } from './rarc-csv.ts';

function write(ctx: LoaderContext, codes: X12Code[], where: string): void {
  ctx.db.exec(X12_CODE_SCHEMA);
  const insert = ctx.db.prepare('INSERT INTO x12_codes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  ctx.db.transaction(() => {
    for (const c of codes) {
      try {
        insert.run(
          c.list,
          c.code,
          c.description,
          c.alert ? 1 : 0,
          c.start ?? null,
          c.lastModified ?? null,
          c.stop ?? null,
          c.notes ?? null,
          c.line,
        );
      } catch (cause) {
        throw new MedcodeError(ERROR_CODES.BAD_INPUT, `${c.list.toUpperCase()} ${c.code} appears twice`, {
          place: { file: where, line: c.line },
          cause,
        });
      }
    }
  })();
}

function onlyFile(ctx: LoaderContext): { name: string; path: string } {
  const name = ctx.release.files[0]?.name;
  if (name === undefined) throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: no file`);
  return { name, path: ctx.file(name) };
}

export const carcLoader: DatasetLoader = {
  name: 'x12-carc-html',
  version: 1,
  load(ctx) {
    const { name, path } = onlyFile(ctx);
    if (!/\.html?$/i.test(name))
      throw badInput('expected the saved x12.org CARC page (.html)', { file: name });
    const src = plainText(path, 'utf-8');
    write(ctx, parseCarcHtml(src.text, src.where), src.where);
  },
};

export const rarcLoader: DatasetLoader = {
  name: 'x12-rarc-csv',
  version: 1,
  load(ctx) {
    const { path } = onlyFile(ctx);
    const src = plainText(path, 'utf-8');
    write(ctx, parseRarcCsv(src.text, src.where), src.where);
  },
};
