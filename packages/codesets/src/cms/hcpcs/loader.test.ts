import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../../store.ts';
import { type FixtureRelease, fixtureBytes, type Installed, installFixture, zipOf } from '../testing.ts';
import { hcpcsLookup, hcpcsSearchDocuments } from './lookup.ts';
import { hcpcsCounts, hcpcsModifier } from './read.ts';

const fixedWidth = fixtureBytes(import.meta.url, 'fixed-width-layout.fixture.txt');
const layout = fixtureBytes(import.meta.url, 'HCPCS2019_recordlayout.txt');
const latin1 = (b: Uint8Array): string => new TextDecoder('windows-1252').decode(b);

// The 48 headings of the CMS ANWEB workbook, in CMS's order.
// biome-ignore format: the headings read as the workbook's columns
const HEADINGS = [
  'HCPC', 'SEQNUM', 'RECID', 'LONG DESCRIPTION', 'SHORT DESCRIPTION', 'PRICE1', 'PRICE2', 'PRICE3', 'PRICE4',
  'MULT_PI', 'CIM1', 'CIM2', 'CIM3', 'MCM1', 'MCM2', 'MCM3', 'STATUTE', 'LABCERT1', 'LABCERT2', 'LABCERT3',
  'LABCERT4', 'LABCERT5', 'LABCERT6', 'LABCERT7', 'LABCERT8', 'XREF1', 'XREF2', 'XREF3', 'XREF4', 'XREF5', 'COV',
  'ASC_GRP', 'ASC_DT', 'OPPS', 'OPPS_PI', 'OPPS_DT', 'PROCNOTE', 'BETOS', 'TOS1', 'TOS2', 'TOS3', 'TOS4', 'TOS5',
  'ANEST_BU', 'ADD DT', 'ACT EFF DT', 'TERM DT', 'ACTION CD',
] as const;
type Row = Partial<Record<(typeof HEADINGS)[number], string | number>>;
// biome-ignore format: one record per line, as in the workbook
const ROWS: Row[] = [
  { HCPC: '   A1', SEQNUM: '0010', RECID: '7', 'LONG DESCRIPTION': 'Dressing for one wound (fixture)', 'SHORT DESCRIPTION': 'Dressing one wound fx', COV: 'C', 'ADD DT': '20020701', 'ACT EFF DT': '20020701', 'ACTION CD': 'N' },
  { HCPC: 'E0100', SEQNUM: '0010', RECID: '3', 'LONG DESCRIPTION': 'Cane, fixture text, adjustable or fixed, with tip', 'SHORT DESCRIPTION': 'Cane fixture with tip', PRICE1: '32', MULT_PI: 'A', CIM1: '60-3', MCM1: '2100.1', COV: 'D', BETOS: 'D1E', TOS1: 'A', TOS2: 'P', TOS3: 'R', ANEST_BU: '  0', 'ADD DT': '19860101', 'ACT EFF DT': '19960101', 'ACTION CD': 'N' },
  // Numbers where the workbook has them (a few cells are numeric in the CMS file).
  { HCPC: 'J0121', SEQNUM: '0010', RECID: '3', 'LONG DESCRIPTION': 'Injection, fixture drug, 1 mg', 'SHORT DESCRIPTION': 'Inj., fixture, 1 mg', PRICE1: '51', MULT_PI: 'A', COV: 'C', ASC_GRP: 'YY', ASC_DT: '20191001', BETOS: 'O1E', TOS1: 1, TOS2: 'P', ANEST_BU: '  0', 'ADD DT': 20191001, 'ACT EFF DT': '20191001', 'ACTION CD': 'N' },
  { HCPC: 'G0999', SEQNUM: '0010', RECID: '3', 'LONG DESCRIPTION': 'Fixture service ending this quarter', 'SHORT DESCRIPTION': 'Fixture service', PRICE1: '00', COV: 'M', XREF1: 'G0998', 'ADD DT': '20200101', 'ACT EFF DT': '20251001', 'TERM DT': '20251231', 'ACTION CD': 'D' },
  { HCPC: 'C9999', SEQNUM: '0010', RECID: '3', 'LONG DESCRIPTION': 'Fixture device added in the new year', 'SHORT DESCRIPTION': 'Fixture device', PRICE1: '00', COV: 'C', 'ADD DT': '20260101', 'ACT EFF DT': '20260101', 'ACTION CD': 'A' },
];

async function workbook(rows: Row[], headings: readonly string[] = HEADINGS): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('HCPC2025_OCT_ANWEB');
  ws.addRow([...headings]);
  for (const r of rows) ws.addRow(headings.map((h) => r[h as keyof Row] ?? null));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const stale = (
  anweb: Uint8Array | string = fixedWidth,
  rif: Uint8Array | string = layout,
): FixtureRelease => ({
  id: 'hcpcs-2019-jan',
  effectiveFrom: '2019-01-01',
  effectiveTo: '2019-12-31',
  files: {
    '2019-Alpha-Numeric-HCPCS-File.zip': zipOf({
      'HCPC2019_CONTR_ANWEB.txt': anweb,
      'HCPC2019_README.txt': 'read me',
    }),
    '2019-HCPCS-Record-Layout.zip': zipOf({ 'HCPCS2019_recordlayout.txt': rif }),
  },
});
const current = async (rows = ROWS, headings?: readonly string[]): Promise<FixtureRelease> => ({
  id: 'hcpcs-2025-oct',
  effectiveFrom: '2025-10-01',
  effectiveTo: '2025-12-31',
  files: { 'HCPC2025_OCT_ANWEB.xlsx': await workbook(rows, headings) },
});

let installed: Installed;
let store: CodeSetStore;
beforeAll(async () => {
  installed = await installFixture('hcpcs', 'hcpcs-anweb', [stale(), await current()]);
  store = installed.store();
});
afterAll(() => store.close());

describe('HCPCS Level II, CMS fixed-width layout (stale 2019 release)', () => {
  it('reads a code with its coverage, pricing, BETOS and dates', () => {
    const d = hcpcsLookup.show(store, 'j0585', '2019-06-01');
    expect(d).toMatchObject({
      code: 'J0585',
      system: 'hcpcs',
      description: 'Injection, fixture toxin type a, 1 unit',
      shortDescription: 'Injection,fixture toxin a',
      valid: true,
      billable: true,
      validFrom: '1991-01-01',
      release: { id: 'hcpcs-2019-jan', covers: true },
      path: [
        { level: 'section', id: 'J', title: 'Drugs administered other than oral method, chemotherapy drugs' },
      ],
    });
    expect(d?.extra).toMatchObject({
      coverage: 'D special coverage instructions apply',
      pricingIndicators: '51 00',
      betos: 'O1E',
      typeOfService: '1 P',
      ascGroup: 'YY',
      carriersManual: '2049',
      actionCode: 'N no maintenance',
    });
  });

  it('folds continuation records into the long description; a terminated code points at its cross-reference', () => {
    const d = hcpcsLookup.show(store, 'G8891', '2019-06-01');
    expect(d).toMatchObject({
      description:
        'Documentation of medical reason(s) for a fixture measure not under control (e.g., patients for whom the fixture goal is not clinically appropriate)',
      valid: false,
      billable: false,
      validTo: '2014-12-31',
      replacedBy: [{ code: 'G9999' }],
      caveats: ['terminated: last day of use 2014-12-31; cross-reference G9999'],
    });
    expect(hcpcsLookup.show(store, 'G8891', '2014-12-31')?.valid).toBe(true);
  });

  it('a code is active from its add date', () => {
    expect(hcpcsLookup.show(store, 'Q9999', '2019-01-01')?.billable).toBe(true);
    expect(hcpcsLookup.show(store, 'Q9999', '2018-12-31')).toMatchObject({
      billable: false,
      release: { covers: false },
    });
  });

  it('reads modifiers (record ids 7 and 8)', () => {
    expect(hcpcsModifier(store, 'ga', '2019-06-01')).toMatchObject({
      kind: 'modifier',
      code: 'GA',
      longDescription: 'Waiver of liability statement issued as required by payer policy, individual case',
      active: true,
    });
    expect(hcpcsCounts(store, '2019-06-01')).toMatchObject({
      codes: 4,
      activeCodes: 3,
      modifiers: 2,
      activeModifiers: 2,
    });
  });
});

describe('HCPCS Level II, current ANWEB workbook layout', () => {
  it('reads codes by heading, numbers and text alike', () => {
    expect(hcpcsLookup.show(store, 'J0121', '2025-10-01')).toMatchObject({
      description: 'Injection, fixture drug, 1 mg',
      validFrom: '2019-10-01',
      billable: true,
      extra: { typeOfService: '1 P', ascGroup: 'YY', pricingIndicators: '51' },
      release: { id: 'hcpcs-2025-oct' },
    });
    expect(hcpcsLookup.show(store, 'E0100', '2025-10-01')?.extra).toMatchObject({
      coverageManual: '60-3',
      betos: 'D1E',
    });
    expect(hcpcsModifier(store, 'A1', '2025-10-01')?.longDescription).toBe(
      'Dressing for one wound (fixture)',
    );
  });

  it('billable means active on the date', () => {
    expect(hcpcsLookup.show(store, 'G0999', '2025-12-31')?.billable).toBe(true);
    expect(hcpcsLookup.show(store, 'G0999', '2026-01-01')).toMatchObject({
      billable: false,
      release: { covers: false },
    });
    expect(hcpcsLookup.stats(store, '2025-10-01')).toEqual({
      valid: 3,
      billable: 3,
      release: 'hcpcs-2025-oct',
      covers: true,
    });
    // G0999 ends, C9999 begins; no release on hand covers 2026, which the answer says.
    expect(hcpcsLookup.stats(store, '2026-01-01')).toMatchObject({ valid: 3, covers: false });
  });

  it('search documents: one per code, billable as of the date', () => {
    const docs = hcpcsSearchDocuments(store, '2025-10-01');
    expect(docs.map((d) => [d.code, d.billable])).toEqual([
      ['C9999', false],
      ['E0100', true],
      ['G0999', true],
      ['J0121', true],
    ]);
    expect(docs[1]?.terms).toEqual([
      { text: 'Cane, fixture text, adjustable or fixed, with tip', source: 'title' },
      { text: 'Cane fixture with tip', source: 'short' },
    ]);
  });
});

describe('HCPCS loader refuses broken files and leaves the store as it was', () => {
  const failsWith = async (releases: FixtureRelease[], message: RegExp): Promise<void> => {
    await expect(installFixture('hcpcs', 'hcpcs-anweb', releases, installed.home)).rejects.toThrow(message);
    const again = installed.store();
    expect(hcpcsCounts(again, '2025-10-01')?.codes).toBe(4);
    again.close();
  };

  it('a truncated fixed-width record, named by zip member and line', async () => {
    const lines = latin1(fixedWidth).split('\r\n');
    lines[8] = lines[8]!.slice(0, 200);
    await failsWith(
      [stale(lines.join('\r\n')), await current()],
      /2019-Alpha-Numeric-HCPCS-File\.zip:HCPC2019_CONTR_ANWEB\.txt, line 9: record is 200 characters, the layout needs 293/,
    );
  });

  it('a continuation record without its first line', async () => {
    const lines = latin1(fixedWidth).split('\r\n');
    lines.splice(5, 1); // drop G8891's first line
    await failsWith(
      [stale(lines.join('\r\n')), await current()],
      /line 6: continuation of G8891 does not follow/,
    );
  });

  it('a record layout whose positions moved', async () => {
    const moved = latin1(layout).replace('8    285    292    NUM', '8    286    293    NUM');
    await failsWith(
      [stale(fixedWidth, moved), await current()],
      /HCPCS2019_recordlayout\.txt, line \d+: field "HCPCS Termination Date" is at 286-293, this loader reads 285-292/,
    );
  });

  it('a workbook row with a bad date, named by sheet, row and column', async () => {
    const rows = ROWS.map((r) => (r.HCPC === 'E0100' ? { ...r, 'ADD DT': '19861301' } : r));
    await failsWith(
      [stale(), await current(rows)],
      /HCPC2025_OCT_ANWEB\.xlsx, sheet HCPC2025_OCT_ANWEB, row 3, field ADD DT: not a CCYYMMDD date/,
    );
  });

  it('a workbook without the HCPC heading', async () => {
    await failsWith([stale(), await current(ROWS, HEADINGS.slice(1))], /heading row lacks HCPC/);
  });

  it('a file that is not a workbook', async () => {
    const broken: FixtureRelease = {
      ...(await current()),
      files: { 'HCPC2025_OCT_ANWEB.xlsx': 'not a zip' },
    };
    await failsWith([stale(), broken], /HCPC2025_OCT_ANWEB\.xlsx: not a readable xlsx workbook/);
  });
});
