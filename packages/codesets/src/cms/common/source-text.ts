/**
 * @module cms/common/source-text
 * Reading official text files the way CMS publishes them: inside a zip or gzip, in latin-1
 * (Windows-1252) or UTF-8, with CRLF line ends. Every line keeps its 1-based number so a loader
 * can name the exact place of a bad record.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync, unzipSync } from 'fflate';
import { ERROR_CODES, MedcodeError, type Place } from '@medcode/domain';

export type TextEncoding = 'utf-8' | 'windows-1252';

/** A text member of an official file, with the name used in error places ("x.zip:y.txt"). */
export interface SourceText {
  where: string;
  text: string;
}

export function badInput(message: string, place: Place): MedcodeError {
  return new MedcodeError(ERROR_CODES.BAD_INPUT, message, { place });
}

/** Decodes bytes; UTF-8 files may start with a byte-order mark, which is dropped. */
export function decode(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The members of a zip whose names match `pattern` (folders inside the zip are ignored), in
 * archive order. A damaged archive is reported as bad input naming the file.
 */
export function zipMembers(path: string, pattern: RegExp): { name: string; bytes: Uint8Array }[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(path), { filter: (f) => pattern.test(basename(f.name)) });
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not a readable zip archive (${String(cause)})`, {
      place: { file: path },
      cause,
    });
  }
  return Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, bytes]) => ({ name: basename(name), bytes }));
}

/** The one member of a zip matching `pattern`; bad input when there is none. */
export function zipText(path: string, pattern: RegExp, encoding: TextEncoding): SourceText {
  const found = zipMembers(path, pattern)[0];
  if (!found) throw badInput(`the archive holds no member matching ${pattern}`, { file: path });
  return { where: `${basename(path)}:${found.name}`, text: decode(found.bytes, encoding) };
}

/** A gzip'd text file. */
export function gzipText(path: string, encoding: TextEncoding): SourceText {
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(readFileSync(path));
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `not a readable gzip file (${String(cause)})`, {
      place: { file: path },
      cause,
    });
  }
  return { where: basename(path), text: decode(bytes, encoding) };
}

export function plainText(path: string, encoding: TextEncoding): SourceText {
  return { where: basename(path), text: decode(readFileSync(path), encoding) };
}

/** Lines without their CR/LF ends, numbered from 1. A final empty line is not yielded. */
export function* numberedLines(text: string): Generator<{ line: string; no: number }> {
  let start = 0;
  let no = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    no++;
    const raw = text.slice(start, end);
    yield { line: raw.endsWith('\r') ? raw.slice(0, -1) : raw, no };
    start = end + 1;
  }
}
