/**
 * @module testing/garbled-input
 * Damaged 837 input for property tests: valid interchanges (the package's fixtures and, when
 * present, the shared eval corpus) and fast-check mutations of their bytes (delimiters set,
 * inserted, swapped; bytes deleted; the file cut short). Test helper only: nothing in the package
 * imports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const FIXTURES = join(import.meta.dirname, '../x837/fixtures');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** Valid 005010 837s: the repository's fixtures and, when present, those of the shared eval manifests. */
export function validInputs(): Buffer[] {
  const out = ['837p-small.x12', '837i-small.x12', '837p-errors.x12'].map(fixture);
  const evalDir = join(
    process.env.MEDCODE_SHARED ?? join(import.meta.dirname, '../../../../../shared'),
    'eval',
  );
  for (const folder of ['hccinfhir-837-eob', 'x12-linuxforhealth']) {
    const manifest = join(evalDir, folder, 'manifest.tsv');
    if (!existsSync(manifest)) continue;
    for (const line of readFileSync(manifest, 'utf8').trim().split('\n').slice(1)) {
      const [check, types = '', versions = '', , , , , file = ''] = line.split('\t');
      if (check !== 'OK' || types !== '837' || !versions.startsWith('005010')) continue;
      const bytes = readFileSync(join(evalDir, folder, file));
      if (bytes.length <= 64 * 1024) out.push(bytes);
    }
  }
  return out;
}

// Bytes that matter to X12 (the standard delimiters, other delimiter choices, line breaks) and any byte.
const byte = fc.oneof(
  fc.constantFrom(0x2a, 0x3a, 0x5e, 0x7e, 0x7c, 0x3e, 0x0a, 0x00),
  fc.integer({ min: 0, max: 255 }),
);

export type Mutation = { kind: string; at?: number; value?: number; length?: number; from?: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: byte }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: byte }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  // Every occurrence of one byte becomes another: a delimiter swapped for another (or for data).
  fc.record({ kind: fc.constant('swap' as const), from: byte, value: byte }),
);

export function mutate(input: Buffer, ms: readonly Mutation[]): Buffer {
  let b = Buffer.from(input);
  for (const m of ms) {
    const at = b.length === 0 ? 0 : (m.at ?? 0) % b.length;
    if (m.kind === 'set') b[at] = m.value!;
    else if (m.kind === 'insert')
      b = Buffer.concat([b.subarray(0, at), Buffer.from([m.value!]), b.subarray(at)]);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length!)]);
    else if (m.kind === 'cut') b = b.subarray(0, at);
    else for (let i = 0; i < b.length; i++) if (b[i] === m.from) b[i] = m.value!;
  }
  return b;
}
