/**
 * @module claim-body
 * A claim in a request body, read by the domain's edge parser; its problems (the first five,
 * each with its JSON path) become one 400 answer.
 */
import { type Claim, MedcodeError, parseClaimJson } from '@medcode/domain';

export function claimFromBody(body: unknown): Claim {
  const parsed = parseClaimJson(body);
  if (parsed.ok) return parsed.value;
  const first = parsed.error.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
  throw new MedcodeError('bad-input', `the claim has ${parsed.error.length} problem(s): ${first.join('; ')}`);
}
