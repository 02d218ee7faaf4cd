/**
 * @module commands/codes
 * `medcode codes show <code> [--on DATE] [--json]` and `medcode codes stats [--on DATE] [--json]`.
 * A typed code is tried in every system it could belong to (domain `candidateSystems`: E1122 is
 * ICD-10-CM E11.22 and HCPCS E1122), ICD-10-CM first. The date of service picks the releases
 * (default today); when no release covers it, the nearest answers and stderr says so.
 */
import type { Command } from 'commander';
import {
  type CodeDetail,
  type CodeNote,
  CodeSetStore,
  codeStats,
  medcodeHome,
  type NoteKind,
  type SystemStats,
  showCode,
} from '@medcode/codesets';
import { type CodeSystem, ERROR_CODES, MedcodeError, parseIsoDate, todayIso } from '@medcode/domain';
import { registerCodesSearch } from './codes-search.ts';

const SYSTEM_NAMES: Record<CodeSystem, string> = {
  icd10cm: 'ICD-10-CM',
  icd10pcs: 'ICD-10-PCS',
  hcpcs: 'HCPCS/CPT',
};

const NOTE_TITLES: Record<NoteKind, string> = {
  excludes1: 'Excludes1',
  excludes2: 'Excludes2',
  useAdditionalCode: 'Use additional code',
  codeFirst: 'Code first',
  codeAlso: 'Code also',
  includes: 'Includes',
  inclusionTerms: 'Inclusion terms',
  sevenChrDef: '7th characters',
  sevenChrNote: '7th character note',
  notes: 'Notes',
};

interface Flags {
  on?: string;
  json?: boolean;
}

function dateOf(flags: Flags): string {
  if (flags.on === undefined) return todayIso();
  const d = parseIsoDate(flags.on);
  if (!d.ok) throw new MedcodeError(ERROR_CODES.BAD_INPUT, d.error, { place: { field: '--on' } });
  return d.value;
}

function withStore<T>(fn: (store: CodeSetStore) => T): T {
  const store = CodeSetStore.open(medcodeHome());
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

function warnNearest(system: CodeSystem, release: string, covers: boolean | undefined, on: string): void {
  if (covers === false)
    console.error(
      `medcode: no ${SYSTEM_NAMES[system]} release covers ${on}; answered from ${release}, the nearest`,
    );
}

const noteLine = (n: CodeNote): string =>
  `      [${n.from.level} ${n.from.id}] ${n.char !== undefined ? `${n.char}: ` : ''}${n.text}`;

/** The text form of one answer. */
export function renderDetail(d: CodeDetail): string[] {
  const lines = [
    `${d.code}  ${SYSTEM_NAMES[d.system]}  ${d.release.version} (${d.release.id})`,
    `  ${d.description}`,
  ];
  lines.push(`  billable: ${d.billable ? 'yes' : 'no'}`);
  const since = d.validFrom !== undefined ? `since ${d.validFrom}` : '';
  const until = d.validTo !== undefined ? `until ${d.validTo}` : '';
  const span = [since, until].filter((s) => s !== '').join(', ');
  lines.push(`  valid on ${d.on}: ${d.valid ? 'yes' : 'no'}${span ? ` (${span})` : ''}`);
  for (const r of d.replacedBy ?? [])
    lines.push(
      `  replaced by ${r.code}${r.description !== undefined ? ` ${r.description}` : ''} (${r.source})`,
    );
  if (d.path.length > 0) {
    lines.push('  path:');
    for (const p of d.path) lines.push(`    ${p.level} ${p.id}  ${p.title}`);
  }
  const kinds = (Object.keys(NOTE_TITLES) as NoteKind[]).filter((k) => (d.notes[k]?.length ?? 0) > 0);
  if (kinds.length > 0) {
    lines.push(`  notes${d.notesFrom !== undefined ? ` (tabular list FY${d.notesFrom})` : ''}:`);
    for (const k of kinds) {
      lines.push(`    ${NOTE_TITLES[k]}`);
      for (const n of d.notes[k] ?? []) lines.push(noteLine(n));
    }
  } else if (d.notesFrom !== undefined) lines.push(`  notes (tabular list FY${d.notesFrom}): none`);
  for (const [k, v] of Object.entries(d.extra ?? {})) lines.push(`  ${k}: ${String(v)}`);
  for (const c of d.caveats ?? []) lines.push(`  note: ${c}`);
  return lines;
}

export function renderStats(stats: Partial<Record<CodeSystem, SystemStats>>, on: string): string[] {
  const lines = [`codes on ${on}:`];
  for (const [system, s] of Object.entries(stats) as [CodeSystem, SystemStats][]) {
    const rel =
      s.release !== undefined ? `  (${s.release}${s.covers === false ? ', nearest release' : ''})` : '';
    lines.push(
      `  ${SYSTEM_NAMES[system].padEnd(10)}  valid ${s.valid.toLocaleString('en-US').padStart(7)}  billable ${s.billable.toLocaleString('en-US').padStart(7)}${rel}`,
    );
  }
  if (Object.keys(stats).length === 0) lines.push('  none installed: run `medcode setup`');
  return lines;
}

/** Registers `codes show` and `codes stats`; returns the `codes` command for other subcommands. */
export function registerCodes(program: Command): Command {
  const codes = program.command('codes').description('look codes up: show one, count them, search them');
  codes
    .command('show')
    .description('a code: system, description, billable, validity on the date, hierarchy, every note')
    .argument('<code>', 'E11.22, e1122, E1122, 0DTJ4ZZ, J1100 ...')
    .option('--on <date>', 'date of service, YYYY-MM-DD (default today): picks the releases')
    .option('--json', 'print the answer as JSON (other systems matching the code in "otherMatches")')
    .action((code: string, flags: Flags) => {
      const on = dateOf(flags);
      const details = withStore((store) => showCode(store, code, on));
      const [first, ...others] = details;
      if (!first) {
        throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no code ${code} is known on ${on}`, {
          place: { field: 'code' },
        });
      }
      for (const d of details) warnNearest(d.system, d.release.version, d.release.covers, on);
      if (flags.json) {
        console.log(JSON.stringify(others.length > 0 ? { ...first, otherMatches: others } : first, null, 2));
        return;
      }
      console.log(details.map((d) => renderDetail(d).join('\n')).join('\n\n'));
    });
  codes
    .command('stats')
    .description('per code system, how many codes are valid and how many billable on the date')
    .option('--on <date>', 'date of service, YYYY-MM-DD (default today)')
    .option('--json', 'print { "icd10cm": { "valid": n, "billable": n }, ... }')
    .action((flags: Flags) => {
      const on = dateOf(flags);
      const stats = withStore((store) => codeStats(store, on));
      for (const [system, s] of Object.entries(stats) as [CodeSystem, SystemStats][])
        warnNearest(system, s.release ?? 'the nearest release', s.covers, on);
      if (flags.json) console.log(JSON.stringify(stats, null, 2));
      else console.log(renderStats(stats, on).join('\n'));
    });
  registerCodesSearch(codes);
  return codes;
}
