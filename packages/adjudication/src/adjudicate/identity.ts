/**
 * @module adjudicate/identity
 * Which claim a submission is, and whether it is one seen before. `claimRef` names the claim
 * across its submissions (billing provider and CLM01, which a replacement or void keeps);
 * `idempotencyKey` names one submission: CLM01, the frequency code (CLM05-3) and a hash of the
 * claim's content, so a retry of the same file has the same key and a corrected claim another.
 * The hash is SHA-256 over the claim's JSON with object keys sorted (key order never matters).
 */
import { createHash } from 'node:crypto';
import { type Claim, findProvider } from '@medcode/domain';

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v as object)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export const contentHash = (claim: Claim): string =>
  createHash('sha256').update(canonical(claim)).digest('hex').slice(0, 16);

export const idempotencyKey = (claim: Claim): string =>
  `${claim.id}:${claim.frequencyCode}:${contentHash(claim)}`;

export function claimRef(claim: Claim): string {
  const billing = findProvider(claim, 'billing');
  return `${billing?.npi ?? billing?.name.last ?? ''}|${claim.id}`;
}
