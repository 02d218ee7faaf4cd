// `medcode convert`: the formats into each other, rejections with their places, the exit status.
// Reads the hccinfhir 837 samples from ../shared/eval (MEDCODE_SHARED); writes to a temp folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFhir, toFhirClaim } from '@medcode/fhir';
import { parse837Sync } from '@medcode/x12';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectSource, registerConvert } from './convert.ts';
import { runCommand } from '../test-support/run-command.ts';

const EVAL = join(process.env.MEDCODE_SHARED ?? join(import.meta.dirname, '../../../../../shared'), 'eval');
const sample = (n: number) => join(EVAL, 'hccinfhir-837-eob', `sample_837_${n}.txt`);
const dir = mkdtempSync(join(tmpdir(), 'medcode-convert-'));
const at = (name: string) => join(dir, name);

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

async function run(...args: string[]): Promise<{ err: string; status: number }> {
  const r = await runCommand(registerConvert, ['convert', ...args, '--quiet']);
  return { err: r.err, status: r.exit };
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown[];

describe('medcode convert', () => {
  it('detects X12, FHIR and claim JSON from the content', () => {
    expect(detectSource('\uFEFFISA*00*          *00*')).toBe('x12');
    expect(detectSource('{"resourceType":"Bundle","entry":[]}')).toBe('fhir');
    expect(detectSource('{"resourceType": "Claim"}\n{"resourceType":"Claim"}')).toBe('fhir');
    expect(detectSource('[{"kind":"professional","id":"1"}]')).toBe('json');
    expect(detectSource('PDF-1.7')).toBeUndefined();
  });

  it('X12 → FHIR → X12 gives back the claims X12 → JSON gives', async () => {
    expect((await run(sample(0), '--to', 'json', '-o', at('direct.json'))).status).toBe(0);
    expect((await run(sample(0), '--to', 'fhir', '-o', at('claims.fhir.json'))).status).toBe(0);
    const bundle = JSON.parse(readFileSync(at('claims.fhir.json'), 'utf8')) as {
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(Array(5).fill('Claim'));
    expect((await run(at('claims.fhir.json'), '--to', 'x12', '-o', at('again.837'))).status).toBe(0);
    expect(readFileSync(at('again.837'), 'utf8')).toMatch(/^ISA\*/);
    expect((await run(at('again.837'), '--to', 'json', '-o', at('again.json'))).status).toBe(0);
    expect(json(at('again.json'))).toEqual(json(at('direct.json')));
    expect(json(at('direct.json'))).toHaveLength(5);
  });

  it('converts the good claims of a bad file, names the bad places, and exits 1', async () => {
    const { err, status } = await run(sample(12), '--to', 'json', '-o', at('s12.json'));
    expect(status).toBe(1);
    expect(err).toMatch(/rejected: .*sample_837_12\.txt, line \d+, .*segment SE/);
    expect(json(at('s12.json')).length).toBeGreaterThan(0);
  });

  it('rejects one bad FHIR resource with its file, line and path, and converts the rest', async () => {
    const bundle = JSON.parse(readFileSync(at('claims.fhir.json'), 'utf8')) as {
      entry: { resource: Record<string, unknown> }[];
    };
    const claims = bundle.entry.map((e) => e.resource);
    const broken = {
      ...claims[1],
      item: [{ ...((claims[1]?.item as object[] | undefined)?.[0] ?? {}), net: { value: 'ten' } }],
    };
    writeFileSync(at('bulk.ndjson'), [claims[0], broken, claims[2]].map((c) => JSON.stringify(c)).join('\n'));
    const { err, status } = await run(at('bulk.ndjson'), '--to', 'json', '-o', at('bulk.json'));
    expect(status).toBe(1);
    expect(err).toMatch(
      /rejected: .*bulk\.ndjson line 2: Claim\/\S+ at Claim\.item\[0\]\.net\.value: expected a number/,
    );
    expect(json(at('bulk.json'))).toHaveLength(2);
  });

  it('reports claim JSON problems by JSON path', async () => {
    // The 837P 2010AB pay-to loop has no name (NM103 not used); the domain's claim JSON reader
    // asks for one, so these claims go in without their nameless pay-to address.
    const claims = (json(at('direct.json')) as { providers: { name: { last: string } }[] }[]).map((c) => ({
      ...c,
      providers: c.providers.filter((p) => p.name.last !== ''),
    }));
    const bad = { ...claims[1], totalCharge: '20.00' };
    writeFileSync(at('mixed.json'), JSON.stringify([claims[0], bad]));
    const { err, status } = await run(at('mixed.json'), '--to', 'fhir', '-o', at('mixed.fhir.json'));
    expect(status).toBe(1);
    expect(err).toMatch(/rejected: .*mixed\.json: \[1\]\.totalCharge/);
    const bundle = JSON.parse(readFileSync(at('mixed.fhir.json'), 'utf8')) as { entry: unknown[] };
    expect(bundle.entry).toHaveLength(1);
  });

  it('prints professional claims on 1500 forms and rejects institutional ones', async () => {
    expect((await run(sample(0), '--to', 'cms1500', '-o', at('s0.pdf'))).status).toBe(0);
    expect(execFileSync('pdfinfo', [at('s0.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+5/);
    const { err, status } = await run(sample(1), '--to', 'cms1500', '-o', at('s1.pdf'));
    expect(status).toBe(1);
    expect(err).toMatch(/rejected: claim \S+: the 1500 form is for professional claims/);
  });

  it('refuses input of no known kind, and unknown formats', async () => {
    writeFileSync(at('notes.txt'), 'Patient seen for follow-up.');
    await expect(run(at('notes.txt'), '--to', 'json')).rejects.toThrow(
      /neither X12 .* say which with --from/,
    );
    await expect(run(sample(0), '--to', 'pdf')).rejects.toThrow(/expected one of json, fhir, x12, cms1500/);
    await expect(run(at('missing.837'), '--to', 'json')).rejects.toThrow(/no such file/);
  });

  it('every 837 claim in ../shared/eval goes X12 → FHIR → model unchanged, without a note', () => {
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    const files = ['x12-linuxforhealth', 'x12-pyx12', 'x12-misc', 'hccinfhir-837-eob']
      .flatMap((d) => walk(join(EVAL, d)))
      .filter((f) => !/\.(json|ndjson|tsv|md)$|PROVENANCE/.test(f));
    let claims = 0;
    for (const file of files)
      for (const item of parse837Sync(readFileSync(file), { file }))
        if (item.kind === 'claim') {
          claims++;
          const back = [...readFhir(JSON.stringify(toFhirClaim(item.claim, { created: '2024-01-01' })))];
          expect(back, `${file} ${item.claim.id}`).toMatchObject([{ kind: 'claim', notes: [] }]);
          expect(back[0]?.kind === 'claim' ? back[0].claim : undefined, `${file} ${item.claim.id}`).toEqual(
            item.claim,
          );
        }
    expect(claims).toBeGreaterThanOrEqual(40);
  });
});
