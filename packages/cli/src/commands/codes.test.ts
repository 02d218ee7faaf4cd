// `codes show` and `codes stats` against the real installed store (the global test setup
// installs every manifest release into MEDCODE_TEST_HOME).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerCodes } from './codes.ts';
import { runCommand } from '../test-support/run-command.ts';

beforeAll(() => {
  process.env.MEDCODE_HOME = process.env.MEDCODE_TEST_HOME;
});
afterEach(() => vi.restoreAllMocks());

const run = (...args: string[]) => runCommand(registerCodes, args);

describe('medcode codes show', () => {
  it('E11.22 --json: the keys of the issue, and the use-additional-code note pointing to N18', async () => {
    const { out } = await run('codes', 'show', 'E11.22', '--json', '--on', '2025-10-01');
    const d = JSON.parse(out);
    expect(d).toMatchObject({
      code: 'E11.22',
      system: 'icd10cm',
      billable: true,
      valid: true,
      notesFrom: '2023',
    });
    expect(d.description).toBe('Type 2 diabetes mellitus with diabetic chronic kidney disease');
    for (const k of [
      'excludes1',
      'excludes2',
      'useAdditionalCode',
      'codeFirst',
      'codeAlso',
      'includes',
      'inclusionTerms',
      'sevenChrDef',
    ])
      expect(Array.isArray(d.notes[k])).toBe(true);
    const refs = (d.notes.useAdditionalCode as { refs?: string[] }[]).flatMap((n) => n.refs ?? []);
    expect(refs.some((r) => r.startsWith('N18'))).toBe(true);
  });

  it('accepts e1122 and E1122; ICD-10-CM answers first', async () => {
    const a = JSON.parse((await run('codes', 'show', 'e1122', '--json', '--on', '2025-10-01')).out);
    const b = JSON.parse((await run('codes', 'show', 'E1122', '--json', '--on', '2025-10-01')).out);
    expect(a.code).toBe('E11.22');
    expect(b.system).toBe('icd10cm');
    for (const other of b.otherMatches ?? []) expect(other.system).not.toBe('icd10cm');
  });

  it('J1100 is ICD-10-CM J11.00 first, and HCPCS J1100 among the other matches', async () => {
    const d = JSON.parse((await run('codes', 'show', 'J1100', '--json', '--on', '2025-10-01')).out);
    expect(d).toMatchObject({ code: 'J11.00', system: 'icd10cm' });
    expect(d.otherMatches.map((o: { system: string }) => o.system)).toContain('hcpcs');
  });

  it('prints notes with the level they come from', async () => {
    const { out } = await run('codes', 'show', 'E11.22', '--on', '2025-10-01');
    expect(out).toMatch(
      /\[code E11\.22\] code to identify stage of chronic kidney disease \(N18\.1-N18\.6\)/,
    );
    expect(out).toMatch(/\[category E11\] type 1 diabetes mellitus \(E10\.-\)/);
  });

  it('says on stderr when no release covers the date', async () => {
    const { out, err } = await run('codes', 'show', 'E11.22', '--json', '--on', '2031-01-01');
    expect(JSON.parse(out).release.covers).toBe(false);
    expect(err).toMatch(/no ICD-10-CM release covers 2031-01-01/);
  });

  it('refuses what is no code, and a code nobody knows', async () => {
    await expect(run('codes', 'show', 'hello')).rejects.toThrow(
      /not an ICD-10-CM, ICD-10-PCS or HCPCS\/CPT code/,
    );
    await expect(run('codes', 'show', 'Z99.999', '--on', '2025-10-01')).rejects.toThrow(
      /no code Z99\.999 is known/,
    );
    await expect(run('codes', 'show', 'E11.22', '--on', '2025-02-30')).rejects.toThrow(
      /no such calendar day/,
    );
  });
});

describe('medcode codes stats', () => {
  it('--json: ICD-10-CM valid and billable on the done-when dates', async () => {
    const s26 = JSON.parse((await run('codes', 'stats', '--json', '--on', '2025-10-01')).out);
    const s25 = JSON.parse((await run('codes', 'stats', '--json', '--on', '2024-10-01')).out);
    expect(s26.icd10cm).toMatchObject({ valid: 98_186, billable: 74_719 });
    expect(s25.icd10cm).toMatchObject({ valid: 97_584, billable: 74_260 });
  });
});
