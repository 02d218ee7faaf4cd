import { describe, expect, it } from 'vitest';
import { BATCH_ENVELOPE, officeClaim, practices, random } from '../testing/batch.ts';
import { parse837Sync } from './parse837.ts';
import { write837 } from './write837.ts';

/** Two office claims of one billing provider (one 2000A loop, a PRV with its taxonomy). */
function twoClaims(): string {
  const r = random(5);
  const [billing] = practices(r, 1);
  return write837([officeClaim(r, 1, billing!), officeClaim(r, 2, billing!)], BATCH_ENVELOPE);
}

const billingOf = (text: string) =>
  parse837Sync(text).flatMap((i) => (i.kind === 'claim' ? [i.claim.providers[0]!] : []));

describe('the billing provider read once per 2000A loop', () => {
  it('gives every claim its own copy', () => {
    const [p1, p2] = billingOf(twoClaims());
    expect(p1).toStrictEqual(p2);
    expect(p1).not.toBe(p2);
    expect(p1!.name).not.toBe(p2!.name);
    expect(p1!.address).not.toBe(p2!.address);
  });

  it('is read again when the 2000A loop grows after a claim (a late PRV)', () => {
    const text = twoClaims();
    const segments = text.split('~');
    const prv = segments.findIndex((s) => s.startsWith('PRV*BI'));
    const subscribers = segments.flatMap((s, i) => (/^HL\*\d+\*\d+\*22\*/.test(s) ? [i] : []));
    expect(prv).toBeGreaterThan(0);
    expect(subscribers).toHaveLength(2);
    // The PRV moves to just before the second subscriber level: it climbs back into 2000A.
    const moved = segments.filter((_, i) => i !== prv);
    moved.splice(subscribers[1]! - 1, 0, segments[prv]!);
    const [p1, p2] = billingOf(moved.join('~'));
    expect(p1!.taxonomy).toBeUndefined();
    expect(p2!.taxonomy).toBe('207Q00000X');
  });
});
