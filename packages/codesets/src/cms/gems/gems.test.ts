import { gzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetStore } from '../../store.ts';
import { fixtureBytes, installFixture } from '../testing.ts';
import { gemsFrom, gemsTo } from './read.ts';

const cm = fixtureBytes(import.meta.url, 'cm-10-to-9.fixture.txt');
const pcs = fixtureBytes(import.meta.url, 'pcs-9-to-10.fixture.txt');
const release = (files: Record<string, Uint8Array | string>) => ({
  id: 'gems-2018',
  effectiveFrom: '2017-10-01',
  effectiveTo: '2018-09-30',
  files,
});

let store: CodeSetStore;
beforeAll(async () => {
  // One file gzip'd as on hand, one plain as CMS ships them inside its zips.
  const files = { '2018_gem_cm_I10I9.txt.gz': gzipSync(cm), '2018_gem_pcs_I9I10.txt': pcs };
  store = (await installFixture('gems', 'gems', [release(files)])).store();
});
afterAll(() => store.close());

describe('General Equivalence Mappings', () => {
  it('backward CM map with its flags; a no-map entry has no target', () => {
    expect(gemsFrom(store, 'cm', 'I10I9', 'E11.22')).toEqual([
      {
        source: 'E1122',
        target: '25040',
        approximate: true,
        noMap: false,
        combination: false,
        scenario: 0,
        choiceList: 0,
      },
    ]);
    expect(gemsFrom(store, 'cm', 'I10I9', 'U071')).toEqual([
      { source: 'U071', approximate: true, noMap: true, combination: false, scenario: 0, choiceList: 0 },
    ]);
    expect(gemsTo(store, 'cm', 'I10I9', '25040').map((e) => e.source)).toEqual(['E1122']);
  });

  it('forward PCS combination entries keep scenario and choice list', () => {
    const combo = gemsFrom(store, 'pcs', 'I9I10', '8151');
    expect(combo.map((e) => [e.target, e.combination, e.scenario, e.choiceList])).toEqual([
      ['0SR9019', true, 1, 1],
      ['0SRB019', true, 1, 2],
      ['0SR9029', true, 2, 1],
    ]);
    expect(gemsFrom(store, 'pcs', 'I10I9', '0SR9019')).toEqual([]); // that direction is not installed
  });

  it.each([
    [
      'a line with four flag digits',
      'A000    0010  0000\r\n',
      /2018_gem_cm_I10I9\.txt, line 1: not a GEM line/,
    ],
    ['a file name that says neither system nor direction', null, /not a GEM file name/],
  ])('refuses %s', async (_what, text, message) => {
    const files: Record<string, Uint8Array | string> =
      text === null ? { 'gems.txt': cm } : { '2018_gem_cm_I10I9.txt': text };
    await expect(installFixture('gems', 'gems', [release(files)])).rejects.toThrow(message);
  });

  it('refuses a truncated gzip file', async () => {
    const gz = gzipSync(cm);
    await expect(
      installFixture('gems', 'gems', [release({ '2018_gem_cm_I10I9.txt.gz': gz.slice(0, gz.length - 12) })]),
    ).rejects.toThrow(/2018_gem_cm_I10I9\.txt\.gz: not a readable gzip file/);
  });
});
