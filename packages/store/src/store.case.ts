/**
 * The one test suite every database back end passes (SQLite and PostgreSQL run it alike).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAudit, verifyAudit } from './audit.ts';
import {
  claimEvents,
  getClaim,
  listClaims,
  putClaim,
  setClaimNote,
  takeNextClaim,
  transitionClaim,
} from './claims.ts';
import { completeItem, createJob, getJob, jobItems, leaseItems } from './jobs.ts';
import { advanceQuery, createQuery, listQueries } from './queries.ts';
import type { SqlDb } from './sql.ts';
import { createOrg, createToken, createUser, findUserByEmail, revokeToken, userForToken } from './users.ts';

export function describeStore(
  name: string,
  open: () => Promise<SqlDb>,
  close: (db: SqlDb) => Promise<void>,
): void {
  describe(`store on ${name}`, () => {
    let db: SqlDb;
    let orgId: string;
    let otherOrgId: string;
    let coderId: string;
    beforeAll(async () => {
      db = await open();
      orgId = (await createOrg(db, 'Practice A', 'practice')).id;
      otherOrgId = (await createOrg(db, 'Practice B', 'practice')).id;
      coderId = (
        await createUser(db, {
          orgId,
          email: 'Coder@A.example',
          name: 'Coder',
          role: 'coder',
          passwordHash: 'h',
        })
      ).id;
    });
    afterAll(async () => close(db));

    it('keeps users and resolves live tokens only', async () => {
      const found = await findUserByEmail(db, 'coder@a.example');
      expect(found?.user.role).toBe('coder');
      const { id, token } = await createToken(db, coderId, 'cli');
      expect((await userForToken(db, token))?.id).toBe(coderId);
      expect(await userForToken(db, `${token}x`)).toBeUndefined();
      expect(await revokeToken(db, id, coderId)).toBe(true);
      expect(await userForToken(db, token)).toBeUndefined();
      const expiring = await createToken(db, coderId, 'short', 1000);
      expect(await userForToken(db, expiring.token, Date.now() + 2000)).toBeUndefined();
    });

    it('stores a claim once per content and walks its lifecycle, recording each step', async () => {
      const body = { id: 'PCN-1', lines: [1, 2] };
      const a = await putClaim(db, { orgId, externalId: 'PCN-1', claim: body, userId: coderId });
      const b = await putClaim(db, { orgId, externalId: 'PCN-1', claim: body });
      expect(a.created).toBe(true);
      expect(b.created).toBe(false);
      expect(b.claim.id).toBe(a.claim.id);
      // Same content in another organization is another claim.
      expect((await putClaim(db, { orgId: otherOrgId, externalId: 'PCN-1', claim: body })).created).toBe(
        true,
      );

      expect((await transitionClaim(db, orgId, a.claim.id, 'paid')).ok).toBe(false);
      const t1 = await transitionClaim(db, orgId, a.claim.id, 'coding', { userId: coderId });
      expect(t1.ok && t1.claim.status).toBe('coding');
      const stale = await transitionClaim(db, orgId, a.claim.id, 'coded', { expectVersion: 1 });
      expect(stale).toEqual({ ok: false, reason: 'conflict' });
      await transitionClaim(db, orgId, a.claim.id, 'coded', { userId: coderId, note: 'done' });
      const events = await claimEvents(db, a.claim.id);
      expect(events.map((e) => e.toStatus)).toEqual(['received', 'coding', 'coded']);
      // Another organization cannot see or move it.
      expect(await getClaim(db, otherOrgId, a.claim.id)).toBeUndefined();
      expect((await transitionClaim(db, otherOrgId, a.claim.id, 'checked')).ok).toBe(false);
      // The provider's note travels with the claim, in its own organization only.
      expect(await setClaimNote(db, otherOrgId, a.claim.id, 'x')).toBe(false);
      expect(await setClaimNote(db, orgId, a.claim.id, 'Assessment: type 2 diabetes.')).toBe(true);
      expect((await getClaim(db, orgId, a.claim.id))?.noteText).toBe('Assessment: type 2 diabetes.');
    });

    it('hands out queue work by priority, one claim per taker', async () => {
      const low = await putClaim(db, { orgId, externalId: 'Q-low', claim: { q: 1 }, priority: 1 });
      const high = await putClaim(db, { orgId, externalId: 'Q-high', claim: { q: 2 }, priority: 9 });
      // Two takers at once: each gets a claim of its own. Which of the two calls is served first
      // is the database's to decide, so the pair is compared as a set.
      const taken = await Promise.all([
        takeNextClaim(db, orgId, coderId, 'received'),
        takeNextClaim(db, orgId, coderId, 'received'),
      ]);
      expect(new Set(taken.map((c) => c?.id))).toEqual(new Set([low.claim.id, high.claim.id]));
      // One taker: the higher priority first.
      const later = await putClaim(db, { orgId, externalId: 'Q-later', claim: { q: 3 }, priority: 1 });
      const urgent = await putClaim(db, { orgId, externalId: 'Q-urgent', claim: { q: 4 }, priority: 9 });
      expect((await takeNextClaim(db, orgId, coderId, 'received'))?.id).toBe(urgent.claim.id);
      expect((await takeNextClaim(db, orgId, coderId, 'received'))?.id).toBe(later.claim.id);
      expect((await listClaims(db, { orgId, assignedTo: coderId })).length).toBeGreaterThanOrEqual(4);
    });

    it('runs a job to the end, each item exactly once, even when a worker dies holding a lease', async () => {
      const items = [
        { status: 'pending' as const, input: { n: 1 } },
        {
          status: 'rejected' as const,
          input: { raw: 'CLM*bad' },
          result: { error: 'segment 12: CLM02 is not an amount' },
        },
        { status: 'pending' as const, input: { n: 3 } },
        { status: 'pending' as const, input: { n: 4 } },
      ];
      const { job, created } = await createJob(db, { orgId, kind: 'scrub-837', inputHash: 'abc', items });
      expect(created).toBe(true);
      expect((await createJob(db, { orgId, kind: 'scrub-837', inputHash: 'abc', items })).created).toBe(
        false,
      );

      // Worker A leases two items and "dies" (never completes them).
      const dead = await leaseItems(db, 'worker-a', 2, 50);
      expect(dead.map((i) => i.seq)).toEqual([1, 3]);
      // While A's lease is live, B gets only the remaining item.
      const b1 = await leaseItems(db, 'worker-b', 10, 60_000);
      expect(b1.map((i) => i.seq)).toEqual([4]);
      await new Promise((r) => setTimeout(r, 80));
      const b2 = await leaseItems(db, 'worker-b', 10, 60_000);
      expect(b2.map((i) => i.seq)).toEqual([1, 3]);
      expect(b2.every((i) => i.attempts === 2)).toBe(true);
      for (const it of [...b1, ...b2]) {
        const ok = await db.transaction((tx) =>
          completeItem(tx, it, 'worker-b', { status: 'done', result: { n: it.seq } }),
        );
        expect(ok).toBe(true);
      }
      // A wakes up and tries to complete: refused, nothing counted twice.
      expect(
        await db.transaction((tx) =>
          completeItem(tx, dead[0]!, 'worker-a', { status: 'done', result: 'late' }),
        ),
      ).toBe(false);
      const after = await getJob(db, orgId, job.id);
      expect(after).toMatchObject({ status: 'done', total: 4, done: 4, rejected: 1 });
      const results = await jobItems(db, job.id);
      expect(results.map((r) => r.status)).toEqual(['done', 'rejected', 'done', 'done']);
      expect(results[0]?.result).toEqual({ n: 1 });
    });

    it('keeps provider queries through their lifecycle', async () => {
      const q = await createQuery(db, {
        orgId,
        subjectKind: 'claim',
        subjectId: 'c1',
        query: { question: 'Which type of diabetes?' },
      });
      expect(q.status).toBe('drafted');
      expect((await advanceQuery(db, orgId, q.id, 'answered', 'type 2')).ok).toBe(false);
      await advanceQuery(db, orgId, q.id, 'sent');
      const answered = await advanceQuery(db, orgId, q.id, 'answered', { choice: 'type 2' });
      expect(answered.ok && answered.query.answer).toEqual({ choice: 'type 2' });
      expect((await listQueries(db, orgId, { subjectId: 'c1' })).length).toBe(1);
      expect(await listQueries(db, otherOrgId, { subjectId: 'c1' })).toEqual([]);
    });

    it('chains the audit log and detects tampering', async () => {
      for (let i = 0; i < 5; i++) {
        await appendAudit(db, {
          orgId,
          userId: coderId,
          action: 'claim.read',
          entityKind: 'claim',
          entityId: `c${i}`,
        });
      }
      await Promise.all(
        [1, 2, 3].map((i) =>
          appendAudit(db, {
            orgId,
            userId: coderId,
            action: 'claim.update',
            entityKind: 'claim',
            entityId: `p${i}`,
          }),
        ),
      );
      expect(await verifyAudit(db, orgId)).toEqual({ ok: true, entries: 8 });
      expect((await listAudit(db, { orgId, entityId: 'c3' })).length).toBe(1);

      await db.run("UPDATE audit_log SET entity_id = 'c9' WHERE org_id = ? AND seq = 3", [orgId]);
      expect(await verifyAudit(db, orgId)).toMatchObject({
        ok: false,
        brokenAt: 3,
        reason: 'content changed',
      });
      await db.run("UPDATE audit_log SET entity_id = 'c2' WHERE org_id = ? AND seq = 3", [orgId]);
      expect((await verifyAudit(db, orgId)).ok).toBe(true);
      await db.run('DELETE FROM audit_log WHERE org_id = ? AND seq = 8', [orgId]);
      expect(await verifyAudit(db, orgId)).toMatchObject({
        ok: false,
        reason: 'entries after the last one were removed',
      });
    });
  });
}
