/**
 * @module icd10cm/zip-text
 * Reading one text member of an official zip (CDC ships the order files zipped). Only the
 * member asked for is inflated.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';

export interface ZipText {
  /** The member's name inside the zip (folders included). */
  member: string;
  text: string;
}

/** The single member whose base name matches `pattern`; an error names the zip otherwise. */
export function readZipText(path: string, pattern: RegExp, what: string): ZipText {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(readFileSync(path), {
      filter: (f) => pattern.test(f.name.split('/').pop() ?? ''),
    });
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not a readable zip: ${String(cause)}`, {
      place: { file: path },
      cause,
    });
  }
  const names = Object.keys(files);
  if (names.length !== 1) {
    throw new MedcodeError(
      ERROR_CODES.BAD_INPUT,
      `expected one ${what} in the zip, found ${names.length === 0 ? 'none' : names.join(', ')}`,
      { place: { file: path } },
    );
  }
  const member = names[0]!;
  // The CDC text files are ASCII; latin1 keeps any stray byte visible instead of failing.
  return { member, text: Buffer.from(files[member]!).toString('latin1') };
}

/** The names of a zip's members, without inflating any. */
export function listZip(path: string): string[] {
  const names: string[] = [];
  try {
    unzipSync(readFileSync(path), {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not a readable zip: ${String(cause)}`, {
      place: { file: path },
      cause,
    });
  }
  return names;
}

/** The ICD-10-CM order file inside a CDC code-descriptions zip (never the order addenda). */
export const ORDER_MEMBER = /^icd10cm[-_]order[-_](?!addenda)[\w-]*\.txt$/i;
