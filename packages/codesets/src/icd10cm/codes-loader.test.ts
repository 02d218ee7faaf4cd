import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { icd10cmOrderLoader } from './codes-loader.ts';
import { fixture, runLoader, scratchDir } from './testing.ts';

function zipOf(files: Record<string, string>): string {
  const path = join(scratchDir(), 'icd10cm-code-descriptions-2026.zip');
  const entries: Record<string, Uint8Array> = {};
  for (const [name, src] of Object.entries(files)) entries[name] = readFileSync(fixture(src));
  writeFileSync(path, zipSync(entries));
  return path;
}

describe('ICD-10-CM order loader', () => {
  it('loads the order file from the CDC zip, not the order addenda beside it', async () => {
    const zip = zipOf({
      'icd10cm-order-2026.txt': 'icd10cm-order-2026.txt',
      'icd10cm-order-addenda-2026.txt': 'icd10cm-order-addenda-2026.txt',
    });
    const db = await runLoader(icd10cmOrderLoader, [zip]);
    expect(db.prepare('SELECT count(*) AS n, sum(billable) AS b FROM codes').get()).toEqual({ n: 14, b: 7 });
    expect(db.prepare('SELECT billable, long FROM codes WHERE code = ?').get('E11A')).toEqual({
      billable: 1,
      long: 'Type 2 diabetes mellitus without complications in remission',
    });
  });

  it('refuses a zip without an order file, naming the zip', async () => {
    const zip = zipOf({ 'icd10cm-order-addenda-2026.txt': 'icd10cm-order-addenda-2026.txt' });
    await expect(runLoader(icd10cmOrderLoader, [zip])).rejects.toThrow(
      /icd10cm-code-descriptions-2026\.zip: expected one ICD-10-CM order file in the zip, found none/,
    );
  });

  it('refuses a corrupt zip', async () => {
    const path = join(scratchDir(), 'broken.zip');
    writeFileSync(path, Buffer.from('PK\u0003\u0004 not really a zip'));
    await expect(runLoader(icd10cmOrderLoader, [path])).rejects.toThrow(/broken\.zip: not a readable zip/);
  });
});
