import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeSetStore } from '../store.ts';
import { buildIndexData } from './build-index.ts';
import { CodeSearch } from './code-search.ts';
import { SearchEngine } from './engine.ts';
import { FIXTURE_DOCUMENTS } from './fixtures/documents.ts';
import { decodeIndex, encodeIndex } from './index-file.ts';
import { indexLocation, openSearch } from './open-search.ts';
import { SearchIndex } from './search-index.ts';
import { addShortcuts, busyPrefixes } from './shortcuts.ts';
import type { SearchSource } from './sources.ts';

const QUERIES = [
  'htn',
  'type 2 diabetes with ckd',
  'e11',
  'hypert',
  'fractures femur',
  'diabtes',
  'cane',
  'c',
];
const searchOver = (data: ReturnType<typeof buildIndexData>): CodeSearch =>
  new CodeSearch(new SearchEngine(new SearchIndex(data)));
const answers = (cs: CodeSearch, queries: readonly string[], limit = 10): unknown[] =>
  queries.map((q) => cs.search(q, { limit }));

describe('the index file', () => {
  const data = addShortcuts(buildIndexData(FIXTURE_DOCUMENTS));
  const bytes = encodeIndex(data, 'key-1');

  it('reads back to an index that answers as the one written', () => {
    const back = decodeIndex(bytes, 'key-1');
    expect(back).toBeDefined();
    expect(answers(searchOver(back!), QUERIES)).toEqual(answers(searchOver(data), QUERIES));
  });

  it('reads from a buffer that does not start on an 8-byte boundary', () => {
    const shifted = new Uint8Array(bytes.length + 3).subarray(3);
    shifted.set(bytes);
    expect(answers(searchOver(decodeIndex(shifted, 'key-1')!), QUERIES)).toEqual(
      answers(searchOver(data), QUERIES),
    );
  });

  it('is refused when stale, truncated or not an index (the caller rebuilds)', () => {
    expect(decodeIndex(bytes, 'key-2')).toBeUndefined();
    expect(decodeIndex(bytes.subarray(0, bytes.length - 16), 'key-1')).toBeUndefined();
    expect(decodeIndex(new TextEncoder().encode('not an index at all'), 'key-1')).toBeUndefined();
    expect(decodeIndex(new Uint8Array(0), 'key-1')).toBeUndefined();
  });
});

describe('shortcut answers', () => {
  it('are exactly what the engine answers', () => {
    const plain = buildIndexData(FIXTURE_DOCUMENTS);
    // With a threshold of one posting, every prefix of every word gets a stored answer.
    const all = addShortcuts(plain, 1);
    const prefixes = busyPrefixes(new SearchIndex(plain), 1);
    expect(prefixes.length).toBeGreaterThan(100);
    expect(new SearchIndex(all).shortcutQueries.length).toBeGreaterThan(100);
    const without = searchOver(plain);
    const withShortcuts = searchOver(all);
    for (const limit of [1, 5, 20])
      expect(answers(withShortcuts, prefixes, limit)).toEqual(answers(without, prefixes, limit));
    expect(withShortcuts.search('c', { limit: 3, system: 'hcpcs' })).toEqual(
      without.search('c', { limit: 3, system: 'hcpcs' }),
    );
  });
});

describe('openSearch over a store', () => {
  function fakeStore(fingerprint: string): { home: string; store: CodeSetStore } {
    const home = mkdtempSync(join(tmpdir(), 'medcode-search-'));
    const dir = join(home, 'codesets', 'releases', 'r1');
    mkdirSync(dir, { recursive: true });
    const release = {
      id: 'fake-codes-2025',
      dataset: 'fake-codes',
      loader: 'fake',
      version: '2025',
      effectiveFrom: '2024-10-01',
      fingerprint,
      files: [],
      installedAt: '2025-01-01T00:00:00Z',
    };
    writeFileSync(join(dir, 'store.json'), JSON.stringify({ formatVersion: 1, releases: [release] }));
    symlinkSync(join('releases', 'r1'), join(home, 'codesets', 'current'));
    return { home, store: CodeSetStore.open(home) };
  }
  const counting = (): { source: SearchSource; reads: () => number } => {
    let n = 0;
    return {
      source: {
        system: 'icd10cm',
        version: 1,
        reads: (ds) => ds === 'fake-codes',
        codes: 'fake-codes',
        documents: () => {
          n++;
          return FIXTURE_DOCUMENTS;
        },
      },
      reads: () => n,
    };
  };

  it('builds the index once, saves it in the store, then reads it', () => {
    const { store } = fakeStore('fp-1');
    const { source, reads } = counting();
    const first = openSearch(store, '2025-01-01', { sources: [source] });
    expect(reads()).toBe(1);
    const file = indexLocation(store, '2025-01-01', { sources: [source] }).file!;
    expect(readdirSync(join(store.dir, 'derived'))).toEqual([file.split('/').pop()]);
    const second = openSearch(store, '2025-01-01', { sources: [source] });
    expect(reads()).toBe(1);
    expect(second.search('htn')).toEqual(first.search('htn'));
    expect(second.size).toBe(FIXTURE_DOCUMENTS.length);
  });

  it('rebuilds when the releases change or the file is damaged', () => {
    const a = fakeStore('fp-1');
    const b = fakeStore('fp-2');
    const { source } = counting();
    expect(indexLocation(a.store, undefined, { sources: [source] }).key).not.toBe(
      indexLocation(b.store, undefined, { sources: [source] }).key,
    );
    const { source: s2, reads } = counting();
    openSearch(a.store, undefined, { sources: [s2] });
    const file = indexLocation(a.store, undefined, { sources: [s2] }).file!;
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    expect(openSearch(a.store, undefined, { sources: [s2] }).search('htn')[0]?.code).toBe('I10');
    expect(reads()).toBe(2);
  });

  it('keeps the three newest index files of a store', () => {
    const { store } = fakeStore('fp-1');
    for (let version = 1; version <= 5; version++) {
      const { source } = counting();
      openSearch(store, undefined, { sources: [{ ...source, version }] });
    }
    expect(readdirSync(join(store.dir, 'derived'))).toHaveLength(3);
    const { source } = counting();
    const newest = indexLocation(store, undefined, { sources: [{ ...source, version: 5 }] }).file!;
    expect(readdirSync(join(store.dir, 'derived'))).toContain(newest.split('/').pop());
  });

  it('keeps the index in memory only when told to', () => {
    const { store } = fakeStore('fp-1');
    const { source } = counting();
    expect(openSearch(store, undefined, { sources: [source], cacheDir: false }).search('copd')[0]?.code).toBe(
      'J44.9',
    );
    expect(indexLocation(store, undefined, { sources: [source], cacheDir: false }).file).toBeUndefined();
    expect(() => readdirSync(join(store.dir, 'derived'))).toThrow();
  });
});
