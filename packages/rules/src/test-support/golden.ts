/**
 * @module test-support/golden
 * Runs a claim through `scrub` over the official-row tables and lists its findings compactly:
 * `CODE@line` / `CODE@dxN` / `CODE` (claim level), for one edit family's prefixes.
 */
import type { Finding, IsoDate } from '@medcode/domain';
import type { PriorService } from '../claim/context.ts';
import type { CompiledPack } from '../packs/compile.ts';
import { type ScrubResult, scrub } from '../scrub.ts';
import { MemoryTables } from '../tables-memory.ts';
import { type ClaimInput, claim } from './claims.ts';
import { OFFICIAL_ROWS } from './official-rows.ts';

export const goldenTables = new MemoryTables(OFFICIAL_ROWS);

export const where = (f: Finding): string =>
  `${f.code}${f.path.line !== undefined ? `@${f.path.line}` : f.path.diagnosis !== undefined ? `@dx${f.path.diagnosis}` : ''}`;

export function run(
  input: ClaimInput,
  opts: { today?: string; pack?: CompiledPack; history?: PriorService[] } = {},
): ScrubResult {
  return scrub(claim(input), {
    tables: goldenTables,
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
