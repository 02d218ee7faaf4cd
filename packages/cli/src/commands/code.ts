/**
 * @module commands/code
 * `medcode code <note.txt | DIR> [--setting outpatient|inpatient] [--profile claim|mentions]
 *  [--json] [--format text|json|tsv] [--date YYYY-MM-DD] [--em] [--new-patient] [--min-confidence N]
 *  [--sex F|M] [--age N] [--with FILE...]`
 * One note: the suggestions with their evidence, the mentions not coded and why, and for
 * outpatient notes the E/M office-visit level with its reasoning. A folder: every *.txt in it;
 * FHIR R4 JSON: every DocumentReference's note (code-notes.ts), with its date, setting, and
 * patient sex and age unless the flags say otherwise; `--with` names files its references
 * resolve to. `--format tsv` prints `document-id<TAB>code`, ranked within each document. Suggestions below
 * --min-confidence (default DEFAULT_MIN_CONFIDENCE, coder/confidence.ts) are left out.
 * --sex and --age are the patient's as registered: the sex comes before the note's words for
 * the subdivisions by sex and the index subterms that are a sex, the age chooses the index
 * subterms that are an age.
 */
import type { Command } from 'commander';
import { CodeSetStore, medcodeHome } from '@medcode/codesets';
import {
  type CodingOptions,
  type CodingResult,
  codeNote,
  DEFAULT_MIN_CONFIDENCE,
  KnowledgeByDate,
  type Profile,
  type Setting,
} from '@medcode/coding';
import { ERROR_CODES, type IsoDate, MedcodeError, type Sex } from '@medcode/domain';
import { noteContext } from '@medcode/fhir';
import { EXIT } from '../exit.ts';
import { readNoteInputs } from './code-notes.ts';

interface Opts {
  setting?: string;
  profile: string;
  json?: boolean;
  format?: string;
  date?: string;
  em?: boolean;
  newPatient?: boolean;
  minConfidence: string;
  sex?: string;
  age?: string;
  with?: string[];
}

/** The oldest age the service's coding request accepts (packages/server, POST /api/code-note). */
const MAX_AGE = 130;

function parseAge(value: string): number {
  const n = Number(value);
  if (!/^\d{1,3}$/.test(value.trim()) || n > MAX_AGE)
    throw new MedcodeError(
      ERROR_CODES.BAD_INPUT,
      `--age must be the patient's age in whole years, 0 to ${MAX_AGE}: "${value}"`,
    );
  return n;
}

function parseChoice<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new MedcodeError(ERROR_CODES.BAD_INPUT, `${what} must be one of ${allowed.join(', ')}: "${value}"`);
}

function printText(name: string, r: CodingResult): void {
  console.log(`${name}: ${r.suggestions.length} codes (${r.setting}, ${r.profile})`);
  r.suggestions.forEach((s, i) => {
    console.log(`\n${i + 1}. ${s.code}  ${s.description}  [confidence ${s.confidence.toFixed(2)}]`);
    for (const e of s.evidence) console.log(`   evidence  ${e.start}-${e.end} "${e.text}"`);
    console.log(`   index     ${s.indexPath}`);
    for (const t of s.tabular) console.log(`   tabular   ${t}`);
    if (s.guidelines.length > 0) console.log(`   guideline ${s.guidelines.join(', ')}`);
    for (const c of s.companions) console.log(`   companion ${c}`);
    if (s.context.length > 0) console.log(`   context   ${s.context.join(', ')} (kept)`);
  });
  if (r.notCoded.length > 0) {
    console.log('\nseen, not coded:');
    for (const n of r.notCoded)
      console.log(
        `   ${n.reason.padEnd(16)} "${n.evidence.text}"${n.code ? ` (${n.code})` : ''}: ${n.detail}${n.guidelines.length > 0 ? ` [${n.guidelines.join(', ')}]` : ''}`,
      );
  }
  if (r.procedures && r.procedures.length > 0) {
    console.log('\nprocedures, drugs and supplies:');
    for (const p of r.procedures)
      console.log(
        `   ${p.code} (${p.system})  ${p.description}  [${p.confidence.toFixed(2)}] "${p.evidence.text}"`,
      );
  }
  if (r.em) {
    console.log(`\nE/M office visit: ${r.em.code}`);
    for (const line of r.em.reasoning) console.log(`   ${line}`);
  }
  if (r.patient) {
    const given = [
      ...(r.patient.age !== undefined ? [`age ${r.patient.age}`] : []),
      ...(r.patient.sex !== undefined ? [`sex ${r.patient.sex}`] : []),
    ];
    console.log(`\npatient (as given): ${given.join(', ')}`);
  }
  console.log(`\nreleases: index ${r.releases.index}; tabular ${r.releases.tabular}`);
}

export function registerCode(program: Command): void {
  program
    .command('code')
    .description(
      'suggest ICD-10-CM codes (and an E/M level) for a note, with evidence, index path and guidelines',
    )
    .argument('<path>', 'a note (.txt), a folder of notes, or FHIR JSON with DocumentReferences')
    .option('--setting <setting>', "outpatient or inpatient (default: the FHIR encounter's, else outpatient)")
    .option(
      '--profile <profile>',
      'claim (apply the setting guidelines) or mentions (every affirmed condition)',
      'claim',
    )
    .option('--json', 'print JSON')
    .option('--format <format>', 'text, json or tsv (folders: tsv lines document-id<TAB>code)')
    .option('--date <date>', 'date of service YYYY-MM-DD (picks the code-set release)')
    .option('--em', 'compute the E/M office-visit level (default for outpatient single notes)')
    .option('--new-patient', 'the patient is new to the practice (E/M 99202-99205)')
    .option(
      '--min-confidence <n>',
      'leave out suggestions below this confidence',
      String(DEFAULT_MIN_CONFIDENCE),
    )
    .option('--sex <sex>', "the patient's sex, F or M (before what the note says)")
    .option('--age <years>', "the patient's age in whole years")
    .option('--with <files...>', "FHIR side files (Patient, Encounter) that the notes' references name")
    .action((path: string, opts: Opts) => {
      const given =
        opts.setting === undefined
          ? undefined
          : parseChoice<Setting>(opts.setting, ['outpatient', 'inpatient'], '--setting');
      const profile = parseChoice<Profile>(opts.profile, ['claim', 'mentions'], '--profile');
      const format = parseChoice(
        opts.format ?? (opts.json ? 'json' : 'text'),
        ['text', 'json', 'tsv'] as const,
        '--format',
      );
      const minConfidence = Number(opts.minConfidence);
      if (!Number.isFinite(minConfidence))
        throw new MedcodeError(ERROR_CODES.BAD_INPUT, '--min-confidence must be a number');
      const sex = opts.sex === undefined ? undefined : parseChoice<Sex>(opts.sex, ['F', 'M'], '--sex');
      const age = opts.age === undefined ? undefined : parseAge(opts.age);
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new MedcodeError(ERROR_CODES.BAD_INPUT, `--date must be YYYY-MM-DD: "${opts.date}"`);
      const input = readNoteInputs(path, opts.with);
      for (const r of input.rejected) console.error(`rejected: ${r}`);
      const store = CodeSetStore.open(medcodeHome());
      try {
        const knowledge = new KnowledgeByDate(store);
        const all: Record<string, CodingResult> = {};
        for (const note of input.notes) {
          // The flags are the patient as registered and the visit as chosen; a FHIR note's resources come next.
          const c = noteContext(note.fhir, {
            ...(given !== undefined ? { setting: given } : {}),
            ...(opts.date !== undefined ? { date: opts.date as IsoDate } : {}),
            ...(sex === 'M' || sex === 'F' ? { sex } : {}),
            ...(age !== undefined ? { age } : {}),
          });
          const setting = c.setting ?? 'outpatient';
          const options: CodingOptions = {
            setting,
            profile,
            ...(c.date !== undefined ? { dateOfService: c.date } : {}),
            em: opts.em ?? (!input.many && setting === 'outpatient' && format !== 'tsv'),
            ...(opts.newPatient ? { patientStatus: 'new' as const } : {}),
            ...(c.sex !== undefined ? { patientSex: c.sex } : {}),
            ...(c.age !== undefined ? { patientAge: c.age } : {}),
          };
          const r = codeNote(note.text, knowledge.on(c.date), options);
          r.suggestions = r.suggestions.filter((s) => s.confidence >= minConfidence);
          if (format === 'tsv') for (const s of r.suggestions) console.log(`${note.id}\t${s.code}`);
          else if (format === 'text') printText(note.id, r);
          else all[note.id] = r;
        }
        if (format === 'json') console.log(JSON.stringify(input.many ? all : Object.values(all)[0], null, 2));
      } finally {
        store.close();
      }
      if (input.rejected.length > 0) process.exitCode = EXIT.REJECTED;
    });
}
