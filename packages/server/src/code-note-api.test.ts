/**
 * The coding assistant through the service (POST /api/code-note), over the installed code sets:
 * the patient's sex and age sent with the note reach the coder, and malformed ones are refused
 * with the field named, like every other field of the request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './serve.ts';
import { storeServices } from './wiring.ts';

const PASSWORD = 'correct horse battery staple';

interface Answer {
  status: number;
  json: {
    suggestions?: { code: string; tabular: string[]; indexPath: string }[];
    patient?: unknown;
    error?: { code: string; message: string };
  };
}

describe('POST /api/code-note', () => {
  let server: RunningServer;
  let close: () => void;
  let token: string;
  const dir = mkdtempSync(join(tmpdir(), 'medcode-code-note-'));
  const code = async (body: Record<string, unknown>): Promise<Answer> => {
    const res = await fetch(`${server.url}/api/code-note`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ on: '2025-10-01', ...body }),
    });
    return { status: res.status, json: (await res.json()) as Answer['json'] };
  };
  const codes = (a: Answer): string[] => (a.json.suggestions ?? []).map((s) => s.code);

  beforeAll(async () => {
    const s = storeServices(process.env.MEDCODE_TEST_HOME!, { today: () => '2025-10-01' as never });
    close = s.close;
    process.env.MEDCODE_ADMIN_PASSWORD = PASSWORD;
    server = await startServer({
      db: join(dir, 'm.db'),
      port: 0,
      services: s.services,
      log: () => undefined,
      worker: false,
    });
    delete process.env.MEDCODE_ADMIN_PASSWORD;
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@localhost', password: PASSWORD }),
    });
    token = ((await login.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await server?.close();
    close?.();
    rmSync(dir, { recursive: true, force: true });
  });

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
});
