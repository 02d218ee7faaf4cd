/**
 * @module routes/codes
 * Code lookup and search (the encoder panel), and the coding assistant. The assistant reads a
 * note as text, or as a FHIR R4 DocumentReference (alone or in a Bundle with its Patient and
 * Encounter): then the note's date, setting, and patient's sex and age come from the resources
 * unless the request gives them.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type IsoDate, MedcodeError } from '@medcode/domain';
import { type ClinicalNote, describeProblem, noteContext, readNotes } from '@medcode/fhir';
import { appendAudit } from '@medcode/store';
import { authorize } from '../auth.ts';
import type { AppEnv } from '../context.ts';
import { errorResponses, json } from '../schemas.ts';

const show = createRoute({
  method: 'get',
  path: '/api/codes/{code}',
  summary: 'A code in every system it may belong to, with its notes, on a date',
  request: {
    params: z.object({
      code: z
        .string()
        .min(1)
        .max(10)
        .openapi({ param: { name: 'code', in: 'path' } }),
    }),
    query: z.object({
      on: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
  },
  responses: { 200: json(z.object({ results: z.array(z.unknown()) }), 'Matches'), ...errorResponses },
});

const search = createRoute({
  method: 'get',
  path: '/api/codes',
  summary: 'Search codes by words, abbreviations or code prefixes',
  request: {
    query: z.object({
      q: z.string().min(1).max(200),
      system: z.enum(['icd10cm', 'icd10pcs', 'hcpcs']).optional(),
      limit: z.coerce.number().int().min(1).max(100).optional(),
      on: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
  },
  responses: { 200: json(z.unknown(), 'Results'), ...errorResponses },
});

const codeNote = createRoute({
  method: 'post',
  path: '/api/code-note',
  summary: 'Suggest codes for a provider note, each with its evidence',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              text: z.string().min(1).optional(),
              /** A FHIR R4 DocumentReference, or a Bundle holding one with its Patient and Encounter. */
              document: z.record(z.string(), z.unknown()).optional(),
              setting: z.enum(['outpatient', 'inpatient']).optional(),
              on: z
                .string()
                .regex(/^\d{4}-\d{2}-\d{2}$/)
                .optional(),
              age: z.number().int().min(0).max(130).optional(),
              sex: z.enum(['M', 'F']).optional(),
            })
            .refine((b) => (b.text === undefined) !== (b.document === undefined), {
              message: 'send the note as text or as a FHIR document, one of the two',
              path: ['text'],
            }),
        },
      },
    },
  },
  responses: { 200: json(z.unknown(), 'Suggestions'), ...errorResponses },
});

/** The one note of a FHIR document in the request, or a bad-input error that says why not. */
function noteOfDocument(document: Record<string, unknown>): ClinicalNote {
  const notes: ClinicalNote[] = [];
  for (const item of readNotes(JSON.stringify(document), { file: 'document' })) {
    if (item.kind === 'rejected')
      throw new MedcodeError('bad-input', item.problems.map(describeProblem).join('; '), {
        place: { field: 'document' },
      });
    if (item.kind === 'note') notes.push(item.note);
  }
  if (notes.length !== 1)
    throw new MedcodeError(
      'bad-input',
      `document holds ${notes.length} DocumentReferences: send one note a request`,
      { place: { field: 'document' } },
    );
  return notes[0]!;
}

function missing(what: string): MedcodeError {
  return new MedcodeError('not-installed', `${what} is not available on this server (run \`medcode setup\`)`);
}

export function registerCodes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(show, (c) => {
    authorize(c, 'codes.read');
    const codes = c.get('deps').services.codes;
    if (!codes) throw missing('code lookup');
    const { code } = c.req.valid('param');
    const { on } = c.req.valid('query');
    const results = codes.show(code, on);
    if (results.length === 0) throw new MedcodeError('not-found', `no code ${code}`);
    return c.json({ results }, 200);
  });

  app.openapi(search, (c) => {
    authorize(c, 'codes.read');
    const codes = c.get('deps').services.codes;
    if (!codes) throw missing('code search');
    const q = c.req.valid('query');
    const out = codes.search(q.q, {
      ...(q.system !== undefined ? { system: q.system } : {}),
      ...(q.limit !== undefined ? { limit: q.limit } : {}),
      ...(q.on !== undefined ? { on: q.on } : {}),
    });
    return c.json(out as never, 200);
  });

  app.openapi(codeNote, async (c) => {
    const user = authorize(c, 'note.code');
    const { services, db } = c.get('deps');
    if (!services.codeNote) throw missing('the coding assistant');
    const body = c.req.valid('json');
    const note = body.document === undefined ? undefined : noteOfDocument(body.document);
    const text = note?.text ?? body.text ?? '';
    // What the request says first, then the note's resources.
    const context = noteContext(note, {
      ...(body.setting !== undefined ? { setting: body.setting } : {}),
      ...(body.on !== undefined ? { date: body.on as IsoDate } : {}),
      ...(body.sex !== undefined ? { sex: body.sex } : {}),
      ...(body.age !== undefined ? { age: body.age } : {}),
    });
    const out = services.codeNote({
      text,
      setting: context.setting ?? 'outpatient',
      ...(context.date !== undefined ? { on: context.date } : {}),
      ...(context.age !== undefined ? { age: context.age } : {}),
      ...(context.sex !== undefined ? { sex: context.sex } : {}),
    });
    // A note is PHI: record that one was read, never its text.
    await appendAudit(db, {
      orgId: user.orgId,
      userId: user.id,
      action: 'note.code',
      entityKind: 'note',
      entityId: null,
      detail: { chars: text.length },
    });
    return c.json(out as never, 200);
  });
}
