/**
 * @module manifest
 * The installer's manifest: per dataset, the releases Medcode knows, each with its official
 * files (name, official URL, sha256, size) and its effective dates. The manifest lives in the
 * repository (packages/codesets/manifest/*.json); the files themselves never do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';

export interface SourceFile {
  /** The official file name; `--from DIR` and `--mirror URL` find the file by this name. */
  name: string;
  /** Where the publisher serves it. */
  url: string;
  sha256: string;
  size: number;
  /** A local file to use as is (customer-supplied data such as a CPT file), never downloaded. */
  path?: string;
}

export interface ReleaseManifest {
  /** Unique across datasets: the store keeps one database per release under this id. */
  id: string;
  /** Human version label: "FY2026", "2026 Q2", "v43.1". */
  version: string;
  /** First day the release applies (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Last day it applies, when the publisher says; open-ended otherwise. */
  effectiveTo?: string;
  files: SourceFile[];
  /** Free-form caveats shown with the data (for example "derived, undated"). */
  label?: string;
}

export interface DatasetManifest {
  /** What the data is: "icd10cm-codes", "ncci-mue-practitioner" ... */
  dataset: string;
  /** Which loader reads it (a key of the loader registry). */
  loader: string;
  description: string;
  releases: ReleaseManifest[];
}

export type Manifest = DatasetManifest[];

const SHA = /^[0-9a-f]{64}$/;

export function parseManifest(json: unknown, where: string): DatasetManifest {
  const bad = (msg: string): never => {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, msg, { place: { file: where } });
  };
  if (typeof json !== 'object' || json === null) bad('manifest is not an object');
  const m = json as Partial<DatasetManifest>;
  if (typeof m.dataset !== 'string' || typeof m.loader !== 'string' || !Array.isArray(m.releases))
    bad('manifest needs dataset, loader and releases');
  for (const [i, r] of (m.releases ?? []).entries()) {
    if (typeof r.id !== 'string' || typeof r.effectiveFrom !== 'string' || !Array.isArray(r.files))
      bad(`release #${i + 1} needs id, effectiveFrom and files`);
    for (const f of r.files) {
      if (typeof f.name !== 'string' || typeof f.url !== 'string' || typeof f.size !== 'number')
        bad(`release ${r.id}: a file needs name, url and size`);
      if (!SHA.test(f.sha256)) bad(`release ${r.id}: file ${f.name} has no valid sha256`);
    }
  }
  return m as DatasetManifest;
}

/**
 * The manifest folder shipped with Medcode. Found by walking up from this module, which works
 * both from the sources (tests) and from the bundled command in dist/.
 */
export function shippedManifestDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'packages', 'codesets', 'manifest');
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, 'manifest')) && existsSync(join(dir, 'package.json')))
      return join(dir, 'manifest');
    const up = dirname(dir);
    if (up === dir) throw new MedcodeError(ERROR_CODES.BUG, 'cannot find the code-set manifest folder');
    dir = up;
  }
}

/** The manifest shipped with Medcode. */
export function readShippedManifest(dir = shippedManifestDir()): Manifest {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseManifest(JSON.parse(readFileSync(join(dir, f), 'utf8')), join(dir, f)));
}
