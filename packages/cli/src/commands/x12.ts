/**
 * @module commands/x12
 * `medcode x12 check <file> [--999 out] [--277ca out] [--json] [--strict] [--any-version]`:
 * reads an X12 file as a stream (envelope, element syntax, 837 claims, 835 remittances), prints a
 * summary with positioned problems, writes the 999 (and on request a 277CA for the 837 claims),
 * and exits 1 when anything was rejected.
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { MedcodeError, todayIso } from '@medcode/domain';
import { type CheckResult, checkInterchange, describePosition, write277ca } from '@medcode/x12';
import type { Command } from 'commander';
import { EXIT } from '../exit.ts';
import { createProgress } from '../progress.ts';

interface CheckFlags {
  '999'?: string;
  '277ca'?: string;
  json?: boolean;
  strict?: boolean;
  anyVersion?: boolean;
  maxProblems?: string;
  quiet?: boolean;
}

/** Below this size the check is over before a progress bar would say anything. */
const PROGRESS_FROM = 8 << 20;

export function registerX12(program: Command): void {
  const x12 = program.command('x12').description('X12 5010 interchanges (837, 835, 999, 277CA)');
  x12
    .command('check <file>')
    .description(
      'check an X12 file: envelope, syntax, 837 claims, 835 remittances; print a summary and write the 999',
    )
    .option('--999 <out>', 'write the 999 implementation acknowledgment to this file')
    .option('--277ca <out>', 'write a 277CA claim acknowledgment of the 837 claims to this file')
    .option('--json', 'print the summary and the problems as JSON')
    .option('--strict', 'count every departure from the implementation guide as an error')
    .option('--any-version', 'also check groups whose version is not 005010 (envelope and syntax only)')
    .option('--max-problems <n>', 'problems to print (all are counted)', '50')
    .option('--quiet', 'no progress output')
    .action(async (file: string, flags: CheckFlags) => {
      let size: number;
      try {
        size = statSync(file).size;
      } catch (e) {
        throw new MedcodeError('not-found', `cannot read ${file}`, { place: { file }, cause: e });
      }
      const name = basename(file);
      const progress = createProgress({ quiet: flags.quiet === true || size < PROGRESS_FROM });
      const result = await checkInterchange(createReadStream(file, { highWaterMark: 1 << 20 }), {
        file: name,
        onProgress: (bytes) => progress.update(`check ${name}`, bytes, size),
        claimAcknowledgments: flags['277ca'] !== undefined,
        maxProblems: Math.max(1000, Number(flags.maxProblems ?? 50)),
        ...(flags.strict === true ? { strict: true } : {}),
        ...(flags.anyVersion === true ? { allowOtherVersions: true } : {}),
      });
      progress.done();
      const written: string[] = [];
      if (flags['999'] !== undefined) {
        writeFileSync(flags['999'], result.ack999);
        written.push(`999 written to ${flags['999']}`);
      }
      if (flags['277ca'] !== undefined) {
        writeFileSync(flags['277ca'], claimAck(result));
        written.push(`277CA written to ${flags['277ca']}`);
      }
      const max = Number(flags.maxProblems ?? 50);
      if (flags.json === true)
        console.log(
          JSON.stringify(
            {
              file: name,
              rejected: result.rejected,
              summary: result.summary,
              problems: result.problems.slice(0, max),
            },
            null,
            2,
          ),
        );
      else console.log(report(name, result, max, written));
      process.exitCode = result.rejected ? EXIT.REJECTED : EXIT.OK;
    });
}

function claimAck(result: CheckResult): string {
  const today = todayIso();
  return write277ca(
    {
      source: { name: 'MEDCODE', id: 'MEDCODE', idQualifier: '46' },
      receiver: { name: 'SUBMITTER', id: 'SUBMITTER', idQualifier: '46' },
      received: today,
      processed: today,
      claims: result.claimAcknowledgments ?? [],
    },
    { sender: { id: 'MEDCODE' }, receiver: { id: 'SUBMITTER' } },
  );
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function report(name: string, r: CheckResult, max: number, written: string[]): string {
  const s = r.summary;
  const t = s.transactions;
  const sets = Object.entries(s.sets)
    .map(([id, n]) => `${id}: ${n}`)
    .join(', ');
  const lines = [
    `${name}: ${(s.bytes / 1024).toFixed(1)} KB`,
    `  ${plural(s.interchanges, 'interchange')}, ${plural(s.groups, 'functional group')}, ${plural(t.total, 'transaction set')}${sets === '' ? '' : ` (${sets})`}`,
    `  transaction sets: ${t.accepted} accepted, ${t.acceptedWithErrors} accepted with errors, ${t.rejected} rejected`,
    `  claims: ${s.claims.accepted} accepted, ${s.claims.rejected} rejected; remittances: ${s.remittances}`,
    `  problems: ${plural(s.problems.errors, 'error')}, ${plural(s.problems.warnings, 'warning')}`,
  ];
  for (const p of r.problems.slice(0, max))
    lines.push(
      `  ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.code}: ${p.message}\n           at ${describePosition(p.position)}`,
    );
  const total = s.problems.errors + s.problems.warnings;
  if (total > max) lines.push(`  ... ${total - max} more (--max-problems, --json)`);
  for (const w of written) lines.push(`  ${w}`);
  lines.push(r.rejected ? 'REJECTED' : 'ACCEPTED');
  return lines.join('\n');
}
