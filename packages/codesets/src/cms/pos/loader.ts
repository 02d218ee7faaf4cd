/**
 * @module cms/pos/loader
 * Place of service codes. CMS publishes them only as a web table ("Place of Service Code Set");
 * the file on hand is a transcription of it (derived), with columns pos_code, pos_name,
 * pos_description and facility_type_per_author, the last being the transcriber's own tagging,
 * not a CMS field. Unassigned codes are kept, marked as such.
 */
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { DatasetLoader } from '../../install/loader.ts';
import { readCsv } from '../common/csv.ts';
import { badInput, plainText } from '../common/source-text.ts';

export const posLoader: DatasetLoader = {
  name: 'pos-derived-csv',
  version: 1,
  load(ctx) {
    const name = ctx.release.files[0]?.name;
    if (name === undefined) throw new MedcodeError(ERROR_CODES.BUG, `${ctx.release.id}: no file`);
    const src = plainText(ctx.file(name), 'utf-8');
    const rows = readCsv(src.text, src.where, ['pos_code', 'pos_name', 'pos_description']);
    ctx.db.exec(`CREATE TABLE pos_codes (
      code TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, assigned INTEGER NOT NULL,
      facility_type_per_author TEXT
    ) WITHOUT ROWID`);
    const insert = ctx.db.prepare('INSERT INTO pos_codes VALUES (?, ?, ?, ?, ?)');
    ctx.db.transaction(() => {
      for (const r of rows) {
        const place = { file: src.where, line: r.line };
        const code = r.get('pos_code');
        if (!/^\d{2}$/.test(code)) throw badInput(`"${code}" is not a 2-digit place of service code`, place);
        const nameText = r.get('pos_name');
        if (nameText === '') throw badInput(`place of service ${code} has no name`, place);
        try {
          insert.run(
            code,
            nameText,
            r.get('pos_description'),
            /^unassigned$/i.test(nameText) ? 0 : 1,
            r.get('facility_type_per_author') || null,
          );
        } catch (cause) {
          throw new MedcodeError(ERROR_CODES.BAD_INPUT, `place of service ${code} appears twice`, {
            place,
            cause,
          });
        }
      }
    })();
  },
};

export const POS_DATASET = 'pos';

export interface PlaceOfService {
  code: string;
  name: string;
  description: string;
  assigned: boolean;
  /** The transcriber's facility / non-facility tag: not a CMS field, verify before pricing with it. */
  facilityTypePerAuthor?: string;
}
