import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, createOrg, openDatabase } from '@medcode/store';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'medcode-audit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('medcode audit verify', () => {
  it('says the chain is intact, then finds the entry someone changed', async () => {
    const file = join(dir, 'medcode.db');
    const db = await openDatabase(file);
    const org = await createOrg(db, 'Practice A', 'practice');
    for (let i = 0; i < 4; i++)
      await appendAudit(db, {
        orgId: org.id,
        userId: null,
        action: 'claim.read',
        entityKind: 'claim',
        entityId: `c${i}`,
      });
    const ok = runCli(['audit', 'verify', '--db', file]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Practice A: 4 entries, chain intact');

    await db.run("UPDATE audit_log SET action = 'claim.update' WHERE seq = 2");
    await db.close();
    const broken = runCli(['audit', 'verify', '--db', file, '--json']);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout).verdicts[0]).toMatchObject({
      org: 'Practice A',
      ok: false,
      brokenAt: 2,
      reason: 'content changed',
    });
  });
});
