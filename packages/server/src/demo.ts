/**
 * @module demo
 * Demonstration claims for a new installation (`medcode serve --demo`): a few hand-written,
 * synthetic encounters, each with the provider's note it was coded from, checked on the way in
 * like any other claim. Nothing here is real patient data.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimServiceDate, MedcodeError, parseClaimJson } from '@medcode/domain';
import { putClaim, type SqlDb } from '@medcode/store';
import type { Services } from './services.ts';

interface DemoClaim {
  note: string;
  priority?: number;
  claim: unknown;
}

/** The demo file, found by walking up from this module (sources and the bundled command alike). */
function demoFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    for (const candidate of [
      join(dir, 'packages', 'server', 'demo', 'claims.json'),
      join(dir, 'demo', 'claims.json'),
    ]) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // not here
      }
    }
    dir = dirname(dir);
  }
  throw new MedcodeError(
    'not-found',
    'the demonstration claims file is missing (packages/server/demo/claims.json)',
  );
}

export async function seedDemo(db: SqlDb, services: Services): Promise<number> {
  const org = await db.get<{ id: string }>('SELECT id FROM orgs ORDER BY created_at LIMIT 1');
  if (!org) return 0;
  const has = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM claims WHERE org_id = ?', [org.id]);
  if (Number(has?.n) > 0) return 0;
  const file = demoFile();
  const demos = JSON.parse(readFileSync(file, 'utf8')) as DemoClaim[];
  let n = 0;
  for (const [i, d] of demos.entries()) {
    const parsed = parseClaimJson(d.claim);
    if (!parsed.ok)
      throw new MedcodeError(
        'bad-input',
        `demo claim #${i + 1}: ${parsed.error.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
        { place: { file } },
      );
    const claim = parsed.value;
    const date = claimServiceDate(claim);
    await putClaim(db, {
      orgId: org.id,
      externalId: claim.id,
      claim,
      findings: services.scrub(claim, {}),
      payerId: claim.subscriber.payer.id,
      ...(date !== undefined ? { serviceDate: date } : {}),
      noteText: d.note,
      priority: d.priority ?? 0,
    });
    n++;
  }
  return n;
}
