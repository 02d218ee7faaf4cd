/**
 * PTP edit lookups at claim-checking speed, over the installed PTP tables (today: the 1,530,081
 * derived NCCI pairs; an official ccipra/ccioph release when one is installed).
 *
 * Prints: time to load every pair into memory with `ptpIndex` (packed arrays written at
 * install) against the baseline of building the same lookup structure row by row from SQLite;
 * lookups per second with the in-memory index against the baseline of one prepared SQLite
 * query per pair (`ptpPair`); both on a mix of listed pairs (drawn from the table) and pairs
 * no table lists (the common case on a claim), in both orders; resident memory.
 *
 * Needs the code sets installed: MEDCODE_HOME, else .medcode-test/home (the test install).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HcpcsCode } from '@medcode/domain';
import { codeFromKey, codeKey } from '../packages/codesets/src/edits/ptp/code-key.ts';
import { ptpIndex } from '../packages/codesets/src/edits/ptp/ptp-index.ts';
import { ptpPair } from '../packages/codesets/src/edits/ptp/ptp-read.ts';
import { ptpTables } from '../packages/codesets/src/edits/ptp/ptp-sources.ts';
import { CodeSetStore } from '../packages/codesets/src/store.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const home = process.env.MEDCODE_HOME ?? join(root, '.medcode-test', 'home');
const on = process.env.BENCH_ON ?? '2026-05-01';
const store = CodeSetStore.open(home);
const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

// 1. Loading every pair into memory.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBefore = process.memoryUsage().rss;
let t0 = performance.now();
const index = ptpIndex(store, on);
const loadMs = ms(t0);
const rssIndex = process.memoryUsage().rss - rssBefore;

// Baseline: the same pairs read row by row into a Map keyed by the two codes.
t0 = performance.now();
const baseline = new Map<number, number>();
for (const table of ptpTables(store, on)) {
  const rows = table.db.prepare('SELECT col1, col2, modifier FROM ptp').raw().iterate() as IterableIterator<
    [string, string, number]
  >;
  for (const [a, b, m] of rows) {
    const k = codeKey(a) * 2 ** 26 + codeKey(b);
    if (!baseline.has(k)) baseline.set(k, m);
  }
}
const baselineMs = ms(t0);

console.log(
  `PTP tables: ${index.tables.map((t) => `${t.table.release.id} (${fmt(t.size)} pairs)`).join(', ')}`,
);
console.log(`load all pairs, ptpIndex (packed):        ${fmt(loadMs)} ms  (+${fmt(rssIndex / 1e6)} MB RSS)`);
console.log(`load all pairs, row by row into a Map:    ${fmt(baselineMs)} ms  (baseline)`);
console.log(`  ratio: ${fmt(baselineMs / loadMs)}x faster than the baseline`);

// 2. Lookups: half listed pairs, half unlisted, each asked in both orders.
const keys = [...baseline.keys()];
const N = 200_000;
const pairs: [string, string][] = [];
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
for (let i = 0; i < N / 2; i++) {
  const k = keys[Math.floor(rand() * keys.length)]!;
  const a = codeFromKey(Math.floor(k / 2 ** 26));
  const b = codeFromKey(k % 2 ** 26);
  pairs.push([a, b], [b, a]);
}
let found = 0;
t0 = performance.now();
for (const [a, b] of pairs) if (index.modifierIndicator(a, b) >= 0) found++;
const indexMs = ms(t0);
const sqlPairs = pairs.slice(0, 20_000);
let sqlFound = 0;
t0 = performance.now();
for (const [a, b] of sqlPairs) if (ptpPair(store, a as HcpcsCode, b as HcpcsCode, on)) sqlFound++;
const sqlMs = ms(t0);
const perSecIndex = pairs.length / (indexMs / 1000);
const perSecSql = sqlPairs.length / (sqlMs / 1000);
console.log(
  `lookups, in-memory index:  ${fmt(perSecIndex)} /s  (${fmt(pairs.length)} lookups, ${fmt(found)} edits found)`,
);
console.log(
  `lookups, ptpPair (SQLite): ${fmt(perSecSql)} /s  (${fmt(sqlPairs.length)} lookups, ${fmt(sqlFound)} found; baseline)`,
);
console.log(`  ratio: ${fmt(perSecIndex / perSecSql)}x the baseline`);
console.log(`resident memory: ${fmt(process.memoryUsage().rss / 1e6)} MB`);
store.close();
