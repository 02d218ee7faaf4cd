import type { HcpcsCode } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { cptFirstSource, cptKnown } from '../cms/cpt/presence.ts';
import { presentInCmsTables } from './presence.ts';
import { installedStore } from './test-support.ts';

const code = (c: string) => c as HcpcsCode;

describe('presence of a code in the CMS tables (installed from the official files)', () => {
  const store = installedStore();

  it('finds a CPT code in the fee schedule, MUE and add-on tables', () => {
    const p = presentInCmsTables(store, code('99213'), '2026-05-01');
    expect(p.present).toBe(true);
    expect(p.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['pfs-rvu', 'ncci-mue-practitioner', 'ncci-mue-outpatient-hospital']),
    );
    expect(p.tables.find((t) => t.table === 'ncci-mue-practitioner')?.covers).toBe(true);
  });

  it('finds lab codes in the CLFS and the lab NCD lists', () => {
    const p = presentInCmsTables(store, code('85025'), '2026-05-01');
    expect(p.tables.map((t) => t.table)).toEqual(expect.arrayContaining(['clfs', 'ncd-lab']));
  });

  it('a code no CMS table lists is not present, and derived tables do not count', () => {
    expect(presentInCmsTables(store, code('99999'), '2026-05-01')).toMatchObject({
      present: false,
      tables: [],
    });
    expect(presentInCmsTables(store, code('43239'), '2026-05-01').tables.map((t) => t.table)).not.toContain(
      'ncci-ptp-derived',
    );
  });

  it('an add-on code deleted before the date no longer counts as present in the AOC file', () => {
    // AOC row 12: 0079T deleted 2013365.
    const then = presentInCmsTables(store, code('0079T'), '2013-06-01').tables.map((t) => t.table);
    const now = presentInCmsTables(store, code('0079T'), '2026-05-01').tables.map((t) => t.table);
    expect(then).toContain('ncci-aoc');
    expect(now).not.toContain('ncci-aoc');
  });

  it("feeds cms/cpt's cptKnown when no customer CPT file is installed", () => {
    const k = cptKnown(store, '99213', '2026-05-01');
    expect(k.known).toBe(true);
    expect(k.sources).toContain('pfs-rvu');
    expect(cptKnown(store, '99999', '2026-05-01').known).toBe(false);
  });

  it('names the first table cptKnown would, without asking the rest', () => {
    for (const c of ['99213', '80053', '0001U', '64462', '99999', 'J1100', '1234'])
      expect(cptFirstSource(store, c, '2026-05-01')).toBe(cptKnown(store, c, '2026-05-01').sources[0]);
    expect(cptFirstSource(store, '99213', '2026-05-01')).toBe('pfs-rvu');
  });
});
