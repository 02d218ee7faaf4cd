/**
 * Model → FHIR → model is the identity, over random claims (fast-check): the Claim resource for
 * claims, the ExplanationOfBenefit for claims with decisions, and the ClaimResponse for the
 * decision alone. Our own output reads back without a single note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdjudicatedClaim } from './adjudicated-claim.ts';
import { type FhirReadItem, readFhir } from './read/load.ts';
import { arbitraryAdjudicatedClaim, arbitraryClaim } from './testing/arbitrary-claim.ts';
import { toFhirClaim } from './write/claim.ts';
import { toFhirClaimResponse, toFhirEob } from './write/eob.ts';

const readOne = (resource: unknown): FhirReadItem => {
  const items = [...readFhir(JSON.stringify(resource), { file: 'round-trip.json' })];
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('FHIR round trip', () => {
  it('model → Claim → model is the identity', () => {
    fc.assert(
      fc.property(arbitraryClaim, (claim) => {
        const item = readOne(toFhirClaim(claim, { created: '2024-01-01' }));
        if (item.kind !== 'claim') expect.fail(JSON.stringify(item));
        expect(item.notes).toEqual([]);
        expect(item.claim).toStrictEqual(claim);
      }),
      { numRuns: 300 },
    );
  });

  it('adjudicated claim → ExplanationOfBenefit → adjudicated claim is the identity', () => {
    fc.assert(
      fc.property(arbitraryAdjudicatedClaim, (a) => {
        const item = readOne(toFhirEob(a, { created: '2024-01-01' }));
        if (item.kind !== 'claim') expect.fail(JSON.stringify(item));
        expect(item.notes).toEqual([]);
        expect({ claim: item.claim, decision: item.decision }).toStrictEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('decision → ClaimResponse → decision is the identity (lines with nothing decided are left out)', () => {
    const expected = (a: AdjudicatedClaim) => {
      const { paymentDate, ...rest } = a.decision;
      const lines = a.decision.lines.filter(
        (l) =>
          l.allowed !== undefined ||
          l.paid !== undefined ||
          l.patientResponsibility !== undefined ||
          l.adjustments.length > 0 ||
          l.remarks.length > 0,
      );
      // ClaimResponse.payment needs an amount: a payment date alone has nowhere to go.
      return {
        ...rest,
        ...(a.decision.paid === undefined || paymentDate === undefined ? {} : { paymentDate }),
        lines,
      };
    };
    fc.assert(
      fc.property(arbitraryAdjudicatedClaim, (a) => {
        const item = readOne(toFhirClaimResponse(a, { created: '2024-01-01' }));
        if (item.kind !== 'response') expect.fail(JSON.stringify(item));
        expect(item.notes).toEqual([]);
        expect(item.decision).toStrictEqual(expected(a));
      }),
      { numRuns: 200 },
    );
  });
});
