/**
 * The 277CA of a checked batch, through the service over the installed code sets: the clean
 * claim is accepted (A2:20), the one whose principal diagnosis is a header code is rejected (A7)
 * with claim status 254 (principal diagnosis code) and the finding as the message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreServer, startStoreServer } from './store-server.test-support.ts';
import { claimJson } from './api.case.ts';

describe('277CA of a checked batch', () => {
  let server: StoreServer;

  beforeAll(async () => {
    server = await startStoreServer('2026-02-01', { workerBatch: 4 });
  });
  afterAll(() => server?.close());

  it('accepts the clean claim and rejects the header-coded one with what was wrong', async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    // E11 is a category (a header in the FY2026 order file), not a billable code.
    const batch = JSON.stringify([
      claimJson('ACK-OK', { dx: ['E11.22', 'N18.31'] }),
      claimJson('ACK-BAD', { dx: ['E11'] }),
    ]);
    const up = await fetch(`${server.url}/api/jobs?name=ack.json`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: batch,
    });
    const job = (await up.json()) as { id: string };
    for (let i = 0; i < 200; i++) {
      const j = (await (await fetch(`${server.url}/api/jobs/${job.id}`, { headers: auth })).json()) as {
        status: string;
      };
      if (j.status === 'done') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const res = await fetch(`${server.url}/api/jobs/${job.id}/277ca`, { headers: auth });
    expect(res.status).toBe(200);
    const x12 = await res.text();
    const segs = x12.split('~').map((s) => s.trim());
    const trnAt = (id: string) => segs.indexOf(`TRN*2*${id}`);
    const stcAfter = (id: string) => segs.slice(trnAt(id)).find((s) => s.startsWith('STC*'));
    expect(trnAt('ACK-OK')).toBeGreaterThan(0);
    expect(stcAfter('ACK-OK')).toMatch(/^STC\*A2:20/);
    expect(stcAfter('ACK-BAD')).toMatch(/^STC\*A7:254/);
    expect(stcAfter('ACK-BAD')).toMatch(/CV\d{3}/);
  });
});
