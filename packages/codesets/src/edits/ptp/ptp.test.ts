import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type HcpcsCode, MedcodeError } from '@medcode/domain';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../../store.ts';
import {
  fixtureManifest,
  installedStore,
  installFixtures,
  put,
  runLoader,
  scratchDir,
  sharedFile,
} from '../test-support.ts';
import { codeFromKey, codeKey } from './code-key.ts';
import { customEditTableLoader } from './custom-edit-loader.ts';
import { ptpIndex } from './ptp-index.ts';
import { ptpOfficialLoader } from './ptp-official-loader.ts';
import { ptpPair } from './ptp-read.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const code = (c: string) => c as HcpcsCode;
const OFFICIAL = 'ccipra-v321r0-f1.txt';
// A few hand-made lines in the official layout, installed under the official file name.
const FIXTURE = 'ptp-practitioner.fixture.txt';

async function officialStore(asZip: boolean): Promise<CodeSetStore> {
  const dir = scratchDir();
  const file = asZip
    ? put(dir, 'ccipra-v321r0-f1.zip', zipSync({ [OFFICIAL]: fixture(FIXTURE) }))
    : put(dir, OFFICIAL, fixture(FIXTURE));
  return installFixtures(dir, [
    fixtureManifest('ncci-ptp-practitioner', 'ncci-ptp', [
      { id: 'ptp-pra-v321', version: 'v32.1', effectiveFrom: '1996-01-01', files: [file] },
    ]),
  ]);
}

describe('code keys', () => {
  it('round-trip and keep the order of the codes', () => {
    const codes = ['00100', '0001U', '11042', '99213', 'A0021', 'G0121', 'J1100', 'V5364'];
    expect(codes.map((c) => codeFromKey(codeKey(c)))).toEqual(codes);
    const sorted = [...codes].sort();
    expect([...codes].sort((a, b) => codeKey(a) - codeKey(b))).toEqual(sorted);
    expect(codeKey('1104')).toBe(-1);
    expect(codeKey('11o42')).toBe(-1);
  });
});

describe.each([
  ['.txt', false],
  ['.zip', true],
])('official NCCI PTP layout (%s)', (_kind, asZip) => {
  it('reads every edit with its dates, indicator, prior-1996 mark and rationale', async () => {
    const store = await officialStore(asZip);
    // 45385/45380: indicator 1 from 2000 through 2018-12-31, then 0 (two rows of the same pair).
    expect(ptpPair(store, code('45385'), code('45380'), '2018-06-01')).toMatchObject({
      modifierIndicator: 1,
      bypassable: true,
      effective: '2000-01-01',
      deleted: '2018-12-31',
      official: true,
      source: 'CMS NCCI PTP practitioner v32.1',
      evidence: { table: 'ncci-ptp-practitioner', release: 'ptp-pra-v321', line: 11 },
    });
    expect(ptpPair(store, code('45385'), code('45380'), '2018-12-31')?.modifierIndicator).toBe(1);
    expect(ptpPair(store, code('45385'), code('45380'), '2019-01-01')).toMatchObject({
      modifierIndicator: 0,
      bypassable: false,
      evidence: { line: 12 },
    });
    expect(ptpPair(store, code('45380'), code('45385'), '2019-01-01')).toBeUndefined();
    expect(ptpPair(store, code('36000'), code('36410'), '2026-01-01')).toMatchObject({
      prior1996: true,
      rationale: 'Standards of medical / surgical services',
    });
    // 93000/93005: indicator 9, deleted the day it began.
    expect(ptpPair(store, code('93000'), code('93005'), '1996-01-01')).toMatchObject({ applies: false });
    expect(ptpPair(store, code('93000'), code('93005'), '2026-01-01')).toBeUndefined();
    expect(ptpPair(store, code('29881'), code('29880'), '2011-12-31')).toBeUndefined();
    store.close();
  });

  it('the in-memory index answers as the table does, pair by pair and date by date', async () => {
    const store = await officialStore(asZip);
    const pairs = fixture(FIXTURE)
      .toString('latin1')
      .split('\n')
      .filter((l) => /^[0-9A-Z]{5}\t/.test(l))
      .map((l) => l.split('\t') as [string, string]);
    const dates = ['1995-12-31', '1996-01-01', '2000-01-01', '2018-12-31', '2019-01-01', '2026-05-01'];
    for (const on of dates) {
      const index = ptpIndex(store, on);
      for (const [a, b] of [...pairs, ...pairs.map(([x, y]) => [y, x] as [string, string])]) {
        const sql = ptpPair(store, code(a), code(b), on);
        expect(index.modifierIndicator(a, b), `${a}/${b} on ${on}`).toBe(sql?.modifierIndicator ?? -1);
        expect(index.lookup(code(a), code(b))?.source).toBe(sql?.source);
      }
    }
    store.close();
  });
});

describe('official PTP loader refuses bad rows', () => {
  it.each([
    [
      'a modifier indicator outside 0/1/9',
      '43239\t43235\t\t20000101\t*\t2\tx',
      /line 10, field Modifier: .*0, 1 or 9/,
    ],
    [
      'an effective date that is not CCYYMMDD',
      '43239\t43235\t\t2000-01-01\t*\t0\tx',
      /line 10, field Effective Date/,
    ],
    ['a column 2 code that is not CPT/HCPCS', '43239\t4323\t\t20000101\t*\t0\tx', /line 10, field Column 2/],
  ])('%s, naming the file and line', async (_what, row, message) => {
    const dir = scratchDir();
    const text = fixture(FIXTURE)
      .toString('latin1')
      .replace(/^43239\t43235\t.*$/m, row);
    const file = put(dir, 'ccipra-bad.txt', text);
    const err = await runLoader(ptpOfficialLoader, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MedcodeError);
    expect((err as MedcodeError).place).toMatchObject({ file: 'ccipra-bad.txt', line: 10 });
    expect((err as MedcodeError).message).toMatch(message);
  });

  it('a line that is not an edit once the edits have begun', async () => {
    const dir = scratchDir();
    const text = fixture(FIXTURE)
      .toString('latin1')
      .replace(/^29881\t29880\t.*$/m, 'see the next page');
    const file = put(dir, 'ccipra-bad.txt', text);
    await expect(runLoader(ptpOfficialLoader, [file])).rejects.toThrow(
      /ccipra-bad\.txt, line 8, field Column 1/,
    );
  });

  it('the same edit twice, and a file with no PTP header', async () => {
    const dir = scratchDir();
    const twice = put(
      dir,
      'twice.txt',
      `${fixture(FIXTURE).toString('latin1')}43239\t43235\t\t20000101\t*\t1\tx\n`,
    );
    await expect(runLoader(ptpOfficialLoader, [twice])).rejects.toThrow(
      /twice\.txt, line 15: the edit 43239\/43235 effective 20000101 is listed twice \(first in twice\.txt, line 10\)/,
    );
    const bare = put(dir, 'bare.txt', '43239\t43235\t\t20000101\t*\t0\tx\n');
    await expect(runLoader(ptpOfficialLoader, [bare])).rejects.toThrow(
      /bare\.txt, line 1: data before the "Column 1/,
    );
  });
});

describe('custom edit tables', () => {
  async function withCustom(): Promise<CodeSetStore> {
    const dir = scratchDir();
    const official = put(dir, OFFICIAL, fixture(FIXTURE));
    const payer = put(dir, 'payer-pairs.tsv.gz', gzipSync(fixture('payer-pairs.tsv')));
    const acme = put(dir, 'acme-edits.csv', fixture('acme-edits.csv'));
    return installFixtures(dir, [
      fixtureManifest('ncci-ptp-practitioner', 'ncci-ptp', [
        { id: 'ptp-pra-v321', version: 'v32.1', effectiveFrom: '1996-01-01', files: [official] },
      ]),
      fixtureManifest('ptp-payer', 'ptp-custom-table', [
        {
          id: 'ptp-payer-undated',
          version: 'undated',
          effectiveFrom: '1996-01-01',
          label: 'payer list, undated',
          files: [payer],
        },
      ]),
      fixtureManifest('ptp-acme', 'ptp-custom-table', [
        { id: 'ptp-acme-2026', version: '2026', effectiveFrom: '2026-01-01', files: [acme] },
      ]),
    ]);
  }

  it('official edits come first; custom ones carry their source label', async () => {
    const store = await withCustom();
    expect(ptpPair(store, code('43239'), code('43235'), '2026-03-01')).toMatchObject({
      official: true,
      modifierIndicator: 0,
    });
    expect(ptpPair(store, code('11042'), code('11045'), '2026-03-01')).toMatchObject({
      official: false,
      undated: true,
      source: 'payer list, undated',
      evidence: { table: 'ptp-payer', label: 'payer list, undated', file: 'payer-pairs.tsv.gz', line: 4 },
    });
    expect(ptpPair(store, code('11042'), code('11045'), '2026-03-01')?.effective).toBeUndefined();
    // The comma file (quoted rationale, dates in two forms) answers with its own per-row source.
    expect(ptpPair(store, code('99213'), code('36415'), '2026-03-01')).toMatchObject({
      source: 'Acme policy PAY-114',
      rationale: 'Venipuncture, bundled into E/M',
      effective: '2026-01-01',
      evidence: { table: 'ptp-acme', row: { Source: 'Acme policy PAY-114' } },
    });
    expect(
      ptpPair(store, code('20610'), code('76942'), '2027-01-01', { custom: ['ptp-acme'] }),
    ).toBeUndefined();
    expect(ptpPair(store, code('11042'), code('11045'), '2026-03-01', { custom: false })).toBeUndefined();
    const index = ptpIndex(store, '2026-03-01');
    expect(index.tables.map((t) => t.table.release.dataset)).toEqual([
      'ncci-ptp-practitioner',
      'ptp-acme',
      'ptp-payer',
    ]);
    expect(index.lookup(code('99213'), code('36415'))?.source).toBe('Acme policy PAY-114');
    expect(index.lookup(code('11042'), code('11045'))).toMatchObject({
      source: 'payer list, undated',
      official: false,
    });
    store.close();
  });

  it('finds a pair listed twice far apart (rows are written in batches)', async () => {
    const dir = scratchDir();
    const filler = Array.from({ length: 450 }, (_, i) => `${10_000 + i}\t20000\t1`).join('\n');
    const file = put(
      dir,
      'long.tsv',
      `column1\tcolumn2\tmodifier\n43239\t43235\t0\n${filler}\n43239\t43235\t1\n`,
    );
    await expect(runLoader(customEditTableLoader, [file])).rejects.toThrow(
      /long\.tsv, line 453: the edit 43239\/43235 effective \(undated\) is listed twice \(first in long\.tsv, line 2\)/,
    );
  });

  it.each([
    [
      'a header without column2',
      'column1\tcol_b\tmodifier_indicator\n43239\t43235\t0\n',
      /line 1: the header names no column2 column/,
    ],
    [
      'a bad indicator',
      'column1\tcolumn2\tmodifier_indicator\n43239\t43235\t0\n45385\t45380\tyes\n',
      /line 3, field modifier_indicator/,
    ],
    [
      'a bad date',
      'column1,column2,effective,modifier\n43239,43235,01/02/2026,0\n',
      /line 2, field effective: not a date/,
    ],
    [
      'a pair listed twice',
      'column1\tcolumn2\tmodifier\n43239\t43235\t0\n43239\t43235\t1\n',
      /line 3: the edit 43239\/43235 effective \(undated\) is listed twice/,
    ],
  ])('refuse %s, naming file and line', async (_what, text, message) => {
    const dir = scratchDir();
    const file = put(dir, 'custom.txt', text);
    const err = await runLoader(customEditTableLoader, [file]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MedcodeError);
    expect((err as MedcodeError).message).toMatch(/^custom\.txt/);
    expect((err as MedcodeError).message).toMatch(message);
  });
});

describe('the derived NCCI pair list, installed through the custom edit table import', () => {
  const store = installedStore();
  const on = '2026-05-01';

  it('holds 1,530,081 pairs, labelled derived wherever they show', () => {
    const release = store.releaseOn('ncci-ptp-derived', on)!.release;
    expect(release.label).toMatch(/^DERIVED, undated/);
    const n = store.db(release.id).prepare('SELECT count(*) AS n FROM ptp').get() as { n: number };
    expect(n.n).toBe(1_530_081);
    const index = ptpIndex(store, on);
    expect(index.size).toBe(1_530_081);
    const edit = ptpPair(store, code('43239'), code('43235'), on);
    expect(edit).toMatchObject({ modifierIndicator: 0, official: false, undated: true });
    expect(edit?.source).toMatch(/^DERIVED/);
    expect(edit?.evidence.label).toMatch(/^DERIVED/);
    expect(index.lookup(code('43239'), code('43235'))?.source).toMatch(/^DERIVED/);
    // PROVENANCE spot checks: 43239/43235 indicator 0, 45385/45380 indicator 1.
    expect(index.modifierIndicator('45385', '45380')).toBe(1);
  });

  it('index and table agree with the file on a sample of its lines', () => {
    const lines = gunzipSync(readFileSync(sharedFile('ncci-ptp-derived', 'ptp-pairs-derived.tsv.gz')))
      .toString('utf8')
      .split('\n');
    const index = ptpIndex(store, on);
    let checked = 0;
    for (let i = 1; i < lines.length; i += 7_919) {
      const [a = '', b = '', m = ''] = (lines[i] ?? '').split('\t');
      if (a === '') continue;
      // The reverse order first, then the pair: the index remembers the last pair its filter ruled
      // out in either order, which must not hide a pair that is there.
      expect(index.modifierIndicator(b, a)).toBe(
        ptpPair(store, code(b), code(a), on)?.modifierIndicator ?? -1,
      );
      expect(index.modifierIndicator(a, b)).toBe(Number(m));
      expect(ptpPair(store, code(a), code(b), on)?.modifierIndicator).toBe(Number(m));
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });
});
