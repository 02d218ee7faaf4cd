import { MedcodeError, type Remittance } from '@medcode/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remittanceArbitrary } from '../testing/remittance-arbitrary.ts';
import { parse835Sync } from './parse835.ts';
import { write835 } from './write835.ts';

const ENVELOPE = {
  sender: { id: 'PAYER0001' },
  receiver: { id: 'PROVIDER01' },
  date: '20240501',
  time: '0700',
};

describe('835 write → parse', () => {
  it('is the identity on random balanced remittances, with no problem reported', () => {
    fc.assert(
      fc.property(fc.array(remittanceArbitrary, { minLength: 1, maxLength: 3 }), (remittances) => {
        const items = parse835Sync(write835(remittances, ENVELOPE));
        expect(items.filter((i) => i.kind === 'problem')).toEqual([]);
        const read = items.flatMap((i) => (i.kind === 'remittance' ? [i] : []));
        expect(read.flatMap((i) => [...i.errors, ...i.warnings])).toEqual([]);
        expect(read.map((i) => i.remittance)).toStrictEqual(remittances);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a remittance that does not balance, and reads one back with a balance warning', () => {
    const [r] = fc.sample(remittanceArbitrary, { numRuns: 1, seed: 3 }) as [Remittance];
    const broken: Remittance = {
      ...r,
      payment: { ...r.payment, amount: (r.payment.amount + 1) as Remittance['payment']['amount'] },
    };
    expect(() => write835([broken], ENVELOPE)).toThrow(MedcodeError);
    expect(() => write835([broken], ENVELOPE)).toThrow(/BPR02/);
    const items = parse835Sync(write835([broken], { ...ENVELOPE, allowUnbalanced: true }));
    const read = items.find((i) => i.kind === 'remittance');
    expect(read?.kind === 'remittance' && read.warnings.map((w) => w.code)).toEqual(['x12.claim.balance']);
  });
});
