import type { Claim } from '@medcode/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyClaim, claimArbitrary } from '../testing/claim-arbitrary.ts';
import { parse837, parse837Sync } from './parse837.ts';
import { write837 } from './write837.ts';

const ENVELOPE = {
  sender: { id: 'SENDER01' },
  receiver: { id: 'RECEIVER01' },
  date: '20240102',
  time: '0930',
};

/** write837 puts professional claims first, then institutional ones. */
const inWrittenOrder = (claims: Claim[]): Claim[] => [
  ...claims.filter((c) => c.kind === 'professional'),
  ...claims.filter((c) => c.kind === 'institutional'),
];

describe('837 write → parse', () => {
  it('is the identity on random valid claims, with no problem reported', () => {
    fc.assert(
      fc.property(fc.array(anyClaim, { minLength: 1, maxLength: 4 }), (claims) => {
        const items = parse837Sync(write837(claims, ENVELOPE));
        expect(items.filter((i) => i.kind === 'problem' || i.kind === 'rejected')).toEqual([]);
        const parsed = items.flatMap((i) => (i.kind === 'claim' ? [i] : []));
        expect(parsed.flatMap((i) => i.warnings)).toEqual([]);
        expect(parsed.map((i) => i.claim)).toStrictEqual(inWrittenOrder(claims));
      }),
      { numRuns: 100 },
    );
  });

  it('splits transaction sets and shares billing-provider levels without changing the claims', () => {
    fc.assert(
      fc.property(fc.array(claimArbitrary('professional'), { minLength: 3, maxLength: 8 }), (claims) => {
        const sameBilling = claims.map((c) => ({
          ...c,
          providers: [claims[0]!.providers[0]!, ...c.providers.slice(1)],
        }));
        const text = write837(sameBilling, { ...ENVELOPE, claimsPerTransaction: 2 });
        const items = parse837Sync(text);
        expect(items.filter((i) => i.kind === 'transaction')).toHaveLength(Math.ceil(claims.length / 2));
        expect(items.flatMap((i) => (i.kind === 'claim' ? [i.claim] : []))).toStrictEqual(sameBilling);
      }),
      { numRuns: 10 },
    );
  });

  it('streams: the async parser over small chunks gives the same claims', async () => {
    const claims = fc.sample(anyClaim, { numRuns: 12, seed: 42 });
    const bytes = Buffer.from(write837(claims, ENVELOPE));
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 97) yield bytes.subarray(i, i + 97);
    }
    const out: Claim[] = [];
    for await (const item of parse837(chunks())) if (item.kind === 'claim') out.push(item.claim);
    expect(out).toStrictEqual(inWrittenOrder(claims));
  });

  it('refuses a value that holds a delimiter, naming the element', () => {
    const [claim] = fc.sample(claimArbitrary('professional'), { numRuns: 1, seed: 7 });
    const bad = { ...claim!, id: 'A*B' };
    expect(() => write837([bad], ENVELOPE)).toThrow(/CLM01.*delimiter|delimiter "\*"/);
  });
});

describe('837 sets rejected at their SE', () => {
  const claims = fc.sample(claimArbitrary('professional'), { numRuns: 3, seed: 5 });
  const text = write837(claims, ENVELOPE).replace(/SE\*(\d+)\*/, (_m, n: string) => `SE*${Number(n) + 1}*`);

  it('holds the set: only rejected items, none a claim (atomicSets, the default)', () => {
    const items = parse837Sync(text);
    expect(items.filter((i) => i.kind === 'claim')).toEqual([]);
    expect(
      items.flatMap((i) => (i.kind === 'rejected' ? [[i.claimId, i.error.map((p) => p.code)]] : [])),
    ).toEqual(claims.map((c) => [c.id, ['x12.se.count']]));
  });

  it('streams the claims, then rejects each again at the SE (atomicSets false)', () => {
    const items = parse837Sync(text, { atomicSets: false });
    const order = items.flatMap((i) =>
      i.kind === 'claim' || i.kind === 'rejected'
        ? [`${i.kind}:${i.kind === 'claim' ? i.claim.id : i.claimId}`]
        : [],
    );
    expect(order).toEqual([...claims.map((c) => `claim:${c.id}`), ...claims.map((c) => `rejected:${c.id}`)]);
  });
});
