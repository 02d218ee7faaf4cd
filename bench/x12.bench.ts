/**
 * Reading 837P batches: Medcode against node-x12 (npm `node-x12`, the baseline), then Medcode
 * alone on a 1 GB batch streamed from a temporary file.
 *
 * One generated batch of office claims (packages/x12/src/testing/batch.ts, fixed seed; BENCH_X12_MB,
 * default 32 MB) is parsed, from memory, in separate child processes so that each one's peak RSS
 * is its own:
 *   "medcode"           — parse837: envelope, element syntax, loops, HL hierarchy and every claim
 *                          mapped to the claim model, each set's claims held until its SE (default);
 *   "medcode-stream"    — the same with atomicSets: false (claims yielded as they complete; what
 *                          `x12 check` does);
 *   "medcode syntax"    — envelope and element syntax only, no claim model (readEvents, generic);
 *   "node-x12"          — X12Parser.parse: segments and elements into its object tree, no checks.
 * Then a batch of BENCH_X12_BIG_MB (default 1024) is written streaming to a temporary file,
 * read back by parse837 (atomicSets: false) from a 256 KB file stream in a fresh process, and deleted.
 *
 * Figures: MB/s of wall time, MB per CPU-second (robust on a shared machine), peak RSS, and the
 * ratio of Medcode to node-x12. Targets from issue 3: ≥ 100 MB/s, ≥ 40× node-x12, peak RSS ≤ 150 MB
 * on 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse837, readEvents } from '../packages/x12/src/index.ts';
import { writeBatch } from '../packages/x12/src/testing/batch.ts';

interface Figures {
  name: string;
  bytes: number;
  wall: number;
  cpu: number;
  rssMb: number;
  claims: number;
}

const SELF = fileURLToPath(import.meta.url);
const MB = 1e6;

async function child(mode: string, file: string): Promise<Figures> {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let bytes = 0;
  let claims = 0;
  let wall0 = started;
  let cpuStart = cpu0;
  if (mode === 'node-x12') {
    const text = readFileSync(file, 'latin1');
    bytes = text.length;
    const { X12Parser } = createRequire(SELF)('node-x12') as {
      X12Parser: new (strict: boolean) => { parse(edi: string): unknown };
    };
    wall0 = performance.now();
    cpuStart = process.cpuUsage();
    new X12Parser(true).parse(text);
  } else if (mode === 'medcode' || mode === 'medcode-stream' || mode === 'syntax') {
    const data = readFileSync(file);
    bytes = data.length;
    wall0 = performance.now();
    cpuStart = process.cpuUsage();
    if (mode === 'syntax') {
      for await (const e of readEvents(data)) if (e.kind === 'transaction') claims++;
    } else
      for await (const item of parse837(data, { atomicSets: mode === 'medcode' }))
        if (item.kind === 'claim') claims++;
  } else {
    for await (const item of parse837(createReadStream(file, { highWaterMark: 1 << 18 }), {
      atomicSets: false,
      onProgress: (b) => {
        bytes = b;
      },
    }))
      if (item.kind === 'claim') claims++;
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    name: mode,
    bytes,
    wall: (performance.now() - wall0) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
    rssMb: process.resourceUsage().maxRSS / 1024,
    claims,
  };
}

function run(mode: string, file: string): Figures {
  const r = spawnSync(process.execPath, ['--expose-gc', SELF, mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${mode} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(line) as Figures;
}

function write(file: string, mb: number): { bytes: number; claims: number; seconds: number } {
  const fd = openSync(file, 'w');
  const t = performance.now();
  try {
    const r = writeBatch(mb * MB, (text) => writeSync(fd, text));
    return { ...r, seconds: (performance.now() - t) / 1000 };
  } finally {
    closeSync(fd);
  }
}

const show = (f: Figures): string =>
  `${f.name.padEnd(18)} ${(f.bytes / MB).toFixed(1).padStart(7)} MB  ${(f.bytes / MB / f.wall).toFixed(1).padStart(7)} MB/s  ${(f.bytes / MB / f.cpu).toFixed(1).padStart(7)} MB/cpu-s  peak RSS ${f.rssMb.toFixed(0).padStart(5)} MB${f.name === 'node-x12' ? '' : `  (${f.claims} ${f.name === 'syntax' ? 'transaction sets' : 'claims'})`}`;

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (mode !== undefined && file !== undefined) {
    console.log(JSON.stringify(await child(mode, file)));
    return;
  }
  const small = Number(process.env.BENCH_X12_MB ?? 32);
  const big = Number(process.env.BENCH_X12_BIG_MB ?? 1024);
  const dir = tmpdir();
  const batch = join(dir, `medcode-x12-bench-${process.pid}.x12`);
  const huge = join(dir, `medcode-x12-bench-${process.pid}-big.x12`);
  try {
    const w = write(batch, small);
    console.log(
      `837P batch: ${(w.bytes / MB).toFixed(1)} MB, ${w.claims} claims (written in ${w.seconds.toFixed(1)} s)`,
    );
    const medcode = run('medcode', batch);
    const streaming = run('medcode-stream', batch);
    const syntax = run('syntax', batch);
    const baseline = run('node-x12', batch);
    for (const f of [medcode, streaming, syntax, baseline]) console.log(show(f));
    const ratio = (f: Figures): string =>
      `${(f.bytes / f.wall / (baseline.bytes / baseline.wall)).toFixed(1)}× wall, ${(f.bytes / f.cpu / (baseline.bytes / baseline.cpu)).toFixed(1)}× CPU`;
    console.log(`ratio medcode parse837 / node-x12: ${ratio(medcode)}`);
    console.log(`ratio medcode stream   / node-x12: ${ratio(streaming)}`);
    console.log(`ratio medcode syntax   / node-x12: ${ratio(syntax)}`);
    const wb = write(huge, big);
    console.log(
      `1 GB batch: ${(wb.bytes / MB).toFixed(0)} MB, ${wb.claims} claims (written streaming in ${wb.seconds.toFixed(1)} s)`,
    );
    const stream = run('stream', huge);
    console.log(show({ ...stream, name: 'medcode stream' }));
    const mbs = stream.bytes / MB / stream.wall;
    console.log(
      `targets: ≥ 100 MB/s ${mbs >= 100 ? 'met' : 'NOT met'} (${mbs.toFixed(1)}); ≥ 40× node-x12 ${streaming.bytes / streaming.wall / (baseline.bytes / baseline.wall) >= 40 ? 'met' : 'NOT met'}; peak RSS ≤ 150 MB on 1 GB ${stream.rssMb <= 150 ? 'met' : 'NOT met'} (${stream.rssMb.toFixed(0)} MB)`,
    );
  } finally {
    rmSync(batch, { force: true });
    rmSync(huge, { force: true });
  }
}

await main();
