// An adjudicated claim as a FHIR ExplanationOfBenefit through @medcode/fhir, read back by its
// reader to the same decision.
import { readFhir } from '@medcode/fhir';
import { describe, expect, it } from 'vitest';
import { adjudicate } from '../adjudicate/adjudicate.ts';
import { makeClaim } from '../testing/claims.ts';
import { context } from '../testing/context.ts';
import { explanationOfBenefit } from './eob.ts';

const money = (c: number) => ({ value: c / 100, currency: 'USD' });

describe('ExplanationOfBenefit', () => {
  it('carries the totals and the line adjudication, and reads back to the same decision', () => {
    const claim = makeClaim({
      id: 'EOB-1',
      pos: '24',
      diagnoses: ['M23.221', 'L98.9'],
      lines: [
        { code: '29881', charge: 250000, modifiers: ['RT'] },
        { code: '17999', charge: 50000, pointers: [2] },
      ],
    });
    const result = adjudicate(claim, context('medicare-b'));
    expect(result.lines.map((l) => l.status)).toEqual(['paid', 'pended']);
    const eob = explanationOfBenefit(result, claim, { created: '2026-08-07' })!;
    expect(eob.resourceType).toBe('ExplanationOfBenefit');
    expect(eob.outcome).toBe('partial');
    const total = (code: string) =>
      eob.total?.find((t) => t.category.coding?.some((c) => c.code === code))?.amount;
    expect(total('benefit')).toEqual(money(result.paid));
    expect(total('eligible')).toEqual(money(result.allowed));
    const item = eob.item![0]!;
    const deductible = item.adjudication?.find((a) =>
      a.category.coding?.some((c) => c.code === 'deductible'),
    );
    expect(deductible?.amount).toEqual(
      money(result.lines[0]!.adjustments.find((a) => a.reason === '1')!.amount),
    );
    const [read] = [...readFhir(JSON.stringify(eob), { file: 'eob.json' })];
    expect(read?.kind).toBe('claim');
    if (read?.kind !== 'claim') return;
    expect(read.decision?.paid).toBe(result.paid);
    expect(read.decision?.lines[0]?.adjustments).toEqual(result.lines[0]!.adjustments);
  });

  it('a voided claim has no EOB of its own', () => {
    const ctx = context('medicare-b');
    const claim = makeClaim({ id: 'V', lines: [{ code: '99213', charge: 15000 }] });
    adjudicate(claim, ctx);
    const voided = adjudicate({ ...claim, frequencyCode: '8' }, ctx);
    expect(explanationOfBenefit(voided, claim)).toBeUndefined();
  });
});
