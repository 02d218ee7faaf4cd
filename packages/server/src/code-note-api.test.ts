/**
 * The coding assistant through the service (POST /api/code-note), over the installed code sets:
 * the patient's sex and age sent with the note reach the coder, and malformed ones are refused
 * with the field named, like every other field of the request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreServer, startStoreServer } from './store-server.test-support.ts';

interface Answer {
  status: number;
  json: {
    suggestions?: { code: string; tabular: string[]; indexPath: string }[];
    patient?: unknown;
    error?: { code: string; message: string };
  };
}

describe('POST /api/code-note', () => {
  let server: StoreServer;
  const code = async (body: Record<string, unknown>): Promise<Answer> =>
    (await server.call('POST', '/api/code-note', { on: '2025-10-01', ...body })) as Answer;
  const codes = (a: Answer): string[] => (a.json.suggestions ?? []).map((s) => s.code);

  beforeAll(async () => {
    server = await startStoreServer('2025-10-01', { worker: false });
  });
  afterAll(() => server?.close());

  it("sex M comes before the note's 'woman': the male breast (C50.92-), and the step says why", async () => {
    const text = 'A 50-year-old woman with carcinoma of the breast.';
    expect(codes(await code({ text, setting: 'inpatient' }))).toEqual(['C50.919']);
    const male = await code({ text, setting: 'inpatient', sex: 'M' });
    expect(codes(male)).toEqual(['C50.929']);
    expect(male.json.suggestions![0]!.tabular.join('; ')).toContain('as given with the request');
    expect(male.json.patient).toEqual({ sex: 'M' });
  });

  it('age 8 chooses "Bronchitis, under 15 years of age" (J20.9); without it, J40', async () => {
    expect(codes(await code({ text: 'ASSESSMENT: Bronchitis.' }))).toEqual(['J40']);
    const child = await code({ text: 'ASSESSMENT: Bronchitis.', age: 8 });
    expect(codes(child)).toEqual(['J20.9']);
    expect(child.json.suggestions![0]!.indexPath).toContain("(patient's age: 8)");
  });

  it.each([
    [{ sex: 'female' }, 'sex'],
    [{ sex: 'U' }, 'sex'],
    [{ age: -1 }, 'age'],
    [{ age: 7.5 }, 'age'],
    [{ age: 131 }, 'age'],
    [{ age: '8' }, 'age'],
  ])('%j is refused with the field named', async (field, name) => {
    const a = await code({ text: 'Bronchitis.', ...field });
    expect(a.status).toBe(400);
    expect(a.json.error?.code).toBe('bad-input');
    expect(a.json.error?.message).toMatch(new RegExp(`^${name}: `));
  });

  describe('a FHIR DocumentReference as the note', () => {
    const b64 = (t: string): string => Buffer.from(t).toString('base64');
    const docRef = (id: string, attachment: Record<string, unknown>) => ({
      resourceType: 'DocumentReference',
      id,
      status: 'current',
      subject: { reference: 'Patient/child' },
      context: { encounter: [{ reference: 'Encounter/stay' }] },
      content: [{ attachment }],
    });
    const patient = { resourceType: 'Patient', id: 'child', gender: 'male', birthDate: '2016-05-01' };
    const stay = {
      resourceType: 'Encounter',
      id: 'stay',
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
    };
    const bundle = (...resources: object[]) => ({
      resourceType: 'Bundle',
      type: 'collection',
      entry: resources.map((resource) => ({ resource })),
    });
    const note = (text: string) => docRef('n1', { contentType: 'text/plain', data: b64(text) });

    it("reads the note, the patient's age and sex and the encounter's setting from the resources", async () => {
      const a = await code({ document: bundle(patient, stay, note('ASSESSMENT: Bronchitis.')) });
      expect(a.status).toBe(200);
      // Born 2016-05-01, 9 on 2025-10-01: "Bronchitis, under 15 years of age" (J20.9).
      expect(codes(a)).toEqual(['J20.9']);
      expect(a.json.patient).toEqual({ sex: 'M', age: 9 });
      // The inpatient stay codes an uncertain diagnosis as if established (Section II.H).
      expect(codes(await code({ document: bundle(patient, stay, note('Probable pneumonia.')) }))).toEqual([
        'J18.9',
      ]);
      // What the request says comes first.
      expect(
        codes(await code({ document: bundle(patient, stay, note('ASSESSMENT: Bronchitis.')), age: 40 })),
      ).toEqual(['J40']);
    });

    it.each([
      [
        { text: 'Bronchitis.', document: bundle(patient, note('Bronchitis.')) },
        /^text: send the note as text or as a FHIR document/,
      ],
      [{ text: undefined }, /^text: send the note as text or as a FHIR document/],
      [
        {
          document: bundle(
            patient,
            note('Cough.'),
            docRef('n2', { contentType: 'text/plain', data: b64('Fever.') }),
          ),
        },
        /document holds 2 DocumentReferences/,
      ],
      [
        {
          document: bundle(
            patient,
            docRef('n3', { contentType: 'text/plain', url: 'https://ehr.example/n/3' }),
          ),
        },
        /DocumentReference\/n3 at DocumentReference.content\[0\].attachment.data: .*inline attachments/,
      ],
      [{ document: patient }, /document holds 0 DocumentReferences/],
    ])('%# is refused, saying why', async (body, message) => {
      const a = await code({ text: undefined, ...body });
      expect(a.status).toBe(400);
      expect(a.json.error?.code).toBe('bad-input');
      expect(a.json.error?.message).toMatch(message);
    });
  });
});
