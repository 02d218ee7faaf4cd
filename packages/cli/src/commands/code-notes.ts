/**
 * @module commands/code-notes
 * What `medcode code` reads: a plain-text note, a folder of `*.txt` notes, or FHIR R4 JSON
 * (a DocumentReference, a Bundle or a Bulk Data NDJSON export) whose attachments are the notes.
 * A FHIR note brings what its resources say: the day (context.period, else date), the setting
 * (the encounter's class) and the patient's sex and birth date; `--with` names side files
 * (Patient.ndjson, Encounter.ndjson) that its references resolve to. A note that cannot be
 * read is reported with its place, and the others are coded.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ERROR_CODES, MedcodeError } from '@medcode/domain';
import { type ClinicalNote, describeProblem, describeSource, readNotes } from '@medcode/fhir';
import { sidePool } from '../side-pool.ts';

export interface NoteToCode {
  /** The file name without `.txt`, or the DocumentReference's id (its place when it has none). */
  id: string;
  text: string;
  /** The FHIR note with what its resources say (date, setting, patient), for a FHIR input. */
  fhir?: ClinicalNote;
}

export interface NotesRead {
  /** Whether the input was a folder (JSON output keyed by note id) or FHIR (possibly many notes). */
  many: boolean;
  notes: NoteToCode[];
  /** Notes that could not be read, each described with its place. */
  rejected: string[];
}

/** FHIR JSON starts with an object; a note is text. A byte-order mark is skipped. */
const isJson = (text: string): boolean => /^\uFEFF?\s*\{/.test(text);

export function readNoteInputs(path: string, withFiles: readonly string[] = []): NotesRead {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw new MedcodeError(ERROR_CODES.NOT_FOUND, `cannot read ${path}`, { cause: e, place: { file: path } });
  }
  if (isDir) {
    const notes = readdirSync(path)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: basename(f).replace(/\.txt$/, ''), text: readFileSync(join(path, f), 'utf8') }));
    return { many: true, notes, rejected: [] };
  }
  const text = readFileSync(path, 'utf8');
  if (!isJson(text))
    return { many: false, notes: [{ id: basename(path).replace(/\.txt$/, ''), text }], rejected: [] };
  const notes: NoteToCode[] = [];
  const rejected: string[] = [];
  for (const item of readNotes(text, { file: path, pool: sidePool(withFiles) })) {
    if (item.kind === 'rejected') rejected.push(...item.problems.map(describeProblem));
    if (item.kind !== 'note') continue;
    const { note, source } = item;
    const id = source.resource.includes('/')
      ? source.resource.slice(source.resource.indexOf('/') + 1)
      : describeSource(source);
    const n: NoteToCode = { id, text: note.text, fhir: note };
    notes.push(n);
  }
  if (notes.length === 0 && rejected.length === 0)
    throw new MedcodeError(ERROR_CODES.BAD_INPUT, `${path} holds no DocumentReference: no note to code`, {
      place: { file: path },
    });
  return { many: true, notes, rejected };
}
