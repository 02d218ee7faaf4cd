/**
 * @module commands/convert
 * `medcode convert <in> --to json|fhir|x12|cms1500 [-o out] [--from x12|fhir|json]`
 *
 * Reads claims from an X12 837 (streamed: flat memory for any batch), FHIR R4 JSON (a resource,
 * a Bundle or NDJSON; Claims and ExplanationOfBenefits; read in memory) or Medcode claim JSON
 * (one claim or an array), the kind found from the content unless `--from` says it. Writes them
 * as claim JSON (an array, one claim a line), a FHIR Bundle (Claim, or ExplanationOfBenefit when
 * the input carried the payer's decision), X12 837 interchanges (at most 5000 claims each) or
 * 1500 Claim Form PDFs. A claim that cannot be read is reported with its place and the rest are
 * converted; the exit status is 1 when any input was rejected (exit.ts).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { type Claim, ERROR_CODES, MedcodeError, parseClaimJson } from '@medcode/domain';
import { type ClaimDecision, describeProblem, readFhir, toFhirClaim, toFhirEob } from '@medcode/fhir';
import { cms1500Unfit, renderCms1500 } from '@medcode/forms';
import { describePosition, parse837, write837 } from '@medcode/x12';
import { EXIT } from '../exit.ts';
import { createProgress, type Progress } from '../progress.ts';
import { sidePool } from '../side-pool.ts';

type Format = 'json' | 'fhir' | 'x12' | 'cms1500';
type Source = 'x12' | 'fhir' | 'json';

interface Flags {
  to: string;
  from?: string;
  output?: string;
  sender: string;
  receiver: string;
  with?: string[];
  verbose?: boolean;
  quiet?: boolean;
}

/** A claim read from the input, with the decision an EOB carried. */
interface Read {
  claim: Claim;
  decision?: ClaimDecision;
}

interface Tally {
  converted: number;
  rejected: number;
  notes: number;
  skipped: number;
}

type Report = (where: string, why: string) => void;

/** Inputs smaller than this finish before a progress line would help. */
const PROGRESS_FROM_BYTES = 5 * 1024 * 1024;
/** Rejections printed before the rest are only counted (all with --verbose). */
const SHOWN_REJECTIONS = 50;
/** The TR3 allows 5000 claims a transaction; one interchange per 5000 keeps memory flat. */
const X12_BATCH = 5000;
/** Claims per PDF part (see cms1500Writer). */
const PDF_BATCH = 1000;

const bad = (message: string, field: string) =>
  new MedcodeError(ERROR_CODES.BAD_INPUT, message, { place: { field } });

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw bad(`expected one of ${allowed.join(', ')}, got "${value}"`, flag);
}

/** The input kind from its first bytes: ISA starts an interchange; JSON with resourceType is FHIR. */
export function detectSource(head: string): Source | undefined {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('ISA')) return 'x12';
  if (!s.startsWith('{') && !s.startsWith('[')) return undefined;
  return /"resourceType"\s*:/.test(s) ? 'fhir' : 'json';
}

function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The claims of an X12 837, streamed; rejected claims and envelope errors reported as they come. */
async function* fromX12(file: string, report: Report, progress: Progress | undefined) {
  const total = statSync(file).size;
  const onProgress =
    progress === undefined ? {} : { onProgress: (b: number) => progress.update('read 837', b, total) };
  for await (const item of parse837(createReadStream(file), { file, ...onProgress })) {
    if (item.kind === 'claim') yield { claim: item.claim } satisfies Read;
    else if (item.kind === 'rejected')
      report(describePosition(item.position), item.error.map((e) => e.message).join('; '));
    else if (item.kind === 'problem' && item.problem.severity === 'error')
      report(describePosition(item.problem.position), item.problem.message);
  }
}

interface FhirEnv {
  tally: Tally;
  flags: Flags;
  report: Report;
  progress: Progress | undefined;
}

function* fromFhir(file: string, text: string, env: FhirEnv) {
  const { tally, flags, report, progress } = env;
  const onProgress =
    progress === undefined ? {} : { onProgress: (d: number, t: number) => progress.update('convert', d, t) };
  for (const item of readFhir(text, { file, pool: sidePool(flags.with ?? []), ...onProgress })) {
    if (item.kind === 'rejected') {
      for (const p of item.problems) report(describeProblem(p), '');
    } else if (item.kind === 'claim') {
      tally.notes += item.notes.length;
      if (flags.verbose === true)
        for (const n of item.notes)
          console.error(`note: ${item.source.resource} ${n.path}: ${n.kind}: ${n.message}`);
      yield item.decision === undefined
        ? { claim: item.claim }
        : { claim: item.claim, decision: item.decision };
    } else tally.skipped++;
  }
}

function* fromJson(file: string, text: string, report: Report, progress: Progress | undefined) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    report(file, `not JSON: ${(e as Error).message}`);
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  for (const [i, v] of list.entries()) {
    progress?.update('convert', i + 1, list.length);
    const r = parseClaimJson(v);
    const at = Array.isArray(value) ? `[${i}]` : '';
    if (r.ok) yield { claim: r.value } satisfies Read;
    else
      for (const p of r.error)
        report(`${file}: ${at}${at !== '' && p.path !== '' ? '.' : ''}${p.path}`, p.message);
  }
}

/**
 * Output goes to a file or stdout, written as it comes, waiting while the reader is slower. The
 * file is created at the first write, so output split into parts leaves no empty file behind.
 */
class Out {
  private stream: Writable | undefined;
  /** The reader went away (`medcode convert ... | head`): stop converting, quietly. */
  closed = false;
  constructor(private readonly path: string | undefined) {}
  private open(): Writable {
    if (this.stream !== undefined) return this.stream;
    const stream = this.path === undefined ? process.stdout : createWriteStream(this.path);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      this.closed = true;
    });
    this.stream = stream;
    return stream;
  }
  async write(s: string | Uint8Array): Promise<void> {
    if (this.closed) return;
    const stream = this.open();
    try {
      if (stream.write(s)) return;
    } catch (e) {
      // A pipe whose reader is gone fails the write itself on some platforms.
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
      this.closed = true;
      return;
    }
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
    });
  }
  async close(): Promise<void> {
    if (this.path === undefined || this.stream === undefined) return;
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }
}

/** A stable urn:uuid (UUID version 5 layout) for a Bundle entry, from the claim's place in the output. */
function entryUuid(n: number, id: string): string {
  const h = createHash('sha1').update(`${n}|${id}`).digest('hex');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 3) | 8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface Writer {
  add(r: Read, report: Report): Promise<void>;
  end(): Promise<void>;
}

function jsonWriter(out: Out): Writer {
  let n = 0;
  return {
    add: (r) => out.write(`${n++ === 0 ? '[\n' : ',\n'}${JSON.stringify(r.claim)}`),
    end: () => out.write(n === 0 ? '[]\n' : '\n]\n'),
  };
}

/** A Bundle of type collection, streamed entry by entry. */
function fhirWriter(out: Out): Writer {
  let n = 0;
  const created = new Date().toISOString().slice(0, 10);
  return {
    add: (r) => {
      const resource =
        r.decision === undefined
          ? toFhirClaim(r.claim, { created })
          : toFhirEob({ claim: r.claim, decision: r.decision }, { created });
      const entry = JSON.stringify({ fullUrl: entryUuid(n, r.claim.id), resource });
      const open = '{"resourceType":"Bundle","type":"collection","entry":[\n';
      return out.write(`${n++ === 0 ? open : ',\n'}${entry}`);
    },
    end: () => out.write(n === 0 ? '{"resourceType":"Bundle","type":"collection"}\n' : '\n]}\n'),
  };
}

/** 837 interchanges of at most X12_BATCH claims, control numbers 1, 2, ... */
function x12Writer(out: Out, flags: Flags): Writer {
  let batch: Claim[] = [];
  let control = 1;
  const flush = async () => {
    if (batch.length === 0) return;
    const envelope = {
      sender: { id: flags.sender },
      receiver: { id: flags.receiver },
      controlNumber: control++,
      lineBreaks: true,
    };
    const text = write837(batch, envelope);
    batch = [];
    await out.write(text);
  };
  return {
    add: async (r) => {
      batch.push(r.claim);
      if (batch.length === X12_BATCH) await flush();
    },
    end: flush,
  };
}

/**
 * The professional claims as 1500 forms. pdf-lib builds a document in memory (about 0.13 MB a
 * page), so a batch written to a file larger than PDF_BATCH claims goes out in parts (out-1.pdf,
 * out-2.pdf ...); a smaller batch, or one to stdout, is one PDF.
 */
function cms1500Writer(out: Out, path: string | undefined): Writer {
  let claims: Claim[] = [];
  let part = 0;
  const partName = (n: number) => (path ?? '').replace(/(\.pdf)?$/i, `-${n}.pdf`);
  const flushPart = async () => {
    part++;
    const bytes = await renderCms1500(claims);
    claims = [];
    writeFileSync(partName(part), bytes);
  };
  return {
    add: async (r, report) => {
      const why = cms1500Unfit(r.claim);
      if (why !== undefined) return report(`claim ${r.claim.id}`, why);
      if (path !== undefined && claims.length === PDF_BATCH) await flushPart();
      claims.push(r.claim);
    },
    end: async () => {
      if (part === 0) {
        if (claims.length > 0) await out.write(await renderCms1500(claims));
        return;
      }
      await flushPart();
      console.error(
        `wrote ${part} PDF parts of up to ${PDF_BATCH} claims: ${partName(1)} ... ${partName(part)}`,
      );
    },
  };
}

function writer(to: Format, out: Out, flags: Flags): Writer {
  if (to === 'json') return jsonWriter(out);
  if (to === 'fhir') return fhirWriter(out);
  if (to === 'x12') return x12Writer(out, flags);
  return cms1500Writer(out, flags.output);
}

function sourceOf(input: string, flags: Flags): Source {
  const from =
    flags.from === undefined
      ? detectSource(head(input))
      : oneOf<Source>(flags.from, ['x12', 'fhir', 'json'], '--from');
  if (from !== undefined) return from;
  throw new MedcodeError(
    ERROR_CODES.BAD_INPUT,
    'neither X12 (ISA), FHIR JSON nor claim JSON; say which with --from',
    {
      place: { file: input },
    },
  );
}

function summary(tally: Tally, from: Source, to: Format, flags: Flags): string {
  const claims = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;
  const extra = [
    tally.notes > 0
      ? `${tally.notes} notes on what the model could not hold${flags.verbose ? '' : ' (--verbose lists them)'}`
      : '',
    tally.skipped > 0 ? `${tally.skipped} other resources not converted` : '',
  ].filter(Boolean);
  const where = flags.output === undefined ? '' : ` to ${flags.output}`;
  return `converted ${claims(tally.converted)} (${from} → ${to})${where}; ${tally.rejected} rejected${extra.length > 0 ? `; ${extra.join('; ')}` : ''}`;
}

async function convert(input: string, flags: Flags): Promise<number> {
  const to = oneOf<Format>(flags.to, ['json', 'fhir', 'x12', 'cms1500'], '--to');
  let size: number;
  try {
    size = statSync(input).size;
  } catch {
    throw new MedcodeError(ERROR_CODES.NOT_FOUND, `no such file: ${input}`, { place: { file: input } });
  }
  const from = sourceOf(input, flags);
  if (to === 'cms1500' && flags.output === undefined && process.stdout.isTTY)
    throw bad('a PDF does not go to a terminal: name a file with -o', '-o');
  const progress = flags.quiet !== true && size >= PROGRESS_FROM_BYTES ? createProgress() : undefined;
  const tally: Tally = { converted: 0, rejected: 0, notes: 0, skipped: 0 };
  const report: Report = (where, why) => {
    tally.rejected++;
    if (tally.rejected > SHOWN_REJECTIONS && flags.verbose !== true) {
      if (tally.rejected === SHOWN_REJECTIONS + 1)
        console.error('rejected: ... (further rejections counted, not shown; --verbose shows all)');
      return;
    }
    const line = `rejected: ${where}${why === '' ? '' : `: ${why}`}`;
    if (progress !== undefined) progress.note(line);
    else console.error(line);
  };
  const out = new Out(flags.output);
  const w = writer(to, out, flags);
  try {
    const reads: AsyncIterable<Read> | Iterable<Read> =
      from === 'x12'
        ? fromX12(input, report, progress)
        : from === 'fhir'
          ? fromFhir(input, readFileSync(input, 'utf8'), { tally, flags, report, progress })
          : fromJson(input, readFileSync(input, 'utf8'), report, progress);
    for await (const r of reads) {
      if (out.closed) break;
      const before = tally.rejected;
      await w.add(r, report);
      if (tally.rejected === before) tally.converted++;
    }
    await w.end();
  } finally {
    await out.close();
    progress?.done();
  }
  if (flags.quiet !== true) console.error(summary(tally, from, to, flags));
  return tally.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
}

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('convert claims between X12 837, FHIR R4, claim JSON and the 1500 form (PDF)')
    .argument('<in>', 'input file: X12 837, FHIR JSON (resource, Bundle or NDJSON) or claim JSON')
    .requiredOption('--to <format>', 'json | fhir | x12 | cms1500')
    .option('--from <format>', 'x12 | fhir | json (default: found from the content)')
    .option('-o, --output <file>', 'output file (default: stdout)')
    .option('--sender <id>', 'X12 output: ISA06 / GS02 sender id', 'MEDCODE')
    .option('--receiver <id>', 'X12 output: ISA08 / GS03 receiver id', 'RECEIVER')
    .option(
      '--with <files...>',
      'FHIR input: files whose resources references may name (Patient, Coverage ...)',
    )
    .option('--verbose', 'list every rejection and every FHIR note (what the model could not hold, defaults)')
    .option('--quiet', 'no progress and no summary')
    .action(async (input: string, flags: Flags) => {
      process.exitCode = await convert(input, flags);
    });
}
