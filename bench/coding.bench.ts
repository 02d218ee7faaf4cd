/**
 * Note-to-code throughput on the MTSamples notes (../shared/eval/mtsamples, the 2,357 distinct
 * transcriptions), with the code sets in force on BENCH_ON (default 2025-10-01).
 *
 * Prints notes per second per core (CPU time of this process, so other load on the machine
 * does not count against it) and per wall-clock second for the full coder (sections, context,
 * index, tabular, guidelines), and the same for a named baseline measured in the same run:
 * "naive scan" — for every sentence, test every main term of the Alphabetic Index for its
 * words (the obvious dictionary matcher, without the inverted index by rarest key, the child
 * indexes or the caches). The baseline finds main terms only, less work than the coder does,
 * so the ratio understates the difference.
 *
 * The coder is measured twice over the notes: the first pass, with the tabular entries read
 * from SQLite as codes first come up and the code still warming up, and a second pass over the
 * same notes, the steady state of a long batch (every cache is per code or per word of the
 * vocabulary, none per note, so a second pass has nothing to recall but what a long batch
 * would have learnt by then).
 *
 * Needs the code sets installed: MEDCODE_HOME, else .medcode-test/home (the test install).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeSetStore } from '../packages/codesets/src/store.ts';
import { codeNote } from '../packages/coding/src/coder/coder.ts';
import { compileIndex } from '../packages/coding/src/index/compile.ts';
import { sentenceKeys } from '../packages/coding/src/index/sentence-keys.ts';
import { openKnowledge } from '../packages/coding/src/store/knowledge.ts';
import { readIndexBook } from '../packages/coding/src/store/index-source.ts';
import { readNote } from '../packages/coding/src/text/document.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const home = process.env.MEDCODE_HOME ?? join(root, '.medcode-test', 'home');
const shared = process.env.MEDCODE_SHARED ?? join(root, '..', 'shared');
const on = process.env.BENCH_ON ?? '2025-10-01';
const notesFile = join(shared, 'eval', 'mtsamples', 'mtsamples_dedup.jsonl');
if (!existsSync(notesFile)) {
  console.error(`MTSamples not found: ${notesFile} (set MEDCODE_SHARED)`);
  process.exit(1);
}
const notes = readFileSync(notesFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { transcription?: string }).transcription ?? '')
  .filter((t) => t.trim().length > 0);

const store = CodeSetStore.open(home);
const t0 = performance.now();
const knowledge = openKnowledge(store, on);
const loadMs = performance.now() - t0;

interface Run {
  notes: number;
  cpuMs: number;
  wallMs: number;
  found: number;
}
function measure(list: readonly string[], fn: (note: string) => number): Run {
  for (const n of list.slice(0, 20)) fn(n); // warm up
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  let found = 0;
  for (const n of list) found += fn(n);
  const c = process.cpuUsage(c0);
  return { notes: list.length, cpuMs: (c.user + c.system) / 1000, wallMs: performance.now() - w0, found };
}

const codeIt = (n: string): number =>
  codeNote(n, knowledge, { setting: 'outpatient', profile: 'claim' }).suggestions.length;
const coder = measure(notes, codeIt);
const steady = measure(notes, codeIt);
if (steady.found !== coder.found) {
  console.error(
    `the second pass found ${steady.found} codes, the first ${coder.found}: the coder is not deterministic`,
  );
  process.exit(1);
}

// Baseline: every main term tested against every sentence.
const main = readIndexBook(store, 'main', on);
if (!main) throw new Error('the ICD-10-CM index is not installed');
const terms = compileIndex(main).mainTerms;
const sample = notes.slice(0, 150);
const naive = measure(sample, (n) => {
  let hits = 0;
  for (const s of readNote(n).sentences) {
    const at = sentenceKeys(s.tokens).at;
    for (const t of terms) if (t.req.some((alt) => alt.length > 0 && alt.every((k) => at.has(k)))) hits++;
  }
  return hits;
});
store.close();

const perCore = (r: Run): number => r.notes / (r.cpuMs / 1000);
const perWall = (r: Run): number => r.notes / (r.wallMs / 1000);
const chars = notes.reduce((a, n) => a + n.length, 0);
console.log(
  `notes: ${notes.length} MTSamples transcriptions, mean ${Math.round(chars / notes.length)} characters`,
);
console.log(`knowledge load (index + tables compiled, tabular opened): ${loadMs.toFixed(0)} ms`);
console.log(
  `medcode coder, first pass:   ${perCore(coder).toFixed(0)} notes/s per core (CPU time), ${perWall(coder).toFixed(0)} notes/s wall; ${(coder.found / coder.notes).toFixed(1)} codes/note`,
);
console.log(
  `medcode coder, steady state: ${perCore(steady).toFixed(0)} notes/s per core (CPU time), ${perWall(steady).toFixed(0)} notes/s wall`,
);
console.log(
  `baseline naive scan: ${perCore(naive).toFixed(1)} notes/s per core, ${perWall(naive).toFixed(1)} notes/s wall (${sample.length} notes; main terms only)`,
);
console.log(`ratio medcode / naive scan (per core): ${(perCore(coder) / perCore(naive)).toFixed(1)}x`);
const met = (r: Run): string => (perCore(r) >= 500 ? 'met' : 'NOT met');
console.log(
  `target >= 500 notes/s per core: ${met(steady)} in the steady state, ${met(coder)} on the first pass`,
);
