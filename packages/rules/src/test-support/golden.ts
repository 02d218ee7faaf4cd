/**
 * @module test-support/golden
 * Runs a claim through `scrub` over the official-row tables and lists its findings compactly:
 * `CODE@line` / `CODE@dxN` / `CODE` (claim level), for one edit family's prefixes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodeSetStore } from '@medcode/codesets';
import { StoreTables } from '../tables-store.ts';
import type { ScrubTables } from '../tables.ts';
import type { Finding, IsoDate } from '@medcode/domain';
import type { PriorService } from '../claim/context.ts';
import type { CompiledPack } from '../packs/compile.ts';
import { type ScrubResult, scrub } from '../scrub.ts';
import { MemoryTables } from '../tables-memory.ts';
import { type ClaimInput, claim } from './claims.ts';
import { OFFICIAL_ROWS } from './official-rows.ts';

export const goldenTables: ScrubTables = new MemoryTables(OFFICIAL_ROWS);

const home = process.env.MEDCODE_TEST_HOME;
const installed = home !== undefined && existsSync(join(home, 'codesets', 'current', 'store.json'));

/**
 * The tables golden cases run on: the hand-made rows, and the installed official files when the
 * test home has them (the global setup installs them; MEDCODE_TEST_SKIP_SETUP without an
 * earlier install leaves only the hand-made rows). A case holds on both, or it is wrong.
 */
export const GOLDEN_IMPLS: [string, ScrubTables][] = [
  ['hand-made rows', goldenTables],
  ...(installed
    ? [['installed official files', new StoreTables(CodeSetStore.open(home!))] as [string, ScrubTables]]
    : []),
];

export const where = (f: Finding): string =>
  `${f.code}${f.path.line !== undefined ? `@${f.path.line}` : f.path.diagnosis !== undefined ? `@dx${f.path.diagnosis}` : ''}`;

export function run(
  input: ClaimInput,
  opts: { today?: string; pack?: CompiledPack; history?: PriorService[]; tables?: ScrubTables } = {},
): ScrubResult {
  return scrub(claim(input), {
    tables: opts.tables ?? goldenTables,
    today: (opts.today ?? '2026-05-01') as IsoDate,
    ...(opts.pack ? { pack: opts.pack } : {}),
    ...(opts.history ? { history: opts.history } : {}),
  });
}

/** Findings of the given code prefixes ("CV", "CC" ...), as sorted `CODE@where` strings. */
export function golden(
  input: ClaimInput,
  prefixes: string[],
  opts: Parameters<typeof run>[1] = {},
): string[] {
  return run(input, opts)
    .findings.filter((f) => prefixes.some((p) => f.code.startsWith(p)))
    .map(where)
    .sort();
}
