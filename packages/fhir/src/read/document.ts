/**
 * @module read/document
 * Clinical notes from FHIR R4 DocumentReference resources, for the coder: the text of the
 * note's attachment (FHIR R4 §2.24 Attachment: `data` is base64, `contentType` names the
 * media type and charset), the day it is about, and what the input says of the patient and
 * the encounter. The text is one resource, a Bundle or NDJSON, as for claims (read/load.ts);
 * the Patient and Encounter a note names resolve from the same input or from side files
 * (a Bulk Data export's Patient.ndjson and Encounter.ndjson).
 *
 * Only inline attachments are read: Medcode works offline, so an attachment that gives a
 * `url` and no `data` is a problem that says so, not a download.
 */
import { createRequire } from 'node:module';
import { ageOn, type IsoDate, type Sex } from '@medcode/domain';
import type { Attachment, DocumentReference, Encounter } from '@medplum/fhirtypes';
import type { FhirProblem, ReadNote, SourcePlace } from '../problems.ts';
import { day, isObject, list, ReadContext, str } from './context.ts';
import { label, type ReadSource, split } from './load.ts';
import { readPerson } from './parties.ts';
import { ResourcePool } from './pool.ts';

/** Which part of the official guidelines applies: Section II (inpatient) or Section IV (outpatient). */
export type NoteSetting = 'inpatient' | 'outpatient';

export interface ClinicalNote {
  /** The attachment's text, decoded; offsets into a note refer to this text. */
  text: string;
  /** The attachment's media type as given (`text/plain; charset=utf-8`). */
  contentType: string;
  /** FHIRPath of the attachment read: `DocumentReference.content[0].attachment`. */
  path: string;
  /** The day the note is about: `context.period.start`, else the resource's `date`. */
  date?: IsoDate;
  /** The kind of note: `type.text`, else its first coding's display. */
  title?: string;
  /** What the subject Patient says, when the reference resolves. */
  patient?: { sex?: Sex; birthDate?: IsoDate };
  /** From the class of the encounter in `context.encounter`, when it resolves. */
  setting?: NoteSetting;
}

export type NoteReadItem =
  | { kind: 'note'; note: ClinicalNote; notes: ReadNote[]; source: ReadSource }
  | { kind: 'rejected'; problems: FhirProblem[]; notes: ReadNote[]; source: ReadSource }
  /** A resource of another type (Patient, Encounter ...): pooled for references. */
  | { kind: 'other'; resourceType: string; source: ReadSource };

export interface ReadNotesOptions {
  /** Named in every problem. */
  file?: string;
  /** Resources from side files that the notes' references may name. */
  pool?: ResourcePool;
}

/**
 * v3 ActCode encounter classes (terminology.hl7.org/CodeSystem/v3-ActCode) that are inpatient
 * admissions. Observation stays, emergency, ambulatory, home health and virtual visits are
 * coded under Section IV of the ICD-10-CM guidelines, which also covers observation stays.
 */
const INPATIENT = new Set(['IMP', 'ACUTE', 'NONAC']);
const OUTPATIENT = new Set(['AMB', 'EMER', 'FLD', 'HH', 'OBSENC', 'PRENC', 'SS', 'VR']);

/** Every DocumentReference of the input as a note, in input order; other resources are pooled. */
export function* readNotes(text: string, options: ReadNotesOptions = {}): Generator<NoteReadItem> {
  const { found, bad } = split(text, options.file);
  const pool = options.pool ?? new ResourcePool();
  for (const f of found) pool.add(f.resource, f.fullUrl);
  for (const b of bad)
    if (b.kind === 'rejected') yield { kind: 'rejected', problems: b.problems, notes: [], source: b.source };
  for (const f of found) {
    const source: ReadSource = { ...f.source, resource: label(f.resource) };
    if (f.resource.resourceType !== 'DocumentReference') {
      yield { kind: 'other', resourceType: String(f.resource.resourceType), source };
      continue;
    }
    yield readDocument(f.resource as unknown as DocumentReference, pool, f.source);
  }
}

/** One DocumentReference as a note, or its problems. */
export function readDocument(doc: DocumentReference, pool: ResourcePool, place: SourcePlace): NoteReadItem {
  const source: ReadSource = { ...place, resource: label(doc as unknown as Record<string, unknown>) };
  const ctx = new ReadContext(source.resource, place);
  const body = attachmentText(ctx, doc);
  if (body === undefined || ctx.problems.length > 0)
    return { kind: 'rejected', problems: ctx.problems, notes: ctx.notes, source };
  const note: ClinicalNote = body;
  const period = doc.context?.period;
  const date =
    day(ctx, isObject(period) ? period.start : undefined, 'DocumentReference.context.period.start') ??
    day(ctx, doc.date, 'DocumentReference.date');
  if (date !== undefined) note.date = date;
  const type = isObject(doc.type) ? doc.type : undefined;
  const codings = Array.isArray(type?.coding) ? type.coding : [];
  const title = type?.text ?? codings.find((c) => isObject(c) && typeof c.display === 'string')?.display;
  if (typeof title === 'string') note.title = title;
  const subject = pool.resolve(doc.subject, doc as never);
  if (subject?.resourceType === 'Patient') {
    // What is wrong on the Patient (a partial birth date, say) leaves that value out, not the note.
    const own = new ReadContext(label(subject as unknown as Record<string, unknown>), place);
    const person = readPerson(own, subject, 'Patient');
    for (const p of own.problems) ctx.note('dropped', p.path, `${p.resource}: ${p.message}`);
    ctx.notes.push(...own.notes);
    const patient: NonNullable<ClinicalNote['patient']> = {};
    if (person.sex !== undefined && person.sex !== 'U') patient.sex = person.sex;
    if (person.birthDate !== undefined) patient.birthDate = person.birthDate;
    note.patient = patient;
  } else if (doc.subject !== undefined)
    ctx.note(
      'dropped',
      'DocumentReference.subject',
      'the patient is not in the input: sex and age are not known',
    );
  const setting = settingOf(ctx, pool, doc);
  if (setting !== undefined) note.setting = setting;
  return ctx.problems.length > 0
    ? { kind: 'rejected', problems: ctx.problems, notes: ctx.notes, source }
    : { kind: 'note', note, notes: ctx.notes, source };
}

/** The encounter's class, when `context.encounter` resolves to an Encounter of a known class. */
function settingOf(ctx: ReadContext, pool: ResourcePool, doc: DocumentReference): NoteSetting | undefined {
  const refs = list(ctx, doc.context?.encounter, 'DocumentReference.context.encounter');
  for (const ref of refs) {
    const enc = pool.resolve(ref, doc as never);
    if (enc?.resourceType !== 'Encounter') continue;
    const code = (enc as Encounter).class?.code;
    if (code !== undefined && INPATIENT.has(code)) return 'inpatient';
    if (code !== undefined && OUTPATIENT.has(code)) return 'outpatient';
    if (code !== undefined)
      ctx.note('dropped', 'Encounter.class', `encounter class "${code}" names no setting`);
  }
  return undefined;
}

type HtmlToText = typeof import('html-to-text').convert;
let converter: HtmlToText | undefined;
/** HTML notes are rare: the converter is loaded with the first one, not at every start of Medcode. */
function htmlToText(html: string): string {
  converter ??= (createRequire(import.meta.url)('html-to-text') as { convert: HtmlToText }).convert;
  return converter(html, { wordwrap: false });
}

/** Media types read as they are (after charset decoding), and those converted from markup. */
const PLAIN = /^text\/(plain|markdown|x-markdown)$/;
const MARKUP = /^(text\/html|application\/xhtml\+xml)$/;

/**
 * The text of the first attachment Medcode can read: plain text before HTML when a document
 * gives both (the same note in two forms, as US Core allows), in `content` order otherwise.
 */
function attachmentText(ctx: ReadContext, doc: DocumentReference): Omit<ClinicalNote, 'date'> | undefined {
  const contents = list(ctx, doc.content, 'DocumentReference.content');
  if (contents.length === 0) {
    ctx.problem('DocumentReference.content', 'no content: the note has no attachment to read');
    return undefined;
  }
  const candidates = contents
    .map((c, i) => ({ a: c.attachment, path: `DocumentReference.content[${i}].attachment` }))
    .filter((c): c is { a: Attachment; path: string } => isObject(c.a));
  const rank = (a: Attachment): number => {
    const type = mediaType(a.contentType);
    return PLAIN.test(type) ? 0 : MARKUP.test(type) ? 1 : 2;
  };
  const sorted = [...candidates].sort((x, y) => rank(x.a) - rank(y.a));
  const first = sorted[0];
  if (first === undefined) {
    ctx.problem('DocumentReference.content', 'no attachment in any content');
    return undefined;
  }
  const { a, path } = first;
  const contentType = str(ctx, a.contentType, `${path}.contentType`) ?? '';
  const type = mediaType(contentType);
  if (!PLAIN.test(type) && !MARKUP.test(type)) {
    ctx.problem(
      `${path}.contentType`,
      `"${contentType || '(none)'}" is not a text format Medcode reads (text/plain, text/markdown, text/html, application/xhtml+xml)`,
    );
    return undefined;
  }
  const data = str(ctx, a.data, `${path}.data`);
  if (data === undefined) {
    ctx.problem(
      `${path}.data`,
      typeof a.url === 'string'
        ? `the note is at ${a.url}: Medcode works offline and reads inline attachments (data) only`
        : 'no data: the attachment holds no text',
    );
    return undefined;
  }
  if (!/^[A-Za-z0-9+/=\s]*$/.test(data)) {
    ctx.problem(`${path}.data`, 'not base64');
    return undefined;
  }
  const bytes = Buffer.from(data, 'base64');
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  let decoded: string;
  try {
    decoded = new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch (e) {
    ctx.problem(
      `${path}.data`,
      e instanceof RangeError
        ? `charset "${charset}" is not one Medcode knows`
        : `the text is not valid ${charset}: ${(e as Error).message}`,
    );
    return undefined;
  }
  if (decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1);
  const text = MARKUP.test(type) ? htmlToText(decoded) : decoded;
  if (MARKUP.test(type)) ctx.note('derived', path, `${type} read as plain text (tags and styles dropped)`);
  if (text.trim() === '') {
    ctx.problem(`${path}.data`, 'the note is empty');
    return undefined;
  }
  return { text, contentType, path };
}

/** The media type without parameters; input JSON may hold anything where a string belongs. */
const mediaType = (contentType: unknown): string =>
  typeof contentType === 'string' ? contentType.split(';')[0]!.trim().toLowerCase() : '';

/** What the coder is told about a note besides its text. */
export interface NoteContext {
  setting?: NoteSetting;
  date?: IsoDate;
  sex?: 'M' | 'F';
  /** Whole years on `date`. */
  age?: number;
}

/**
 * The caller's values first (the patient as registered, a setting or date chosen), then what the
 * note's resources say; the age is reckoned from the Patient's birth date on the note's day.
 */
export function noteContext(note: ClinicalNote | undefined, given: NoteContext = {}): NoteContext {
  const out: NoteContext = {};
  const setting = given.setting ?? note?.setting;
  if (setting !== undefined) out.setting = setting;
  const date = given.date ?? note?.date;
  if (date !== undefined) out.date = date;
  const sex = given.sex ?? note?.patient?.sex;
  if (sex === 'M' || sex === 'F') out.sex = sex;
  const birth = note?.patient?.birthDate;
  const age = given.age ?? (birth !== undefined && date !== undefined ? ageOn(birth, date) : undefined);
  if (age !== undefined && age >= 0) out.age = age;
  return out;
}
