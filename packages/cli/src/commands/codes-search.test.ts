// `codes search` against the real installed store (the global test setup installs every
// manifest release into MEDCODE_TEST_HOME).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isMedcodeError } from '@medcode/domain';
import { registerCodesSearch } from './codes-search.ts';
import { runCommand } from '../test-support/run-command.ts';

beforeAll(() => {
  process.env.MEDCODE_HOME = process.env.MEDCODE_TEST_HOME;
});
afterEach(() => vi.restoreAllMocks());

const search = (...args: string[]) =>
  runCommand((p) => registerCodesSearch(p.command('codes')), ['codes', 'search', ...args]);
const run = async (...args: string[]): Promise<string> => (await search(...args)).out;

interface Result {
  code: string;
  description: string;
  billable: boolean;
  score: number;
  matched: { source: string; text: string };
}
const json = async (...args: string[]): Promise<Result[]> =>
  (JSON.parse(await run(...args, '--json', '--on', '2025-10-01')) as { results: Result[] }).results;

describe('medcode codes search', () => {
  it('"type 2 diabetes with chronic kidney disease" has E11.22 in its top 3', async () => {
    const results = await json('type 2 diabetes with chronic kidney disease');
    expect(results.slice(0, 3).map((r) => r.code)).toContain('E11.22');
  });

  it('HTN has I10 first, with the JSON keys of the issue', async () => {
    const [first] = await json('HTN');
    expect(first).toMatchObject({
      code: 'I10',
      billable: true,
      description: 'Essential (primary) hypertension',
    });
    expect(Object.keys(first!)).toEqual(
      expect.arrayContaining(['code', 'description', 'billable', 'score', 'matched']),
    );
    expect(first!.matched.source).toMatch(/^(title|short|index|inclusion)$/);
  });

  it('takes the words as separate arguments too, and honours --limit and --system', async () => {
    const results = await json('chronic', 'kidney', 'disease', '--limit', '3', '--system', 'icd10cm');
    expect(results).toHaveLength(3);
    expect(results.every((r) => /^[A-Z]\d/.test(r.code))).toBe(true);
  });

  it('prints a readable list without --json', async () => {
    const out = await run('e112', '--on', '2025-10-01');
    expect(out.split('\n')[0]).toMatch(
      /^E11\.2\s+non-billable\s+Type 2 diabetes mellitus with kidney complications$/,
    );
    expect(out).toMatch(/E11\.22\s+billable/);
  });

  it('says on stderr when no release covers the date, and searches the nearest', async () => {
    const { out, err } = await search('HTN', '--on', '2040-01-01', '--system', 'icd10cm', '--json');
    expect(err).toMatch(/no icd10cm release covers 2040-01-01; searched icd10cm-codes-fy\d{4}/);
    expect((JSON.parse(out) as { results: Result[] }).results[0]?.code).toBe('I10');
  });

  it.each([
    ['--system', 'icd9'],
    ['--limit', '0'],
    ['--limit', 'ten'],
    ['--on', '2025-13-40'],
  ])('refuses %s %s as bad input', async (flag, value) => {
    const e = await run('diabetes', flag, value).catch((err: unknown) => err);
    expect(isMedcodeError(e) && e.code).toBe('bad-input');
  });
});
