/**
 * Lab order review through the service, over the installed code sets: an order whose diagnosis
 * does not support the test is kept with a drafted provider query; the office's answer, once
 * recorded, is folded into the order and the order is reviewed again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreServer, startStoreServer } from './store-server.test-support.ts';

const order = {
  id: 'REQ-9001',
  orderingProvider: { npi: '1234567893', name: { last: 'Osler', first: 'William' } },
  patient: { id: 'P-9', name: { last: 'Roe', first: 'Rita' }, birthDate: '1950-01-15', sex: 'F' },
  coverage: { kind: 'medicare', payerName: 'MEDICARE PART B', memberId: '1EG4TE5MK73' },
  tests: [{ code: '80061', units: 1, name: 'Lipid panel' }],
  // I25.82 (chronic total occlusion) is not on NCD 190.23's covered list for the lipid panel.
  diagnoses: ['I25.82'],
  collectionDate: '2026-03-02',
  signaturePresent: true,
};

describe('lab orders through the API', () => {
  let server: StoreServer;
  const call = (method: string, path: string, body?: unknown) => server.call(method, path, body);

  beforeAll(async () => {
    server = await startStoreServer('2026-03-01', { worker: false });
  });
  afterAll(() => server?.close());

  it('keeps the order with its drafted query, and reviews it again when the answer comes', async () => {
    const submitted = await call('POST', '/api/lab-orders?name=req-9001.json', order);
    expect(submitted.status).toBe(201);
    const stored = submitted.json.order as { id: string; outcome: string };
    expect(stored.outcome).toBe('needs-query');
    const [queryId] = submitted.json.queries as string[];
    expect(queryId).toBeDefined();
    const q = await call('GET', `/api/queries/${queryId}`);
    expect(q.json).toMatchObject({ subjectKind: 'lab-order', subjectId: stored.id, status: 'drafted' });
    const options = (q.json.query as { options: string[] | null }).options ?? [];
    expect(options).toContain('Clinically undetermined');

    expect((await call('POST', `/api/queries/${queryId}/send`)).json.status).toBe('sent');
    const answer = 'I25.10 Atherosclerotic heart disease of native coronary artery without angina pectoris';
    expect(
      (await call('POST', `/api/queries/${queryId}/answer`, { answer, by: 'Dr Osler' })).json.status,
    ).toBe('answered');

    const after = await call('GET', `/api/lab-orders/${stored.id}`);
    expect(after.json.outcome).toBe('ready');
    expect((after.json.order as { diagnoses: string[] }).diagnoses).toEqual(['I2582', 'I2510']);
  });

  it('names the place of a bad order', async () => {
    const bad = await call('POST', '/api/lab-orders?name=bad.json', {
      ...order,
      tests: [{ code: '8006', units: 1 }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('tests');
  });
});
