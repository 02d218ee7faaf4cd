/**
 * @module edits/read/problems
 * The one way a table loader reports a bad record: a `MedcodeError` (bad input) naming the
 * file and the line (text files) or sheet and row (spreadsheets). The installer then drops the
 * release it was building and the store stays as it was.
 */
import { basename } from 'node:path';
import { ERROR_CODES, MedcodeError, type Place } from '@medcode/domain';

export interface RecordPlace {
  file: string;
  line?: number;
  sheet?: string;
  row?: number;
  field?: string;
}

export function badRecord(where: RecordPlace, message: string): MedcodeError {
  const place: Place = { file: basename(where.file) };
  if (where.sheet !== undefined) place.sheet = where.sheet;
  if (where.row !== undefined) place.row = where.row;
  if (where.line !== undefined) place.line = where.line;
  if (where.field !== undefined) place.field = where.field;
  return new MedcodeError(ERROR_CODES.BAD_INPUT, message, { place });
}
