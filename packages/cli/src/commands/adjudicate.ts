/**
 * @module commands/adjudicate
 * `medcode adjudicate <claims.837|claim.json> --plan <file|name> [--members FILE] [--out era.835]
 * [--eob eob.json] [--accumulators FILE] [--overrides FILE] [--received DATE] [--json]`: the
 * insurer's decision on every claim of a file, under a plan (a plan file, or the name of a
 * shipped plan in packages/adjudication/plans: medicare-b, acme-health-ppo). Without --members
 * it runs in predict mode, the biller's view: every subscriber on the claims is taken as
 * eligible. --accumulators keeps the deductible and out-of-pocket ledger in a JSON file between
 * runs (read when it exists, written back); running the same file again leaves it as it was.
 * --out writes the 835 (pended claims wait; codes are checked against the installed CARC/RARC
 * lists), --eob a FHIR Bundle of ExplanationOfBenefit resources. Exit status 1 when a claim
 * could not be read, 0 otherwise (denials are decisions, not failures).
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import {
  AccumulatorLedger,
  type Adjudicated,
  adjudicate,
  buildRemittances,
  type ClaimResult,
  codeProblems,
  explanationOfBenefit,
  type LedgerSnapshot,
  type MemberIndex,
  type Override,
  type Plan,
  parseMembers,
  parsePlan,
  storeCodeLists,
  storeFees,
} from '@medcode/adjudication';
import { CodeSetStore, medcodeHome } from '@medcode/codesets';
import {
  type Claim,
  ERROR_CODES,
  formatDollars,
  type IsoDate,
  MedcodeError,
  parseClaimJson,
  parseIsoDate,
  todayIso,
} from '@medcode/domain';
import { type CompiledPack, loadPack, StoreTables } from '@medcode/rules';
import { parse837, write835 } from '@medcode/x12';
import { EXIT } from '../exit.ts';
import { createProgress } from '../progress.ts';

interface Flags {
  plan: string;
  members?: string;
  out?: string;
  eob?: string;
  accumulators?: string;
  overrides?: string;
  received?: string;
  json?: boolean;
  quiet?: boolean;
}

/** A folder of the checkout (packages/…), found by walking up from this module: sources and bundle alike. */
export function shippedDir(...parts: string[]): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'packages', ...parts);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const DATA = /\.(ya?ml|json)$/i;

function shippedFile(parts: string[], name: string, what: string, flag: string): string {
  const dir = shippedDir(...parts);
  const files = dir ? readdirSync(dir).filter((f) => DATA.test(f)) : [];
  const file = files.find((f) => f.replace(DATA, '') === name);
  if (!dir || !file)
    throw new MedcodeError(
      ERROR_CODES.NOT_FOUND,
      `no ${what} file or shipped ${what} named ${name} (shipped: ${files.map((f) => f.replace(DATA, '')).join(', ') || 'none'})`,
      { place: { field: flag } },
    );
  return join(dir, file);
}

/** A plan file, or the name of a shipped plan. */
export function readPlan(arg: string): Plan {
  const file =
    existsSync(arg) && statSync(arg).isFile()
      ? arg
      : shippedFile(['adjudication', 'plans'], arg, 'plan', '--plan');
  return parsePlan(readFileSync(file, 'utf8'), file);
}

/** The payer rule pack the plan names, from the shipped packs; undefined (with a note) when absent. */
export function readPlanPack(plan: Plan, note: (s: string) => void): CompiledPack | undefined {
  if (plan.scrubPack === undefined) return undefined;
  try {
    const file = shippedFile(['rules', 'packs'], plan.scrubPack, 'payer pack', '--plan');
    return loadPack(readFileSync(file, 'utf8'), file);
  } catch (e) {
    if (e instanceof MedcodeError && e.code === ERROR_CODES.NOT_FOUND) {
      note(
        `plan ${plan.plan} names the payer pack ${plan.scrubPack}, which is not shipped: edits run without it`,
      );
      return undefined;
    }
    throw e;
  }
}

export function readMembers(file: string): MemberIndex {
  if (!existsSync(file))
    throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no such file: ${file}`, { place: { field: '--members' } });
  return parseMembers(readFileSync(file, 'utf8'), file);
}

export function readLedger(file: string | undefined): AccumulatorLedger {
  if (file === undefined || !existsSync(file)) return new AccumulatorLedger();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'not valid JSON', { place: { file }, cause });
  }
  const snap = raw as Partial<LedgerSnapshot>;
  if (snap.format !== 'medcode-accumulators' || !Array.isArray(snap.entries))
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'not a Medcode accumulators file', { place: { file } });
  return new AccumulatorLedger(snap as LedgerSnapshot);
}

/** A reviewer's override as the file gives it: for one claim (claimId) or for every claim read. */
type FileOverride = Override & { claimId?: string };

function readOverrides(file: string): FileOverride[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'not valid JSON', { place: { file }, cause });
  }
  if (!Array.isArray(raw))
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'expected an array of overrides', { place: { file } });
  return raw as FileOverride[];
}

export function dateFlag(value: string | undefined, flag: string): IsoDate {
  if (value === undefined) return todayIso();
  const d = parseIsoDate(value);
  if (!d.ok) throw new MedcodeError(ERROR_CODES.BAD_INPUT, d.error, { place: { field: flag } });
  return d.value;
}

type Item =
  | { kind: 'claim'; claim: Claim; overrides?: Override[] }
  | { kind: 'unreadable'; claimId?: string; problems: string[] };

function* jsonClaims(path: string): Generator<Item> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'not valid JSON', { place: { file: path }, cause });
  }
  for (const [k, c] of (Array.isArray(raw) ? raw : [raw]).entries()) {
    const r = parseClaimJson(c);
    if (r.ok) yield { kind: 'claim', claim: r.value };
    else yield { kind: 'unreadable', problems: r.error.map((p) => `[${k}].${p.path}: ${p.message}`) };
  }
}

async function* x12Claims(path: string, onBytes: (n: number) => void): AsyncGenerator<Item> {
  for await (const item of parse837(createReadStream(path), { file: basename(path), onProgress: onBytes })) {
    if (item.kind === 'claim') yield { kind: 'claim', claim: item.claim };
    else if (item.kind === 'rejected')
      yield {
        kind: 'unreadable',
        ...(item.claimId ? { claimId: item.claimId } : {}),
        problems: item.error.map((p) => p.message),
      };
  }
}

const isJson = (path: string): boolean =>
  /\.json$/i.test(path) || /^\s*[[{]/.test(readFileSync(path, { encoding: 'utf8' }).slice(0, 64));

const $ = (c: number): string => formatDollars(c as never);

function printResult(r: ClaimResult): void {
  const head = `${r.claimId}: ${r.status}${r.replay ? ' (adjudicated before: accumulators unchanged)' : ''}`;
  console.log(
    `${head}  billed ${$(r.billed)}  allowed ${$(r.allowed)}  paid ${$(r.paid)}  patient ${$(r.patientResponsibility)}`,
  );
  if (r.reversal) console.log(`  reverses the earlier payment of ${$(-r.reversal.paid)}`);
  for (const l of r.lines) {
    const cas = l.adjustments.map((a) => `${a.group}-${a.reason} ${$(a.amount)}`).join(', ');
    const rarc = l.remarks.length > 0 ? ` [${l.remarks.join(' ')}]` : '';
    console.log(
      `  ${String(l.lineNumber).padStart(2)} ${(l.procedure ?? '').padEnd(5)}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''} ${l.status.padEnd(8)} allowed ${$(l.allowed)}  paid ${$(l.paid)}${cas ? `  ${cas}` : ''}${rarc}`,
    );
    for (const why of l.reasons.filter((x) => x.code !== 'AJ023'))
      console.log(`       ${why.code} ${why.message}`);
    for (const step of l.pricing?.steps ?? []) console.log(`       · ${step}`);
  }
  for (const a of r.audit)
    console.log(
      `  override line ${a.lineNumber} by ${a.reviewer} (${a.at}): ${a.before.status} → ${a.after.status}: ${a.reason}`,
    );
}

export function registerAdjudicate(program: Command): void {
  program
    .command('adjudicate')
    .description(
      'decide claims as the payer would: eligibility, edits, benefits, pricing, cost sharing; 835 and EOB out',
    )
    .argument('<file>', 'an 837P/837I file, or a claim JSON (one claim or an array)')
    .requiredOption('--plan <plan>', 'a plan file (YAML/JSON) or a shipped plan: medicare-b, acme-health-ppo')
    .option('--members <file>', 'the members file (without it: predict mode, every subscriber eligible)')
    .option('--out <era.835>', 'write the X12 835 remittance here')
    .option('--eob <file.json>', 'write a FHIR Bundle of ExplanationOfBenefit resources here')
    .option(
      '--accumulators <file.json>',
      'read and write back the accumulator ledger (deductible, out-of-pocket, services)',
    )
    .option(
      '--overrides <file.json>',
      "reviewer overrides: [{claimId, lineNumber, action: 'pay'|'deny', reviewer, reason, at, allowed?, denial?}]",
    )
    .option('--received <date>', 'the date the claims were received (timely filing); default today')
    .option('--json', 'print the decisions as JSON')
    .option('--quiet', 'no progress output')
    .action(async (file: string, flags: Flags) => {
      if (!existsSync(file)) throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no such file: ${file}`);
      const received = dateFlag(flags.received, '--received');
      const progress = createProgress({ quiet: flags.quiet === true || flags.json === true });
      const plan = readPlan(flags.plan);
      const pack = readPlanPack(plan, (s) => progress.note(s));
      const members = flags.members !== undefined ? readMembers(flags.members) : undefined;
      const ledger = readLedger(flags.accumulators);
      const overrides = flags.overrides !== undefined ? readOverrides(flags.overrides) : [];
      const store = CodeSetStore.open(medcodeHome());
      const ctx = {
        plan,
        ...(members ? { members } : {}),
        ledger,
        fees: storeFees(store),
        tables: new StoreTables(store),
        ...(pack ? { pack } : {}),
        received,
      };
      const done: Adjudicated[] = [];
      const unreadable: { claimId?: string; problems: string[] }[] = [];
      const size = statSync(file).size;
      try {
        const items = isJson(file)
          ? jsonClaims(file)
          : x12Claims(file, (n) => progress.update(`adjudicate ${basename(file)}`, n, size));
        for await (const item of items) {
          if (item.kind === 'unreadable') {
            unreadable.push(item);
            if (!flags.json)
              progress.note(`${item.claimId ?? '(unknown claim)'}: unreadable: ${item.problems.join('; ')}`);
            continue;
          }
          const mine = overrides.filter((o) => o.claimId === undefined || o.claimId === item.claim.id);
          const result = adjudicate(item.claim, { ...ctx, overrides: mine });
          done.push({ claim: item.claim, result });
          if (!flags.json) {
            progress.done();
            printResult(result);
          }
        }
        const problems = codeProblems(
          done.map((d) => d.result),
          storeCodeLists(store),
        );
        // Shown even with --quiet: a code the X12 lists do not have in use would reach the 835.
        progress.done();
        for (const p of problems)
          console.error(
            `medcode: warning: ${p.claimId}${p.lineNumber ? ` line ${p.lineNumber}` : ''}: ${p.list} ${p.code} is not in use on ${p.on}`,
          );
        if (flags.out !== undefined) {
          const remittances = buildRemittances(done, plan, {
            date: received,
            traceNumber: `MC${received.replaceAll('-', '')}`,
          });
          writeFileSync(
            flags.out,
            write835(remittances, {
              sender: { id: plan.payer.id.slice(0, 15) },
              receiver: { id: 'PROVIDER' },
              date: received.replaceAll('-', ''),
              lineBreaks: true,
            }),
          );
          if (!flags.json)
            console.log(
              `835 written to ${flags.out} (${remittances.length} remittance${remittances.length === 1 ? '' : 's'})`,
            );
        }
        if (flags.eob !== undefined) {
          const entry = done.flatMap(({ claim, result }) => {
            const eob = explanationOfBenefit(result, claim, { created: received });
            return eob ? [{ resource: eob }] : [];
          });
          writeFileSync(
            flags.eob,
            `${JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry }, null, 2)}\n`,
          );
          if (!flags.json)
            console.log(`ExplanationOfBenefit bundle written to ${flags.eob} (${entry.length})`);
        }
        if (flags.accumulators !== undefined)
          writeFileSync(flags.accumulators, `${JSON.stringify(ledger.snapshot(), null, 2)}\n`);
        if (flags.json)
          console.log(
            JSON.stringify(
              {
                file: basename(file),
                plan: { plan: plan.plan, title: plan.title },
                mode: members ? 'members' : 'predict',
                received,
                claims: done.map((d) => d.result),
                unreadable,
                codeProblems: problems,
              },
              null,
              2,
            ),
          );
        else {
          const paid = done.reduce((a, d) => a + d.result.paid, 0);
          const by = (s: string) => done.filter((d) => d.result.status === s).length;
          console.log(
            `\n${done.length} claims (${members ? 'members' : 'predict mode'}): ${by('processed')} processed, ${by('denied')} denied, ${by('pended')} pended${by('voided') ? `, ${by('voided')} voided` : ''}${unreadable.length ? `, ${unreadable.length} unreadable` : ''}; paid ${$(paid)}`,
          );
        }
      } finally {
        progress.done();
        store.close();
      }
      if (unreadable.length > 0) process.exitCode = EXIT.REJECTED;
    });
}
