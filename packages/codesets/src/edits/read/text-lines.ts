/**
 * @module edits/read/text-lines
 * Streams the lines of a delimited text file (NCCI PTP tab-delimited files, custom edit tables),
 * gzip'd or not (detected by the gzip magic bytes, not by the name), with 1-based line numbers.
 * These files have no quoting, so a line is a record; reading them with node:readline instead of
 * a CSV parser keeps the 1.5 million-row PTP tables quick to install.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export interface TextLine {
  text: string;
  line: number;
}

export function isGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

export async function* textLines(path: string, encoding: BufferEncoding = 'utf8'): AsyncGenerator<TextLine> {
  const raw = createReadStream(path);
  const input = isGzip(path) ? raw.pipe(createGunzip()) : raw;
  input.setEncoding(encoding);
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of rl) {
    line++;
    yield { text: line === 1 ? text.replace(/^\uFEFF/, '') : text, line };
  }
}
