import { describe, expect, it } from 'vitest';
import { BATCH_ENVELOPE, officeClaim, practices, random } from '../testing/batch.ts';
import { parse837Sync } from './parse837.ts';
import { write837 } from './write837.ts';

/** An office claim whose HI segment is replaced by `hi` (composites joined by `*`). */
function withHi(hi: string): ReturnType<typeof parse837Sync>[number] {
  const r = random(9);
  const [billing] = practices(r, 1);
  const text = write837([officeClaim(r, 1, billing!)], BATCH_ENVELOPE).replace(/~HI\*[^~]*~/, `~HI*${hi}~`);
  const [item] = parse837Sync(text);
  return item!;
}

describe('diagnosis composites (HI)', () => {
  it('reads ICD-10-CM and ICD-9-CM codes, a second principal as another diagnosis, and the POA indicator', () => {
    const item = withHi('ABK:I10*ABK:E119*BF:4019*ABF:J449:::::::Y');
    expect(item.kind).toBe('claim');
    if (item.kind !== 'claim') return;
    expect(item.claim.diagnoses).toEqual([
      { code: 'I10', kind: 'principal' },
      { code: 'E119', kind: 'other' },
      { code: '4019', kind: 'other', codeSystem: 'icd9cm' },
      { code: 'J449', kind: 'other', poa: 'Y' },
    ]);
    expect(item.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/second principal diagnosis \(ABK\) is read as another/),
    );
  });

  it('names the composite of an empty ICD-9-CM code, an invalid ICD-10-CM code and a bad POA indicator', () => {
    const messages = (hi: string): string[] => {
      const item = withHi(hi);
      if (item.kind === 'claim') return item.warnings.map((w) => w.message);
      if (item.kind === 'rejected') return item.error.map((e) => e.message);
      return [];
    };
    // The element syntax check names an empty code before the mapper would.
    expect(messages('ABK:I10*BF:')).toContainEqual(expect.stringMatching(/^HI02-2 /));
    expect(messages('ABK:1I0')).toContainEqual(expect.stringMatching(/1I0/));
    expect(messages('ABK:I10:::::::Q')).toContainEqual(
      expect.stringMatching(/HI01-9 "Q" is not a present-on-admission indicator/),
    );
  });
});
