/**
 * @module commands/lab
 * `medcode lab review <order.json|bundle.json|order.hl7> [--json] [--on DATE] [--pack FILE]...`:
 * reviews a lab order before the test is run (@medcode/lab). The input form is read from the
 * text (JSON lab order, FHIR R4 Bundle, HL7 v2 ORM^O01 / OML^O21). `--on` is the day of the
 * check (default today); the order's collection date is its date of service. `--pack` loads a
 * payer rule pack; the order's coverage names the one that applies.
 *
 * Exit status by outcome: 0 ready; 1 needs-abn or needs-query; 2 reject, or input that is not a
 * lab order (with the place of each problem); 3 code sets not installed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { CodeSetStore, medcodeHome } from '@medcode/codesets';
import {
  ERROR_CODES,
  formatDollars,
  formatIcd10Cm,
  MedcodeError,
  parseIsoDate,
  todayIso,
} from '@medcode/domain';
import { type LabOutcome, type LabReview, readLabOrder, reviewLabOrder, StoreLabTables } from '@medcode/lab';
import { type CompiledPack, loadPack } from '@medcode/rules';
import { EXIT } from '../exit.ts';

interface Flags {
  json?: boolean;
  on?: string;
  pack?: string[];
  notifier?: string;
}

export const LAB_EXIT: Record<LabOutcome, number> = {
  ready: EXIT.OK,
  'needs-abn': EXIT.REJECTED,
  'needs-query': EXIT.REJECTED,
  reject: EXIT.BAD_INPUT,
};

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new MedcodeError(ERROR_CODES.IO, `cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
}

const STATUS: Record<string, string> = {
  covered: 'covered',
  'not-necessary': 'NOT medically necessary',
  'never-covered': 'NEVER covered (statutory exclusion)',
  'no-ncd': 'no lab NCD',
  'no-diagnosis': 'no diagnosis to judge',
  'screening-benefit': 'screening benefit',
};

/** The text form of a review. */
export function renderReview(r: LabReview, coverage: string): string[] {
  const out = [`${r.orderId}  ${r.outcome}  (date of service ${r.on}, ${coverage})`, 'Tests'];
  for (const n of r.necessity) {
    out.push(
      `  ${n.line}. ${n.test}: ${STATUS[n.status] ?? n.status}${n.benefit ? ` (${n.benefit.title})` : ''}`,
    );
    for (const v of n.ncds) {
      out.push(`     NCD ${v.section} ${v.title} (list ${v.ncd}): ${v.status}`);
      for (const d of v.diagnoses)
        out.push(
          `       ${formatIcd10Cm(d.code)}: ${d.list}${d.matched === 'all other codes' ? ' (not listed: all other codes)' : ''}, since ${d.effective}, row ${d.evidence.line ?? '?'}`,
        );
      for (const c of v.wouldCover)
        out.push(
          `       would cover: ${formatIcd10Cm(c.code)} ${c.title ?? ''} (row ${c.evidence.line ?? '?'})`,
        );
    }
    for (const c of r.frequency.find((f) => f.line === n.line)?.checks ?? [])
      out.push(
        `     frequency: ${c.title}: ${c.exceeded === undefined ? 'earlier orders unknown' : c.exceeded ? `EXCEEDED (earlier ${c.earlier.map((e) => e.date).join(', ')})` : 'within the limit'}`,
      );
  }
  out.push(r.findings.length > 0 ? 'Findings' : 'Findings: none');
  r.findings.forEach((f, k) => {
    out.push(`  [${r.actions[k]}] ${f.code} ${f.severity}: ${f.message}`);
  });
  if (r.abn) {
    out.push(`ABN (${r.abn.form})${r.abn.signed ? ': signed' : ': to be given before the test'}`);
    for (const i of r.abn.items)
      out.push(
        `  ${i.test}${i.name ? ` ${i.name}` : ''}: ${i.reasonText} ${i.required ? 'required' : 'voluntary'}, modifier ${i.modifiers.join(' + ')}, estimated cost ${i.estimatedCost !== undefined ? formatDollars(i.estimatedCost) : 'not on the CLFS'}`,
      );
    if (r.abn.totalEstimatedCost !== undefined)
      out.push(`  total estimated cost ${formatDollars(r.abn.totalEstimatedCost)}`);
  }
  for (const q of r.queries) {
    out.push(`Query to the ordering office (${q.topic})`, `  ${q.question}`);
    for (const i of q.indicators) out.push(`    - ${i}`);
    for (const o of q.options ?? []) out.push(`    [ ] ${o}`);
  }
  return out;
}

export function registerLab(program: Command): void {
  const lab = program.command('lab').description('lab orders');
  lab
    .command('review <file>')
    .description('review a lab order before the test is run (JSON, FHIR R4 Bundle, HL7 v2 ORM^O01/OML^O21)')
    .option('--json', 'machine-readable output')
    .option('--on <date>', 'the day of the check (default today); the collection date is the date of service')
    .option('--pack <file...>', 'payer rule packs (YAML/JSON); the coverage names the one that applies')
    .option('--notifier <text>', "ABN field (A): the lab's name, address, telephone")
    .addHelpText(
      'after',
      '\nExit status: 0 ready, 1 needs-abn or needs-query, 2 reject or not a lab order, 3 code sets not installed.',
    )
    .action((file: string, flags: Flags) => {
      const today = flags.on === undefined ? todayIso() : parseIsoDate(flags.on);
      if (typeof today === 'object' && !today.ok)
        throw new MedcodeError(ERROR_CODES.BAD_INPUT, today.error, { place: { field: '--on' } });
      const day = typeof today === 'object' ? today.value : today;
      const { order, form } = readLabOrder(read(file), basename(file));
      const packs: Record<string, CompiledPack> = {};
      for (const p of flags.pack ?? []) {
        const pack = loadPack(read(p), p);
        packs[pack.name] = pack;
      }
      const store = CodeSetStore.open(medcodeHome());
      try {
        const review = reviewLabOrder(order, {
          tables: new StoreLabTables(store),
          today: day,
          packs,
          ...(flags.notifier !== undefined ? { notifier: flags.notifier } : {}),
        });
        if (flags.json) console.log(JSON.stringify({ form, order, review }, null, 2));
        else for (const line of renderReview(review, order.coverage.kind)) console.log(line);
        process.exitCode = LAB_EXIT[review.outcome];
      } finally {
        store.close();
      }
    });
}
