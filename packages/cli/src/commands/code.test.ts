// `medcode code` against the real installed store (the global test setup installs every
// manifest release into MEDCODE_TEST_HOME): the patient's sex and age given on the command line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerCode } from './code.ts';
import { runCommand } from '../test-support/run-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'medcode-code-'));
const note = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

beforeAll(() => {
  process.env.MEDCODE_HOME = process.env.MEDCODE_TEST_HOME;
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (...args: string[]): Promise<string> => (await runCommand(registerCode, args)).out;

const codesOf = (tsv: string): (string | undefined)[] => tsv.split('\n').map((l) => l.split('\t')[1]);

describe('medcode code --sex --age', () => {
  it("--sex M comes before the note's 'woman' (C50.92-, male breast)", async () => {
    const f = note('breast.txt', 'A 50-year-old woman with carcinoma of the breast.');
    // A site not said, a neoplasm read from the table: below the default threshold, so none.
    const args = [
      'code',
      f,
      '--setting',
      'inpatient',
      '--format',
      'tsv',
      '--date',
      '2025-10-01',
      '--min-confidence',
      '0',
    ];
    expect(codesOf(await run(...args))).toEqual(['C50.919']);
    expect(codesOf(await run(...args, '--sex', 'M'))).toEqual(['C50.929']);
    const json = JSON.parse(await run('code', f, '--json', '--sex', 'M', '--date', '2025-10-01'));
    expect(json.patient).toEqual({ sex: 'M' });
  });

  it('--age under 15 chooses "Bronchitis, under 15 years of age" (J20.9)', async () => {
    const f = note('bronchitis.txt', 'ASSESSMENT: Bronchitis.');
    const args = ['code', f, '--format', 'tsv', '--date', '2025-10-01'];
    expect(codesOf(await run(...args))).toEqual(['J40']);
    expect(codesOf(await run(...args, '--age', '8'))).toEqual(['J20.9']);
    expect(await run('code', f, '--age', '8', '--date', '2025-10-01')).toContain('patient (as given): age 8');
  });

  it.each([
    [['--sex', 'female'], /--sex must be one of F, M: "female"/],
    [['--sex', 'U'], /--sex must be one of F, M: "U"/],
    [['--age', '-3'], /--age must be the patient's age in whole years, 0 to 130: "-3"/],
    [['--age', '7.5'], /--age must be .*: "7.5"/],
    [['--age', '131'], /--age must be .*: "131"/],
    [['--age', 'ten'], /--age must be .*: "ten"/],
  ])('%j is refused, naming the flag', async (flags, message) => {
    const f = note('any.txt', 'Bronchitis.');
    await expect(run('code', f, ...flags)).rejects.toThrow(message);
  });
});
