/**
 * @module commands/eligibility
 * `medcode eligibility <request.270> --plan <file|name>... --members FILE [--accumulators FILE]
 * [--out response.271] [--today DATE] [--json]`: answers an X12 270 eligibility inquiry with a
 * 271 from the members file and the plans (each --plan a plan file or a shipped plan name; a
 * member covered by a plan not given is answered as inactive). The 271 goes to --out, else to
 * standard output. Exit status 1 when the 270 could not be read.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { answerInquiry, read270, write271 } from '@medcode/adjudication';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { EXIT } from '../exit.ts';
import { dateFlag, readLedger, readMembers, readPlan } from './adjudicate.ts';

interface Flags {
  plan: string[];
  members: string;
  accumulators?: string;
  out?: string;
  today?: string;
  json?: boolean;
}

export function registerEligibility(program: Command): void {
  program
    .command('eligibility')
    .description('answer an X12 270 eligibility inquiry with a 271, from the members file and the plans')
    .argument('<request>', 'an X12 270 file')
    .requiredOption('--plan <plans...>', 'plan files or shipped plan names (medicare-b, acme-health-ppo)')
    .requiredOption('--members <file>', 'the members file')
    .option('--accumulators <file.json>', 'the accumulator ledger (what each member has met this plan year)')
    .option('--out <response.271>', 'write the 271 here (default: standard output)')
    .option('--today <date>', 'the date answered when the 270 names none (DTP*291); default today')
    .option('--json', 'print the answers as JSON instead of the 271')
    .action((file: string, flags: Flags) => {
      if (!existsSync(file)) throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no such file: ${file}`);
      const today = dateFlag(flags.today, '--today');
      const plans = flags.plan
        .flatMap((p) => p.split(','))
        .filter(Boolean)
        .map(readPlan);
      const members = readMembers(flags.members);
      const ledger = readLedger(flags.accumulators);
      const read = read270(readFileSync(file));
      for (const p of read.problems)
        console.error(
          `medcode: ${file}: line ${p.line}${p.segment ? `, segment ${p.segment}` : ''}: ${p.message}`,
        );
      if (read.inquiries.length === 0) {
        console.error(`medcode: ${file}: no 270 eligibility inquiry found`);
        process.exitCode = EXIT.REJECTED;
        return;
      }
      const responses = read.inquiries.map((q) => answerInquiry(q, members, plans, ledger, today));
      if (flags.json) {
        console.log(
          JSON.stringify(
            responses.map((r) => ({
              control: r.inquiry.control,
              reference: r.inquiry.reference,
              answers: r.answers.map((a) => ({
                subscriber: a.subject.subscriber.id,
                dependent: a.subject.dependent?.name,
                on: a.on,
                member: a.member?.memberId,
                reject: a.reject,
                active: a.coverage?.active ?? false,
                plan: a.coverage?.plan?.plan ?? a.coverage?.span.plan,
                span: a.coverage?.span,
                tiers: a.tiers,
              })),
            })),
            null,
            2,
          ),
        );
        return;
      }
      const now = new Date().toISOString();
      const text = write271(responses, {
        date: now.slice(0, 10).replaceAll('-', ''),
        time: `${now.slice(11, 13)}${now.slice(14, 16)}`,
        lineBreaks: true,
      });
      if (flags.out !== undefined) {
        writeFileSync(flags.out, text);
        const n = responses.reduce((a, r) => a + r.answers.length, 0);
        console.log(`271 written to ${flags.out} (${n} subject${n === 1 ? '' : 's'})`);
      } else process.stdout.write(text);
      if (read.problems.length > 0) process.exitCode = EXIT.REJECTED;
    });
}
