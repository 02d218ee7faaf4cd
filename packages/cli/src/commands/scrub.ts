/**
 * @module commands/scrub
 * `medcode scrub <file.837|claim.json> [--payer PACK] [--json] [--277ca OUT] [--today DATE]`:
 * checks every claim of an 837 file (or a claim JSON: one claim or an array) with the claim
 * edit library over the installed code sets, and a payer pack when given (a pack file, or the
 * name of a shipped pack in packages/rules/packs). Prints the findings of each claim and a
 * summary by edit; `--277ca` writes the claim acknowledgment a front end would return.
 * Exit status 1 when any claim would be rejected (a `reject` finding, or an 837 claim that
 * could not be read), 0 otherwise.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CodeSetStore, medcodeHome } from '@medcode/codesets';
import {
  type Claim,
  type ClaimAcknowledgment,
  type ClaimAcknowledgmentReport,
  ERROR_CODES,
  type IsoDate,
  MedcodeError,
  parseClaimJson,
  parseIsoDate,
  todayIso,
} from '@medcode/domain';
import {
  type ClaimOutcome,
  type CompiledPack,
  EDIT_FAMILIES,
  FINDINGS,
  loadPack,
  type ScrubResult,
  StoreTables,
  scrub,
} from '@medcode/rules';
import {
  claimAcknowledgment,
  parse837,
  type Parsed837Item,
  rejectedByFindings,
  write277ca,
} from '@medcode/x12';
import { EXIT } from '../exit.ts';
import { createProgress } from '../progress.ts';

interface Flags {
  payer?: string;
  json?: boolean;
  '277ca'?: string;
  today?: string;
  quiet?: boolean;
}

/** The shipped packs folder, found by walking up from this module (sources and bundle alike). */
function shippedPacksDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'packages', 'rules', 'packs');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function readPack(arg: string): CompiledPack {
  if (existsSync(arg) && statSync(arg).isFile()) return loadPack(readFileSync(arg, 'utf8'), arg);
  const dir = shippedPacksDir();
  const files = dir ? readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)) : [];
  const file = files.find((f) => f.replace(/\.(ya?ml|json)$/, '') === arg);
  if (!dir || !file) {
    const names = files.map((f) => f.replace(/\.(ya?ml|json)$/, '')).join(', ');
    throw new MedcodeError(
      ERROR_CODES.NOT_FOUND,
      `no payer pack file or shipped pack named ${arg} (shipped: ${names || 'none'})`,
      {
        place: { field: '--payer' },
      },
    );
  }
  return loadPack(readFileSync(join(dir, file), 'utf8'), join(dir, file));
}

type Item =
  | { kind: 'claim'; claim: Claim; source?: Parsed837Item }
  | { kind: 'rejected'; source: Parsed837Item };

/** Claims of a JSON file: one claim object, or an array of them. */
function* jsonClaims(path: string): Generator<Item> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, 'not valid JSON', { place: { file: path }, cause });
  }
  const list = Array.isArray(raw) ? raw : [raw];
  for (const [k, c] of list.entries()) {
    const r = parseClaimJson(c);
    if (!r.ok) {
      const where = Array.isArray(raw) ? `[${k}].` : '';
      const first = r.error[0];
      throw new MedcodeError(ERROR_CODES.BAD_INPUT, `${where}${first?.path}: ${first?.message}`, {
        place: { file: path },
      });
    }
    yield { kind: 'claim', claim: r.value };
  }
}

async function* x12Claims(path: string, onBytes: (n: number) => void): AsyncGenerator<Item> {
  for await (const item of parse837(createReadStream(path), { file: basename(path), onProgress: onBytes })) {
    if (item.kind === 'claim') yield { kind: 'claim', claim: item.claim, source: item };
    else if (item.kind === 'rejected') yield { kind: 'rejected', source: item };
  }
}

const isJson = (path: string): boolean => {
  if (/\.json$/i.test(path)) return true;
  const head = readFileSync(path, { encoding: 'utf8', flag: 'r' }).slice(0, 64).trimStart();
  return head.startsWith('{') || head.startsWith('[');
};

function printClaim(r: ScrubResult): void {
  const n = r.findings.length;
  console.log(`${r.claimId}: ${r.outcome}${n > 0 ? ` (${n} finding${n === 1 ? '' : 's'})` : ''}`);
  for (const f of r.findings) {
    const at =
      f.path.line !== undefined
        ? `line ${f.path.line}`
        : f.path.diagnosis !== undefined
          ? `dx ${f.path.diagnosis}`
          : 'claim';
    const adj = f.carc ? ` [${f.carc.group}-${f.carc.reason}${f.rarc ? ` ${f.rarc.join(' ')}` : ''}]` : '';
    // Messages name their line already ("line 2: ..."); the claim-level ones get a place.
    const text = /^line \d+:/.test(f.message) ? f.message : `${at}: ${f.message}`;
    console.log(`  ${f.severity.padEnd(6)} ${f.code} ${text}${adj}`);
    const cites = f.evidence
      .filter((e) => e.kind !== 'fact')
      .map((e) =>
        e.kind === 'table'
          ? `${e.table} ${e.release ?? ''}`.trim()
          : e.kind === 'guideline'
            ? `${e.document} ${e.section}`
            : e.kind === 'policy'
              ? `${e.document}${e.section ? `, ${e.section}` : ''}`
              : e.kind === 'payerPack'
                ? `pack ${e.pack} ${e.version} rule ${e.rule}`
                : '',
      )
      .filter(Boolean);
    if (cites.length > 0) console.log(`         source: ${cites.join('; ')}`);
    if (f.fix) console.log(`         fix: ${f.fix.description}`);
  }
}

interface Summary {
  claims: number;
  lines: number;
  byOutcome: Record<ClaimOutcome | 'unreadable', number>;
  byCode: Map<string, number>;
}

function printSummary(s: Summary, ms: number): void {
  const o = s.byOutcome;
  console.log(
    `\n${s.claims} claims, ${s.lines} lines in ${(ms / 1000).toFixed(2)}s: ${o.reject} rejected, ${o.deny} likely denied, ${o.warn} with warnings, ${o.info + o.clean} clean${o.unreadable ? `, ${o.unreadable} unreadable` : ''}`,
  );
  if (s.byCode.size === 0) return;
  console.log('findings by edit:');
  const families = new Map<string, [string, number][]>();
  for (const [code, n] of [...s.byCode].sort()) {
    const def = FINDINGS[code as keyof typeof FINDINGS];
    const fam = def?.edit ?? 'payer';
    const list = families.get(fam) ?? [];
    families.set(fam, list);
    list.push([code, n]);
  }
  for (const [fam, list] of families) {
    const title = EDIT_FAMILIES[fam as keyof typeof EDIT_FAMILIES] ?? fam;
    console.log(`  ${title}: ${list.reduce((t, [, n]) => t + n, 0)}`);
    for (const [code, n] of list)
      console.log(
        `    ${code} ${String(n).padStart(6)}  ${FINDINGS[code as keyof typeof FINDINGS]?.title ?? ''}`,
      );
  }
}

export function registerScrub(program: Command): void {
  program
    .command('scrub')
    .description(
      'check claims before they leave: code validity, conventions, NCCI, MUE, necessity, payer rules',
    )
    .argument('<file>', 'an 837P/837I file, or a claim JSON (one claim or an array)')
    .option('--payer <pack>', 'a payer pack file (YAML/JSON) or the name of a shipped pack')
    .option('--json', 'print the results as JSON')
    .option('--277ca <out>', 'write a 277CA claim acknowledgment to this file')
    .option('--today <date>', 'the date the check runs (timely filing, future dates); default today')
    .option('--quiet', 'no progress output')
    .action(async (file: string, flags: Flags) => {
      if (!existsSync(file)) throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no such file: ${file}`);
      let today = todayIso();
      if (flags.today !== undefined) {
        const d = parseIsoDate(flags.today);
        if (!d.ok) throw new MedcodeError(ERROR_CODES.BAD_INPUT, d.error, { place: { field: '--today' } });
        today = d.value;
      }
      const pack = flags.payer !== undefined ? readPack(flags.payer) : undefined;
      const store = CodeSetStore.open(medcodeHome());
      const tables = new StoreTables(store);
      const progress = createProgress({ quiet: flags.quiet ?? false });
      const size = statSync(file).size;
      const started = Date.now();
      const summary: Summary = {
        claims: 0,
        lines: 0,
        byOutcome: { reject: 0, deny: 0, warn: 0, info: 0, clean: 0, unreadable: 0 },
        byCode: new Map(),
      };
      const results: (
        | ScrubResult
        | { claimId: string | undefined; outcome: 'unreadable'; problems: unknown }
      )[] = [];
      const acks: ClaimAcknowledgment[] = [];
      try {
        const items = isJson(file)
          ? jsonClaims(file)
          : x12Claims(file, (n) => progress.update(`scrub ${basename(file)}`, n, size));
        for await (const item of items) {
          if (item.kind === 'rejected') {
            summary.byOutcome.unreadable++;
            const src = item.source as Extract<Parsed837Item, { kind: 'rejected' }>;
            if (flags['277ca']) acks.push(claimAcknowledgment(src));
            const problems = src.error.map((p) => p.message);
            if (flags.json)
              results.push({ claimId: src.claimId, outcome: 'unreadable', problems: src.error });
            else progress.note(`${src.claimId ?? '(unknown claim)'}: unreadable: ${problems.join('; ')}`);
            continue;
          }
          const r = scrub(item.claim, { tables, today: today as IsoDate, ...(pack ? { pack } : {}) });
          summary.claims++;
          summary.lines += item.claim.lines.length;
          summary.byOutcome[r.outcome]++;
          for (const f of r.findings) summary.byCode.set(f.code, (summary.byCode.get(f.code) ?? 0) + 1);
          if (flags['277ca']) {
            const base =
              item.source && item.source.kind === 'claim'
                ? claimAcknowledgment(item.source)
                : claimAcknowledgment({
                    kind: 'claim',
                    claim: item.claim,
                    position: { file: basename(file), offset: 0, line: 1, segmentIndex: 0 },
                    warnings: [],
                  });
            acks.push(rejectedByFindings(base, r.findings));
          }
          if (flags.json) results.push(r);
          else {
            progress.done();
            printClaim(r);
          }
        }
      } finally {
        progress.done();
        store.close();
      }
      const ms = Date.now() - started;
      if (flags.json) {
        const byCode = Object.fromEntries([...summary.byCode].sort());
        const out = {
          file: basename(file),
          today,
          ...(pack ? { pack: { name: pack.name, versions: pack.versions } } : {}),
          claims: results.map((r) =>
            'findings' in r
              ? { claimId: r.claimId, outcome: r.outcome, findings: r.findings, fired: r.fired }
              : r,
          ),
          summary: { claims: summary.claims, lines: summary.lines, byOutcome: summary.byOutcome, byCode },
        };
        console.log(JSON.stringify(out, null, 2));
      } else printSummary(summary, ms);
      if (flags['277ca']) {
        const report: ClaimAcknowledgmentReport = {
          source: { name: 'MEDCODE SCRUBBER', id: 'MEDCODE', idQualifier: '46' },
          receiver: { name: 'SUBMITTER', id: 'SUBMITTER', idQualifier: '46' },
          received: today as IsoDate,
          processed: today as IsoDate,
          claims: acks,
        };
        writeFileSync(
          flags['277ca'],
          write277ca(report, {
            sender: { id: 'MEDCODE' },
            receiver: { id: 'SUBMITTER' },
            date: today.replaceAll('-', ''),
            lineBreaks: true,
          }),
        );
        if (!flags.json) console.log(`277CA written to ${flags['277ca']} (${acks.length} claims)`);
      }
      if (summary.byOutcome.reject > 0 || summary.byOutcome.unreadable > 0) process.exitCode = EXIT.REJECTED;
    });
}
