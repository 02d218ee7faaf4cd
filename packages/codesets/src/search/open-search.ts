/**
 * @module search/open-search
 * Opening the search over an installed store for a date of service. The index is built once
 * per set of releases in force and kept as a file in the store folder (`derived/`), named by a
 * key over those releases' fingerprints, the index format and the search's own tables
 * (abbreviations, stop words, weights), so a changed release or a changed search rebuilds it and
 * nothing stale is ever read. `medcode setup` builds it for today's releases right after
 * installing (see warmSearchIndex); otherwise the first search builds it. A store that cannot be
 * written to still searches: the index then lives in memory only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CodeSystem } from '@medcode/domain';
import type { CodeSetStore } from '../store.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import { buildIndexData } from './build-index.ts';
import { CodeSearch } from './code-search.ts';
import { DEFAULT_PHRASES } from './conventions.ts';
import { SearchEngine } from './engine.ts';
import { decodeIndex, encodeIndex, INDEX_FORMAT } from './index-file.ts';
import { SCORE_TABLE } from './score.ts';
import { SearchIndex } from './search-index.ts';
import { addShortcuts } from './shortcuts.ts';
import { SEARCH_SOURCES, type SearchSource } from './sources.ts';
import { DEFAULT_WORDS, STOP_WORDS } from './stop-words.ts';
import type { SearchDocument, SearchHit, SearchOptions } from './types.ts';

/** What the workbench, the coding assistant and `codes search` call. */
export interface Searcher {
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** The systems the index holds, in the order code-prefix hits are listed. */
  readonly systems: readonly CodeSystem[];
  /** How many codes it holds. */
  readonly size: number;
}

export interface OpenSearchOptions {
  /** The systems to read (default: every registered source). */
  sources?: readonly SearchSource[];
  /** Where index files are kept (default `<store>/derived`); false: build in memory only. */
  cacheDir?: string | false;
}

export interface IndexLocation {
  key: string;
  file: string | undefined;
}

function searcherOver(index: SearchIndex): Searcher {
  const cs = new CodeSearch(new SearchEngine(index));
  return {
    search: (query, opts) => cs.search(query, opts),
    systems: index.data.systems.map((s) => s.system),
    size: index.docCount,
  };
}

/** A search over the given documents, built in memory (tests, previews, custom code lists). */
export function searchDocuments(docs: readonly SearchDocument[]): Searcher {
  return searcherOver(new SearchIndex(addShortcuts(buildIndexData(docs))));
}

/** The search tables and weights, as text: part of the cache key. */
function searchTables(): string {
  return JSON.stringify([ABBREVIATIONS, [...STOP_WORDS], [...DEFAULT_WORDS], DEFAULT_PHRASES, SCORE_TABLE]);
}

/** The index key for the releases in force on `on`, and where its file goes. */
export function indexLocation(
  store: CodeSetStore,
  on: string | undefined,
  opts: OpenSearchOptions = {},
): IndexLocation {
  const sources = opts.sources ?? SEARCH_SOURCES;
  const h = createHash('sha256');
  h.update(`format ${INDEX_FORMAT}\n${searchTables()}\n`);
  const datasets = [...new Set(store.releases.map((r) => r.dataset))].sort();
  for (const s of sources) {
    h.update(`source ${s.system} ${s.version}\n`);
    for (const ds of datasets) {
      if (!s.reads(ds)) continue;
      const r = store.releaseOn(ds, on)?.release;
      if (r) h.update(`${ds} ${r.id} ${r.fingerprint}\n`);
    }
  }
  const key = h.digest('hex').slice(0, 32);
  const dir = opts.cacheDir === undefined ? join(store.dir, 'derived') : opts.cacheDir;
  return { key, file: dir === false ? undefined : join(dir, `search-${key}.idx`) };
}

function readIndex(loc: IndexLocation): SearchIndex | undefined {
  if (loc.file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(loc.file);
  } catch {
    return undefined;
  }
  const data = decodeIndex(bytes, loc.key);
  return data ? new SearchIndex(data) : undefined;
}

/** Index files kept per store: one per set of releases recently searched. */
const KEEP_INDEXES = 3;

/** Removes all but the newest KEEP_INDEXES index files beside `file` (stale keys pile up). */
function pruneIndexes(file: string): void {
  const dir = dirname(file);
  const files = readdirSync(dir)
    .filter((f) => /^search-[0-9a-f]+\.idx$/.test(f))
    .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const f of files.slice(KEEP_INDEXES)) if (f.path !== file) rmSync(f.path, { force: true });
}

function buildIndex(
  store: CodeSetStore,
  on: string | undefined,
  opts: OpenSearchOptions,
  loc: IndexLocation,
) {
  const docs: SearchDocument[] = [];
  for (const s of opts.sources ?? SEARCH_SOURCES) docs.push(...s.documents(store, on));
  const data = addShortcuts(buildIndexData(docs));
  if (loc.file !== undefined) {
    // Written beside, then renamed: a reader never sees half a file.
    const tmp = `${loc.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(loc.file), { recursive: true });
      writeFileSync(tmp, encodeIndex(data, loc.key));
      renameSync(tmp, loc.file);
      pruneIndexes(loc.file);
    } catch {
      // A read-only store still searches, from memory.
      rmSync(tmp, { force: true });
    }
  }
  return new SearchIndex(data);
}

/**
 * The search over the code sets in force on `on` (YYYY-MM-DD; default the newest releases):
 * read from the index file when there is one for these releases, built (and saved) otherwise.
 */
export function openSearch(store: CodeSetStore, on?: string, opts: OpenSearchOptions = {}): Searcher {
  const loc = indexLocation(store, on, opts);
  return searcherOver(readIndex(loc) ?? buildIndex(store, on, opts, loc));
}

/**
 * Builds the index file for `on` unless it is there: what `medcode setup` runs after installing,
 * so the first search after an install is as quick as any other. Returns whether it built one.
 */
export function warmSearchIndex(store: CodeSetStore, on?: string, opts: OpenSearchOptions = {}): boolean {
  const loc = indexLocation(store, on, opts);
  if (readIndex(loc)) return false;
  buildIndex(store, on, opts, loc);
  return true;
}
