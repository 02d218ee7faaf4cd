import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodeSetStore } from '@medcode/codesets';
import type { HcpcsCode, Icd10CmCode, IsoDate, Modifier, PosCode } from '@medcode/domain';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScrubTables } from './tables.ts';
import { MemoryTables } from './tables-memory.ts';
import { StoreTables } from './tables-store.ts';
import { OFFICIAL_ROWS } from './test-support/official-rows.ts';

// One suite, two implementations: the hand-made rows must say what the installed official
// files say. Each expectation is the official row copied in test-support/official-rows.ts.
const home = process.env.MEDCODE_TEST_HOME;
const installed = home !== undefined && existsSync(join(home, 'codesets', 'current', 'store.json'));
const store = installed ? CodeSetStore.open(home!) : undefined;
afterAll(() => store?.close());

const impls: [string, ScrubTables | undefined][] = [
  ['memory (hand-made rows)', new MemoryTables(OFFICIAL_ROWS)],
  ['store (installed official files)', store ? new StoreTables(store) : undefined],
  // The benchmark's baseline must answer the same, only slower.
  ['store, naive (one query per lookup)', store ? new StoreTables(store, { naive: true }) : undefined],
];

const D = '2026-03-02' as IsoDate;
const cm = (s: string) => s as Icd10CmCode;
const px = (s: string) => s as HcpcsCode;

describe.each(impls)('ScrubTables: %s', (_name, t) => {
  // The store suite needs `medcode setup` run into the test home (the global setup does it);
  // with MEDCODE_TEST_SKIP_SETUP and no earlier install there is nothing to read.
  const test = t ? it : it.skip;
  const tables = t!;

  test('ICD-10-CM status on the date: billable, header, deleted with successors, changed at FY2026', () => {
    expect(tables.icd10cm(cm('I10'), D).state).toBe('billable');
    expect(tables.icd10cm(cm('E11'), D).state).toBe('header');
    expect(tables.icd10cm(cm('E1123'), D)).toMatchObject({ state: 'invalid' });
    expect(tables.icd10cm(cm('E1123'), D).validTo).toBeUndefined();
    const s30 = tables.icd10cm(cm('S301XXA'), D);
    expect(s30).toMatchObject({ state: 'invalid', validTo: '2025-09-30' });
    expect(s30.replacedBy).toEqual(expect.arrayContaining(['S3011XA', 'S3012XA', 'S3013XA']));
    expect(tables.icd10cm(cm('S301XXA'), '2025-06-02' as IsoDate).state).toBe('billable');
    expect(tables.icd10cm(cm('G35'), '2025-06-02' as IsoDate).state).toBe('billable');
    expect(tables.icd10cm(cm('G35'), D).state).toBe('header');
  });

  test('tabular notes apply from the level they are written at', () => {
    const e1122 = tables.icd10cmNotes(cm('E1122'), D)!;
    expect(e1122.useAdditional.some((n) => n.at.replace('.', '') === 'E1122' && n.refs.length > 0)).toBe(
      true,
    );
    expect(e1122.excludes1.some((n) => n.at === 'E11' && n.text.includes('type 1 diabetes'))).toBe(true);
    const n18 = tables.icd10cmNotes(cm('N1830'), D)!;
    expect(n18.codeFirst.some((n) => n.at === 'N18' && n.text.includes('E11.22'))).toBe(true);
  });

  test('7th characters of S00, found from the code or a malformed one', () => {
    for (const code of ['S0081', 'S0081A', 'S0081XZ']) {
      const s = tables.seventhCharacter(cm(code), D)!;
      expect(s.at.replace('.', '')).toBe('S00');
      expect(Object.keys(s.chars).sort()).toEqual(['A', 'D', 'S']);
    }
    expect(tables.seventhCharacter(cm('I10'), D)).toBeUndefined();
  });

  test('MCE lists: manifestation, unacceptable principal, age categories', () => {
    expect(tables.mceManifestation(cm('F0280'), D)).toBeDefined();
    expect(tables.mceManifestation(cm('I10'), D)).toBeUndefined();
    expect(tables.mceUnacceptablePrincipal(cm('Z0000'), D)).toMatchObject({ unlessSecondary: false });
    expect(tables.mceAge(cm('Z00129'), D)?.category).toBe('pediatric');
    expect(tables.mceAge(cm('Z0000'), D)?.category).toBe('adult');
    expect(tables.mceAge(cm('Z3400'), D)?.category).toBe('maternity');
    expect(tables.mceAge(cm('I10'), D)).toBeUndefined();
  });

  test('HCPCS status, CPT presence, modifiers, places of service', () => {
    expect(tables.hcpcs(px('G0106'), D)).toMatchObject({ state: 'inactive', terminatedOn: '2024-12-31' });
    expect(tables.hcpcs(px('G0106'), '2024-06-03' as IsoDate).state).toBe('active');
    expect(tables.hcpcs(px('G0439'), D).state).toBe('active');
    expect(tables.hcpcs(px('G0000'), D).state).toBe('unknown');
    expect(tables.cptListed(px('99213'), D)).toBeDefined();
    expect(tables.cptListed(px('12345'), D)).toBeUndefined();
    expect(tables.modifier('XS' as Modifier, D)).toBeDefined();
    expect(tables.modifier('ZZ' as Modifier, D)).toBeUndefined();
    expect(tables.pos('11' as PosCode, D)?.name).toBe('Office');
    expect(tables.pos('28' as PosCode, D)).toBeUndefined();
  });

  test('NCCI PTP pairs, MUEs and add-on codes', () => {
    expect(tables.ptp('43239', '43235', D, 'practitioner')?.indicator).toBe(0);
    expect(tables.ptp('45385', '45380', D, 'practitioner')?.indicator).toBe(1);
    expect(tables.ptp('45380', '45385', D, 'practitioner')).toBeUndefined();
    expect(tables.mue('99213', D, 'practitioner')).toMatchObject({ value: 2, mai: 3 });
    expect(tables.mue('17000', D, 'practitioner')).toMatchObject({ value: 1, mai: 2 });
    expect(tables.mue('A0425', D, 'practitioner')).toMatchObject({ value: 250, mai: 1 });
    const aoc = tables.aoc('17003', D)!;
    expect(aoc.type).toBe(1);
    expect(aoc.primaries.has('17000')).toBe(true);
    expect(tables.aoc('17000', D)).toBeUndefined();
  });

  test('lab NCD 190.23B: the test and the resolution of each diagnosis', () => {
    const ncd = tables.labNcds('80061', D).find((n) => n.ncd === '190.23B');
    expect(ncd?.title).toBe('Lipids Testing');
    expect(tables.labNcdDiagnosis('190.23B', cm('E785'), D)).toBe(1);
    expect(tables.labNcdDiagnosis('190.23B', cm('Z0000'), D)).toBe(2);
    expect(tables.labNcds('99213', D)).toEqual([]);
  });
});
