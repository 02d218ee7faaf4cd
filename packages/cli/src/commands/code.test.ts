// `medcode code` against the real installed store (the global test setup installs every
// manifest release into MEDCODE_TEST_HOME): the patient's sex and age given on the command line,
// and FHIR R4 input, whose DocumentReferences bring their patient's age and sex and their
// encounter's setting (the flags before them), with a bad note rejected alone.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerCode } from './code.ts';
import { runCommand } from '../test-support/run-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'medcode-code-'));
const note = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

beforeAll(() => {
  process.env.MEDCODE_HOME = process.env.MEDCODE_TEST_HOME;
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runCode = (...args: string[]) => runCommand(registerCode, args);
const run = async (...args: string[]): Promise<string> => (await runCode(...args)).out;

const codesOf = (tsv: string): (string | undefined)[] => tsv.split('\n').map((l) => l.split('\t')[1]);

describe('medcode code --sex --age', () => {
  it("--sex M comes before the note's 'woman' (C50.92-, male breast)", async () => {
    const f = note('breast.txt', 'A 50-year-old woman with carcinoma of the breast.');
    // A site not said, a neoplasm read from the table: below the default threshold, so none.
    const args = [
      'code',
      f,
      '--setting',
      'inpatient',
      '--format',
      'tsv',
      '--date',
      '2025-10-01',
      '--min-confidence',
      '0',
    ];
    expect(codesOf(await run(...args))).toEqual(['C50.919']);
    expect(codesOf(await run(...args, '--sex', 'M'))).toEqual(['C50.929']);
    const json = JSON.parse(await run('code', f, '--json', '--sex', 'M', '--date', '2025-10-01'));
    expect(json.patient).toEqual({ sex: 'M' });
  });

  it('--age under 15 chooses "Bronchitis, under 15 years of age" (J20.9)', async () => {
    const f = note('bronchitis.txt', 'ASSESSMENT: Bronchitis.');
    const args = ['code', f, '--format', 'tsv', '--date', '2025-10-01'];
    expect(codesOf(await run(...args))).toEqual(['J40']);
    expect(codesOf(await run(...args, '--age', '8'))).toEqual(['J20.9']);
    expect(await run('code', f, '--age', '8', '--date', '2025-10-01')).toContain('patient (as given): age 8');
  });

  it.each([
    [['--sex', 'female'], /--sex must be one of F, M: "female"/],
    [['--sex', 'U'], /--sex must be one of F, M: "U"/],
    [['--age', '-3'], /--age must be the patient's age in whole years, 0 to 130: "-3"/],
    [['--age', '7.5'], /--age must be .*: "7.5"/],
    [['--age', '131'], /--age must be .*: "131"/],
    [['--age', 'ten'], /--age must be .*: "ten"/],
  ])('%j is refused, naming the flag', async (flags, message) => {
    const f = note('any.txt', 'Bronchitis.');
    await expect(run('code', f, ...flags)).rejects.toThrow(message);
  });
});

const b64 = (t: string): string => Buffer.from(t).toString('base64');
const docRef = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'DocumentReference',
  id,
  status: 'current',
  subject: { reference: 'Patient/child' },
  date: '2025-10-01T09:00:00Z',
  content: [{ attachment: { contentType: 'text/plain', data: b64(text) } }],
  ...extra,
});
const encounter = (id: string, code: string) => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code },
});
const child = { resourceType: 'Patient', id: 'child', gender: 'male', birthDate: '2016-05-01' };
const bundle = (...resources: object[]): string =>
  JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({ resource })),
  });

const lines = (tsv: string): string[] => tsv.split('\n').filter((l) => l !== '');

describe('medcode code FILE.json (FHIR DocumentReference)', () => {
  it("codes with the Patient's age on the note's date, and the flags come first", async () => {
    // ICD-10-CM index: "Bronchitis ... under 15 years of age J20.9"; the patient is 9 on 2025-10-01.
    const f = note('child.json', bundle(child, docRef('visit1', 'ASSESSMENT: Bronchitis.')));
    expect(lines((await runCode('code', f, '--format', 'tsv')).out)).toEqual(['visit1\tJ20.9']);
    expect(lines((await runCode('code', f, '--format', 'tsv', '--age', '40')).out)).toEqual(['visit1\tJ40']);
  });

  it("takes the setting from the encounter's class: an uncertain diagnosis is coded inpatient only", async () => {
    // Guidelines Section II.H (inpatient: coded as if established) against Section IV.H (outpatient: not coded).
    const text = 'ASSESSMENT: Probable pneumonia.';
    const stay = docRef('stay', text, { context: { encounter: [{ reference: 'Encounter/e1' }] } });
    const visit = docRef('visit', text, { context: { encounter: [{ reference: 'Encounter/e2' }] } });
    const f = note(
      'settings.json',
      bundle(child, encounter('e1', 'IMP'), encounter('e2', 'AMB'), stay, visit),
    );
    const out = lines((await runCode('code', f, '--format', 'tsv')).out);
    expect(out.filter((l) => l.startsWith('stay\t'))).toEqual(['stay\tJ18.9']);
    expect(out.filter((l) => l.startsWith('visit\t'))).toEqual([]);
    // --setting says it for every note.
    const both = lines((await runCode('code', f, '--format', 'tsv', '--setting', 'inpatient')).out);
    expect(both).toEqual(['stay\tJ18.9', 'visit\tJ18.9']);
  });

  it('rejects a note it cannot read, with its place, codes the rest, and exits 1', async () => {
    const remote = docRef('remote', '', {
      content: [{ attachment: { contentType: 'text/plain', url: 'https://ehr.example/notes/7' } }],
    });
    const f = note('mixed.json', bundle(child, remote, docRef('ok', 'ASSESSMENT: Bronchitis.')));
    const { out, err, exit } = await runCode('code', f, '--format', 'tsv');
    expect(lines(out)).toEqual(['ok\tJ20.9']);
    expect(err).toContain(
      `rejected: ${f} entry 1: DocumentReference/remote at DocumentReference.content[0].attachment.data`,
    );
    expect(err).toContain('reads inline attachments (data) only');
    expect(exit).toBe(1);
  });

  it('says so when the JSON holds no DocumentReference', async () => {
    const f = note('patient.json', JSON.stringify(child));
    await expect(runCode('code', f)).rejects.toThrow(/holds no DocumentReference/);
  });
});

const SYNTHEA = join(
  process.env.MEDCODE_SHARED ?? join(import.meta.dirname, '../../../../../shared'),
  'eval/fhir-synthea/ktmtwm-1patient-bulk',
);

describe('a Synthea Bulk Data export (../shared/eval/fhir-synthea)', () => {
  it('codes every note, with the patient and encounters from --with, and no word of a heading is evidence', async () => {
    const files = readdirSync(SYNTHEA);
    const docs = join(SYNTHEA, files.find((f) => f.startsWith('DocumentReference'))!);
    const side = files.filter((f) => /^(Patient|Encounter)/.test(f)).map((f) => join(SYNTHEA, f));
    const { out, err } = await runCode('code', docs, '--json', '--with', ...side);
    expect(err).toBe('');
    const results = JSON.parse(out) as Record<
      string,
      { setting: string; patient?: { sex?: string }; suggestions: { evidence: { start: number }[] }[] }
    >;
    const raw = readFileSync(docs, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; content: { attachment: { data: string } }[] });
    expect(Object.keys(results).sort()).toEqual(raw.map((r) => r.id).sort());
    for (const r of raw) {
      const result = results[r.id]!;
      expect(result.patient?.sex).toMatch(/^[MF]$/);
      // Synthea writes Markdown headings ("# Allergies"): no suggestion may rest on one.
      const text = Buffer.from(r.content[0]!.attachment.data, 'base64').toString('utf8');
      for (const s of result.suggestions)
        for (const e of s.evidence) {
          const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
          expect(text.slice(lineStart, e.start)).not.toMatch(/^ {0,3}#/);
        }
    }
    // This export's encounters are ambulatory and emergency visits: Section IV, outpatient, for all.
    expect(new Set(Object.values(results).map((r) => r.setting))).toEqual(new Set(['outpatient']));
  });
});
