/**
 * @module cms/cpt/local-release
 * How `medcode setup --cpt FILE` turns a customer's file into a release the installer can take:
 * the file is copied beside the store (so a later `setup` without `--cpt` rebuilds or keeps it),
 * its checksum taken, and a one-release manifest made for it with the copy's local `path`.
 * The choice is remembered in codesets/local/local.json only once the install has succeeded;
 * `--no-cpt` forgets it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { codesetsDir } from '../../home.ts';
import type { DatasetManifest, Manifest } from '../../install/manifest.ts';
import { CPT_CUSTOMER_DATASET } from './loader.ts';

interface Remembered {
  cpt?: { file: string; original: string; sha256: string; size: number };
}

export interface LocalReleases {
  /** Extra dataset manifests to pass to `install()` beside the shipped ones. */
  manifest: Manifest;
  /** Call after a successful install: remembers the choice for later runs. */
  commit(): void;
  /** Call after a failed install: removes a copy no one refers to. */
  discard(): void;
}

const localDir = (home: string): string => join(codesetsDir(home), 'local');
const memoryFile = (home: string): string => join(localDir(home), 'local.json');

function remembered(home: string): Remembered {
  const p = memoryFile(home);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Remembered) : {};
}

function cptManifest(cpt: NonNullable<Remembered['cpt']>): DatasetManifest {
  return {
    dataset: CPT_CUSTOMER_DATASET,
    loader: 'cpt-customer',
    description: 'CPT descriptions from the customer (AMA licence held by the customer; never shipped)',
    releases: [
      {
        id: 'cpt-customer',
        version: `${cpt.original} (sha256 ${cpt.sha256.slice(0, 12)})`,
        // The file carries no dates: it answers for any date of service.
        effectiveFrom: '1900-01-01',
        label: 'customer-supplied CPT file',
        files: [
          {
            // Named as the customer named it, so errors say so; read from the copy beside the store.
            name: cpt.original,
            url: pathToFileURL(cpt.file).href,
            sha256: cpt.sha256,
            size: cpt.size,
            path: cpt.file,
          },
        ],
      },
    ],
  };
}

/**
 * The local releases for this run: the CPT file given now (`cptFile`), none (`false`, from
 * `--no-cpt`), or the one remembered from an earlier run (`undefined`).
 */
export function localReleases(home: string, cptFile?: string | false): LocalReleases {
  const before = remembered(home);
  if (cptFile === false) {
    return {
      manifest: [],
      commit: () => {
        if (before.cpt) rmSync(before.cpt.file, { force: true });
        rmSync(memoryFile(home), { force: true });
      },
      discard: () => {},
    };
  }
  if (cptFile === undefined) {
    const cpt = before.cpt && existsSync(before.cpt.file) ? before.cpt : undefined;
    return { manifest: cpt ? [cptManifest(cpt)] : [], commit: () => {}, discard: () => {} };
  }
  const source = resolve(cptFile);
  if (!existsSync(source)) throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no such CPT file: ${source}`);
  const bytes = readFileSync(source);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(localDir(home), { recursive: true });
  const file = join(localDir(home), `cpt-customer-${sha256.slice(0, 12)}${extname(source) || '.txt'}`);
  const existed = existsSync(file);
  if (!existed) copyFileSync(source, file);
  const cpt = { file, original: basename(source), sha256, size: bytes.length };
  return {
    manifest: [cptManifest(cpt)],
    commit: () => {
      writeFileSync(memoryFile(home), `${JSON.stringify({ ...before, cpt }, null, 2)}\n`);
      if (before.cpt && before.cpt.file !== file) rmSync(before.cpt.file, { force: true });
    },
    discard: () => {
      if (!existed && before.cpt?.file !== file) rmSync(file, { force: true });
    },
  };
}
