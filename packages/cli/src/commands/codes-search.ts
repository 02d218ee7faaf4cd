/**
 * @module commands/codes-search
 * `medcode codes search "<text>" [--system S] [--limit N] [--on DATE] [--json]`: the codes
 * whose titles, index entries or inclusion terms match the words, best first; or, for a code
 * prefix ("E11.2"), the codes that start with it in code order.
 */
import type { Command } from 'commander';
import { CodeSetStore, medcodeHome, openSearch, type SearchHit, searchReleases } from '@medcode/codesets';
import { type CodeSystem, ERROR_CODES, MedcodeError, parseIsoDate, todayIso } from '@medcode/domain';

const SYSTEMS: readonly CodeSystem[] = ['icd10cm', 'icd10pcs', 'hcpcs'];
const MAX_LIMIT = 1000;

interface SearchFlags {
  system?: string;
  limit?: string;
  on?: string;
  json?: boolean;
}

function bad(message: string, field: string): never {
  throw new MedcodeError(ERROR_CODES.BAD_INPUT, message, { place: { field } });
}

function parseFlags(flags: SearchFlags): { system?: CodeSystem; limit: number; on: string } {
  let system: CodeSystem | undefined;
  if (flags.system !== undefined) {
    system = SYSTEMS.find((s) => s === flags.system?.toLowerCase());
    if (!system) bad(`unknown system "${flags.system}" (one of ${SYSTEMS.join(', ')})`, '--system');
  }
  const limit = flags.limit === undefined ? 10 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    bad(`--limit must be a whole number from 1 to ${MAX_LIMIT}: "${flags.limit}"`, '--limit');
  let on: string = todayIso();
  if (flags.on !== undefined) {
    const d = parseIsoDate(flags.on);
    if (!d.ok) bad(d.error, '--on');
    on = d.value;
  }
  return { ...(system !== undefined ? { system } : {}), limit, on };
}

function printText(hits: SearchHit[]): void {
  if (hits.length === 0) {
    console.log('no codes match');
    return;
  }
  const width = Math.max(...hits.map((h) => h.code.length));
  for (const h of hits) {
    const flag = h.billable ? 'billable    ' : 'non-billable';
    console.log(`${h.code.padEnd(width)}  ${flag}  ${h.description}`);
    if (h.matched.source !== 'title' && h.matched.source !== 'code')
      console.log(`${' '.repeat(width + 16)}${h.matched.source}: ${h.matched.text}`);
  }
}

export function registerCodesSearch(codes: Command): void {
  codes
    .command('search')
    .description('find codes by words (any order, prefixes, one typo, abbreviations) or by code prefix')
    .argument('<text...>', 'the words or code prefix to look for')
    .option('--system <system>', `only this code system (${SYSTEMS.join(', ')})`)
    .option('--limit <n>', 'how many codes at most (default 10)')
    .option('--on <date>', 'date of service, YYYY-MM-DD (default today): picks the releases')
    .option('--json', 'print { "results": [...] } as JSON')
    .action((text: string[], flags: SearchFlags) => {
      const { system, limit, on } = parseFlags(flags);
      const store = CodeSetStore.open(medcodeHome());
      try {
        for (const r of searchReleases(store, on))
          if (!r.covers && (system === undefined || system === r.system))
            console.error(`medcode: no ${r.system} release covers ${on}; searched ${r.release}, the nearest`);
        const hits = openSearch(store, on).search(text.join(' '), {
          limit,
          ...(system !== undefined ? { system } : {}),
        });
        if (flags.json) console.log(JSON.stringify({ results: hits }, null, 2));
        else printText(hits);
      } finally {
        store.close();
      }
    });
}
