/**
 * @module sources
 * Finding the official files: in a local folder (`--from DIR`, searched by file name), on a
 * mirror that serves the same names (`--mirror URL`), or at the publisher's URL. Every file is
 * checked against the manifest's size and sha256 before any loader reads it.
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import type { SourceFile } from './manifest.ts';

export interface SourceOptions {
  /** A folder holding the official files, at any depth. */
  from?: string;
  /** A base URL serving the official file names. */
  mirror?: string;
  /** Where downloads are kept (verified files only). */
  downloadDir: string;
  onBytes?: (file: string, done: number, total: number) => void;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Every regular file below `dir`, by name (the first found wins; names are unique in practice). */
export function indexFolder(dir: string): Map<string, string> {
  const byName = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && !byName.has(entry.name)) byName.set(entry.name, p);
    }
  };
  if (!existsSync(dir)) throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no such folder: ${dir}`);
  walk(dir);
  return byName;
}

async function verify(path: string, file: SourceFile): Promise<void> {
  const size = statSync(path).size;
  if (size !== file.size) {
    throw new MedcodeError(
      ERROR_CODES.CHECKSUM,
      `${file.name} has ${size} bytes, the manifest says ${file.size} (truncated or not the official file)`,
      { place: { file: path } },
    );
  }
  const sum = await sha256File(path);
  if (sum !== file.sha256) {
    throw new MedcodeError(
      ERROR_CODES.CHECKSUM,
      `${file.name}: sha256 ${sum} does not match the manifest's ${file.sha256} (corrupt or not the official file)`,
      { place: { file: path } },
    );
  }
}

async function download(url: string, target: string, file: SourceFile, opts: SourceOptions): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.IO, `cannot download ${file.name} from ${url}`, { cause });
  }
  if (!res.ok || !res.body) {
    throw new MedcodeError(ERROR_CODES.IO, `cannot download ${file.name} from ${url}: HTTP ${res.status}`);
  }
  const part = `${target}.part`;
  let done = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      done += chunk.length;
      opts.onBytes?.(file.name, done, file.size);
      cb(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
      counter,
      createWriteStream(part),
    );
    await verify(part, file);
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
  renameSync(part, target);
}

/**
 * Returns the path of a verified copy of `file`. Local files are read in place; downloads land
 * in the download folder (a verified download is reused next time).
 */
export async function obtain(
  file: SourceFile,
  opts: SourceOptions,
  folderIndex?: Map<string, string>,
): Promise<string> {
  if (file.path !== undefined) {
    await verify(file.path, file);
    opts.onBytes?.(file.name, file.size, file.size);
    return file.path;
  }
  if (opts.from !== undefined) {
    const index = folderIndex ?? indexFolder(opts.from);
    const path = index.get(file.name);
    if (!path) {
      throw new MedcodeError(
        ERROR_CODES.NOT_FOUND,
        `${file.name} is not in ${opts.from} (official source: ${file.url})`,
      );
    }
    await verify(path, file);
    opts.onBytes?.(file.name, file.size, file.size);
    return path;
  }
  mkdirSync(opts.downloadDir, { recursive: true });
  const target = join(opts.downloadDir, file.name);
  if (existsSync(target)) {
    try {
      await verify(target, file);
      return target;
    } catch {
      rmSync(target, { force: true });
    }
  }
  const url = opts.mirror ? `${opts.mirror.replace(/\/$/, '')}/${encodeURIComponent(file.name)}` : file.url;
  await download(url, target, file, opts);
  return target;
}
