/**
 * Clinical notes from DocumentReference: hand-made resources for each rule of the reader, then
 * every DocumentReference of the Synthea Bulk Data samples in ../shared/eval, whose notes are
 * base64 text/plain and whose Patient and Encounter files sit beside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '@medcode/domain';
import { type ClinicalNote, type NoteReadItem, noteContext, readNotes } from './document.ts';
import { addToPool } from './load.ts';
import { ResourcePool } from './pool.ts';

const b64 = (text: string, encoding: BufferEncoding = 'utf8'): string =>
  Buffer.from(text, encoding).toString('base64');

const NOTE = 'Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease.';

const doc = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  resourceType: 'DocumentReference',
  id: 'n1',
  status: 'current',
  subject: { reference: 'Patient/p1' },
  date: '2024-03-05T10:00:00-05:00',
  content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: b64(NOTE) } }],
  ...over,
});

const patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1950-06-01' };

const bundle = (...resources: Record<string, unknown>[]): string =>
  JSON.stringify({
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({ resource })),
  });

const only = (items: NoteReadItem[]): NoteReadItem => {
  const docs = items.filter((i) => i.kind !== 'other');
  expect(docs).toHaveLength(1);
  return docs[0]!;
};

const noteOf = (text: string): NonNullable<Extract<NoteReadItem, { kind: 'note' }>['note']> => {
  const item = only([...readNotes(text)]);
  if (item.kind !== 'note') throw new Error(`rejected: ${JSON.stringify(item)}`);
  return item.note;
};

const problemsOf = (text: string): string[] => {
  const item = only([...readNotes(text, { file: 'notes.json' })]);
  if (item.kind !== 'rejected') throw new Error('expected a rejected note');
  return item.problems.map((p) => `${p.file} ${p.resource} ${p.path}: ${p.message}`);
};

describe('DocumentReference → note', () => {
  it('decodes the base64 text and reads the patient, the day and the title', () => {
    const note = noteOf(bundle(doc({ type: { text: 'Progress note' } }), patient));
    expect(note.text).toBe(NOTE);
    expect(note.patient).toEqual({ sex: 'F', birthDate: '1950-06-01' });
    // The day the dateTime names in its own offset.
    expect(note.date).toBe('2024-03-05');
    expect(note.title).toBe('Progress note');
    expect(note.path).toBe('DocumentReference.content[0].attachment');
  });

  it('takes the encounter period over the document date, and the setting from the encounter class', () => {
    const enc = (code: string) => ({
      resourceType: 'Encounter',
      id: 'e1',
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code },
    });
    const withEncounter = doc({
      context: { encounter: [{ reference: 'Encounter/e1' }], period: { start: '2024-02-28T23:00:00Z' } },
    });
    expect(noteOf(bundle(withEncounter, patient, enc('IMP')))).toMatchObject({
      date: '2024-02-28',
      setting: 'inpatient',
    });
    expect(noteOf(bundle(withEncounter, patient, enc('EMER'))).setting).toBe('outpatient');
    expect(noteOf(bundle(withEncounter, patient, enc('OBSENC'))).setting).toBe('outpatient');
    expect(noteOf(bundle(withEncounter, patient)).setting).toBeUndefined();
  });

  it('prefers plain text to HTML when a document gives both, and reads HTML alone as text', () => {
    const html = '<html><body><h1>Assessment</h1><p>Acute <b>otitis media</b>, left ear.</p></body></html>';
    const both = doc({
      content: [
        { attachment: { contentType: 'text/html', data: b64(html) } },
        { attachment: { contentType: 'text/plain', data: b64(NOTE) } },
      ],
    });
    const plain = noteOf(bundle(both, patient));
    expect(plain.text).toBe(NOTE);
    expect(plain.path).toBe('DocumentReference.content[1].attachment');
    const fromHtml = noteOf(
      bundle(doc({ content: [{ attachment: { contentType: 'text/html', data: b64(html) } }] }), patient),
    );
    expect(fromHtml.text).toContain('otitis media, left ear.');
    expect(fromHtml.text).not.toContain('<');
  });

  it('decodes the charset the content type names', () => {
    const latin = 'Diagnóstico: neumonía';
    const note = noteOf(
      bundle(
        doc({
          content: [
            { attachment: { contentType: 'text/plain; charset=ISO-8859-1', data: b64(latin, 'latin1') } },
          ],
        }),
        patient,
      ),
    );
    expect(note.text).toBe(latin);
  });

  it('rejects what it cannot read, naming the file, the resource and the element', () => {
    expect(
      problemsOf(
        bundle(
          doc({ content: [{ attachment: { contentType: 'text/plain', url: 'https://ehr.example/n/1' } }] }),
        ),
      ),
    ).toEqual([
      'notes.json DocumentReference/n1 DocumentReference.content[0].attachment.data: the note is at https://ehr.example/n/1: Medcode works offline and reads inline attachments (data) only',
    ]);
    expect(
      problemsOf(
        bundle(doc({ content: [{ attachment: { contentType: 'application/pdf', data: b64('%PDF') } }] })),
      )[0],
    ).toContain(
      'DocumentReference.content[0].attachment.contentType: "application/pdf" is not a text format',
    );
    expect(problemsOf(bundle(doc({ content: [] })))[0]).toContain('no content');
    const bad = Buffer.from([0x41, 0xff, 0xfe, 0x42]).toString('base64');
    expect(
      problemsOf(bundle(doc({ content: [{ attachment: { contentType: 'text/plain', data: bad } }] })))[0],
    ).toContain('not valid utf-8');
    expect(
      problemsOf(bundle(doc({ content: [{ attachment: { contentType: 'text/plain', data: '@@@' } }] })))[0],
    ).toContain('not base64');
  });

  it('keeps the note when the patient is missing or partly unreadable, and says what was left out', () => {
    const [alone] = [...readNotes(JSON.stringify(doc()))];
    expect(alone?.kind).toBe('note');
    if (alone?.kind !== 'note') return;
    expect(alone.note.patient).toBeUndefined();
    expect(alone.notes.map((n) => n.message)).toContain(
      'the patient is not in the input: sex and age are not known',
    );
    const partial = [...readNotes(bundle(doc(), { ...patient, birthDate: '1950' }))].find(
      (i) => i.kind === 'note',
    );
    expect(partial?.kind === 'note' && partial.note.patient).toEqual({ sex: 'F' });
  });

  it('rejects one bad NDJSON line alone and reads the rest', () => {
    const lines = [JSON.stringify(doc({ id: 'a' })), '{not json', JSON.stringify(doc({ id: 'b' }))].join(
      '\n',
    );
    const items = [...readNotes(lines, { file: 'DocumentReference.ndjson' })];
    expect(items.filter((i) => i.kind === 'note').map((i) => i.source.resource)).toEqual([
      'DocumentReference/a',
      'DocumentReference/b',
    ]);
    const rejected = items.filter((i) => i.kind === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.source).toMatchObject({ file: 'DocumentReference.ndjson', line: 2 });
  });
});

describe('what a note tells the coder', () => {
  const day = (d: string) => d as IsoDate;
  const note: ClinicalNote = {
    text: NOTE,
    contentType: 'text/plain',
    path: 'p',
    date: day('2024-03-05'),
    setting: 'inpatient',
    patient: { sex: 'F', birthDate: day('1950-06-01') },
  };

  it("is the caller's values first, then the note's, with the age reckoned on the note's day", () => {
    expect(noteContext(note)).toEqual({ setting: 'inpatient', date: '2024-03-05', sex: 'F', age: 73 });
    expect(noteContext(note, { setting: 'outpatient', sex: 'M', age: 40 })).toEqual({
      setting: 'outpatient',
      date: '2024-03-05',
      sex: 'M',
      age: 40,
    });
    // A date given is the day the age is reckoned on.
    expect(noteContext(note, { date: day('2030-06-01') }).age).toBe(80);
    expect(noteContext(undefined, { sex: 'F' })).toEqual({ sex: 'F' });
    // A birth date after the day is no age.
    expect(noteContext({ ...note, patient: { birthDate: day('2025-01-01') } }).age).toBeUndefined();
  });
});

describe('any JSON where a DocumentReference element belongs', () => {
  it('is read or rejected with problems, never thrown', () => {
    // Each element either well formed or any JSON value, so that both the reader's paths and
    // its guards are reached (two attachments make it rank them).
    const either = <T>(good: fc.Arbitrary<T>) => fc.oneof(good, fc.jsonValue());
    const attachment = fc.record(
      {
        contentType: either(fc.constantFrom('text/plain', 'text/html; charset=utf-8', 'application/pdf')),
        data: either(fc.constant(b64(NOTE))),
        url: either(fc.constant('https://ehr.example/n/1')),
      },
      { requiredKeys: [] },
    );
    const resource = fc.record(
      {
        content: either(fc.array(either(fc.record({ attachment: either(attachment) })), { maxLength: 3 })),
        type: either(
          fc.record({ text: fc.jsonValue(), coding: either(fc.array(fc.jsonValue())) }, { requiredKeys: [] }),
        ),
        context: either(
          fc.record(
            { period: either(fc.record({ start: fc.jsonValue() })), encounter: fc.jsonValue() },
            { requiredKeys: [] },
          ),
        ),
        subject: either(fc.constant({ reference: 'Patient/p1' })),
        date: either(fc.constant('2024-03-05')),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(resource, (fields) => {
        const item = only([...readNotes(bundle(doc(fields), patient))]);
        if (item.kind === 'rejected') expect(item.problems.length).toBeGreaterThan(0);
        else if (item.kind === 'note') expect(item.note.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

const SYNTHEA = join(
  process.env.MEDCODE_SHARED ?? join(import.meta.dirname, '../../../../../shared'),
  'eval',
  'fhir-synthea',
);

describe('Synthea Bulk Data notes (../shared/eval/fhir-synthea)', () => {
  for (const dir of readdirSync(SYNTHEA, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    it(`${dir.name}: every DocumentReference is read, with its patient and setting`, () => {
      const files = readdirSync(join(SYNTHEA, dir.name));
      const pool = new ResourcePool();
      for (const f of files)
        if (/^(Patient|Encounter)/.test(f))
          expect(addToPool(pool, readFileSync(join(SYNTHEA, dir.name, f), 'utf8'), f)).toEqual([]);
      const file = files.find((f) => f.startsWith('DocumentReference'))!;
      const text = readFileSync(join(SYNTHEA, dir.name, file), 'utf8');
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      const items = [...readNotes(text, { file, pool })];
      expect(items.filter((i) => i.kind === 'rejected')).toEqual([]);
      const notes = items.flatMap((i) => (i.kind === 'note' ? [i] : []));
      expect(notes).toHaveLength(lines.length);
      lines.forEach((line, k) => {
        // An oracle from the raw JSON, apart from the reader: the first attachment, base64-decoded.
        const raw = JSON.parse(line) as {
          content: { attachment: { data: string } }[];
          subject: { reference: string };
        };
        const item = notes[k]!;
        expect(item.note.text).toBe(Buffer.from(raw.content[0]!.attachment.data, 'base64').toString('utf8'));
        expect(item.note.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(item.note.patient?.sex).toMatch(/^[MF]$/);
        expect(item.note.setting).toMatch(/^(inpatient|outpatient)$/);
      });
    });
  }
});
