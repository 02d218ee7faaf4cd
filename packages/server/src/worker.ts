/**
 * @module worker
 * The job worker: leases a few items at a time, checks each claim, stores it with its findings
 * and records the item's result in one transaction, so an item's effects and its completion
 * commit together. Several workers (in one process or several, on PostgreSQL) share the work;
 * a worker that dies leaves its items to come back when their leases run out.
 */
import { randomUUID } from 'node:crypto';
import { type Claim, claimServiceDate } from '@medcode/domain';
import { completeItem, leaseItems, putClaim, type SqlDb } from '@medcode/store';
import type { Logger } from './log.ts';
import type { Services } from './services.ts';

export interface WorkerOptions {
  db: SqlDb;
  services: Services;
  log: Logger;
  /** Items leased per round. */
  batch?: number;
  /** How long a lease lasts before another worker may take the item. */
  leaseMs?: number;
  /** Pause when there is nothing to do. */
  idleMs?: number;
}

export interface Worker {
  readonly id: string;
  /** Runs one round; resolves to the number of items processed. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

class LeaseLost extends Error {}

export function startWorker(opts: WorkerOptions): Worker {
  const id = `worker-${randomUUID()}`;
  const batch = opts.batch ?? 16;
  const leaseMs = opts.leaseMs ?? 30_000;
  const idleMs = opts.idleMs ?? 250;
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  const tick = async (): Promise<number> => {
    const items = await leaseItems(opts.db, id, batch, leaseMs);
    if (items.length === 0) return 0;
    // Check outside the transaction (pure, CPU only), then store the round in one transaction:
    // every item's claim and result commit together, or none does and the leases run out.
    const checked = items.map((item) => {
      const input = item.input as { claim: Claim; place: string };
      return { item, input, findings: opts.services.scrub(input.claim, {}) };
    });
    await opts.db
      .transaction(async (tx) => {
        for (const { item, input, findings } of checked) {
          const claim = input.claim;
          const date = claimServiceDate(claim);
          const stored = await putClaim(tx, {
            orgId: item.orgId,
            externalId: claim.id,
            claim,
            findings,
            payerId: claim.subscriber.payer.id,
            ...(date !== undefined ? { serviceDate: date } : {}),
            sourceJob: item.jobId,
            status: 'checked',
          });
          const result = {
            claimId: stored.claim.id,
            externalId: claim.id,
            place: input.place,
            rejected: findings.some((f) => f.severity === 'reject'),
            findings: findings.length,
            rejects: findings.filter((f) => f.severity === 'reject'),
            claim,
            worker: id,
          };
          const mine = await completeItem(tx, item, id, { status: 'done', result, claimId: stored.claim.id });
          // Lost a lease (this worker stalled past it): roll the round back; the new holder redoes it.
          if (!mine) throw new LeaseLost();
        }
      })
      .catch((e: unknown) => {
        if (!(e instanceof LeaseLost)) throw e;
      });
    return items.length;
  };

  const loop = (): void => {
    if (!running) return;
    current = tick()
      .then((n) => {
        if (running) timer = setTimeout(loop, n > 0 ? 0 : idleMs);
      })
      .catch((e: unknown) => {
        opts.log({
          at: new Date().toISOString(),
          level: 'error',
          msg: `worker round failed: ${(e as Error).name}`,
        });
        if (running) timer = setTimeout(loop, idleMs * 4);
      });
  };
  loop();

  return {
    id,
    tick,
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
