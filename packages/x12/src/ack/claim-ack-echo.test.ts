/**
 * A 277CA echoes the claim it answers (CLM01, names, member id, charges, dates, provider ids):
 * `claimAcknowledgment` and `rejectedByFindings` fit those values to the 005010X214 elements, so
 * the 277CA of any claim, however damaged its input, is written and reads back clean; `write277ca`
 * still refuses a delimiter handed to it directly.
 */
import {
  type Claim,
  type ClaimAcknowledgment,
  type ClaimAcknowledgmentReport,
  type Finding,
  isoDate,
  MedcodeError,
} from '@medcode/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInterchange } from '../check/check-interchange.ts';
import { complaints, segments } from '../testing/ack-text.ts';
import { anyClaim } from '../testing/claim-arbitrary.ts';
import { fixture, mutate, mutation, validInputs } from '../testing/garbled-input.ts';
import { claimAcknowledgment, rejectedByFindings } from './claim-ack.ts';
import { write277ca } from './write277ca.ts';

const ENVELOPE = {
  sender: { id: 'ACMEPAYER' },
  receiver: { id: 'MEDCODECLINIC' },
  date: '20240316',
  time: '0600',
};
const POSITION = { offset: 0, line: 1, segmentIndex: 0 };

const report = (claims: ClaimAcknowledgment[]): ClaimAcknowledgmentReport => ({
  source: { name: 'ACME HEALTH PLAN', id: 'ACME01', idQualifier: 'PI' },
  receiver: { name: 'MEDCODE CLINIC', id: 'MC0001', idQualifier: '46' },
  received: isoDate('2024-03-15'),
  processed: isoDate('2024-03-16'),
  claims,
});

// Any string, with the characters X12 senders choose as delimiters (and line breaks) made likely.
const anyText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('*', ':', '^', '~', '|', '>', '\n', 'A', '1', ' ', 'é'), maxLength: 90 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

/** A claim whose echoed values are arbitrary strings, as a claim read from damaged input may hold. */
const echoedClaim: fc.Arbitrary<Claim> = fc
  .record({
    claim: anyClaim,
    id: anyText,
    last: anyText,
    first: maybe(anyText),
    middle: maybe(anyText),
    suffix: maybe(anyText),
    memberId: anyText,
    provider: anyText,
    npi: maybe(anyText),
    taxId: maybe(anyText),
    trace: maybe(anyText),
    bill: maybe(anyText),
  })
  .map((r) => {
    const name = { last: r.last, first: r.first, middle: r.middle, suffix: r.suffix };
    const providers = r.claim.providers.map((p) =>
      p.role === 'billing' ? { ...p, name: { last: r.provider }, npi: r.npi, taxId: r.taxId } : p,
    );
    return {
      ...r.claim,
      id: r.id,
      patient: { ...r.claim.patient, name },
      subscriber: { ...r.claim.subscriber, memberId: r.memberId },
      providers,
      clearinghouseTrace: r.trace,
      typeOfBill: r.bill,
    } as unknown as Claim;
  });

const finding = (message: string): Finding =>
  ({ code: 'claim.edit', severity: 'reject', message, path: { field: 'procedure' } }) as unknown as Finding;

describe('277CA of claims whose echoed values do not fit X12', () => {
  it('is written without throwing and reads back clean, accepted or rejected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(echoedClaim, fc.boolean(), anyText), { minLength: 1, maxLength: 3 }),
        (cs) => {
          const acks = cs.map(([claim, rejected, message]) => {
            const base = rejected
              ? claimAcknowledgment({
                  kind: 'rejected',
                  claimId: claim.id,
                  partial: claim,
                  position: POSITION,
                  error: [
                    {
                      code: 'x12.claim.code',
                      severity: 'error',
                      level: 'claim',
                      message,
                      position: POSITION,
                    },
                  ],
                })
              : claimAcknowledgment({ kind: 'claim', claim, position: POSITION, warnings: [] });
            return rejectedByFindings(base, rejected ? [] : [finding(message)]);
          });
          const text = write277ca(report(acks), ENVELOPE);
          expect(complaints(text)).toEqual([]);
          // One 2000D per claim, each with its trace number.
          expect(segments(text).filter((s) => s[0] === 'TRN' && s[1] === '2')).toHaveLength(acks.length + 1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is written for every claim of damaged 837 input and reads back clean', async () => {
    const inputs = validInputs();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...inputs),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        async (input, ms) => {
          const r = await checkInterchange(mutate(input, ms), { claimAcknowledgments: true });
          const acks = r.claimAcknowledgments ?? [];
          if (acks.length === 0) return;
          expect(complaints(write277ca(report(acks), ENVELOPE))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('echoes a claim id holding "*" from an input separated by "|" without it, in TRN02', async () => {
    // The sender's element separator is "|", so "*" is data to it and a delimiter to the 277CA.
    const text = fixture('837p-small.x12')
      .toString('latin1')
      .replaceAll('*', '|')
      .replace('CLM|PCN1001|', 'CLM|PCN*1001|')
      .replace('NM1|QC|1|DOE|JANE~', 'NM1|QC|1|DOE*SMITH|JANE~');
    const r = await checkInterchange(text, { claimAcknowledgments: true });
    const acks = r.claimAcknowledgments ?? [];
    expect(acks.map((a) => [a.claimId, a.status, a.patient.name.last])).toEqual([
      ['PCN1001', 'accepted', 'DOESMITH'],
    ]);
    const out = write277ca(report(acks), ENVELOPE);
    expect(complaints(out)).toEqual([]);
    const segs = segments(out);
    expect(segs.filter((s) => s[0] === 'TRN' && s[1] === '2').map((s) => s[2])).toEqual(['0001', 'PCN1001']);
    expect(segs.find((s) => s[0] === 'NM1' && s[1] === 'QC')?.slice(3, 5)).toEqual(['DOESMITH', 'JANE']);
  });

  it('cuts values to their element and drops a member id shorter than NM109 allows', () => {
    const ack = claimAcknowledgment({
      kind: 'rejected',
      claimId: `C${'9'.repeat(60)}`,
      partial: { subscriber: { memberId: 'M' } } as unknown as Partial<Claim>,
      position: POSITION,
      error: [
        {
          code: 'x12.claim.code',
          severity: 'error',
          level: 'claim',
          message: 'bad~code\u00e9',
          position: POSITION,
        },
      ],
    });
    expect(ack.claimId).toBe(`C${'9'.repeat(49)}`); // TRN02 AN 1/50
    expect(ack.patient.memberId).toBe(''); // NM109 AN 2/80
    expect(ack.message).toBe('bad code'); // STC12 AN 1/264
    expect(complaints(write277ca(report([ack]), ENVELOPE))).toEqual([]);
  });
});

describe('write277ca stays strict', () => {
  it('refuses a delimiter handed to it in a claim id or a patient name', () => {
    const ack: ClaimAcknowledgment = {
      claimId: 'PCN*1001',
      status: 'accepted',
      codes: [{ category: 'A2', status: '20' }],
      totalCharge: 100 as ClaimAcknowledgment['totalCharge'],
      patient: { name: { last: 'DOE' }, memberId: 'M1' },
      billingProvider: { name: 'CLINIC' },
    };
    expect(() => write277ca(report([ack]), ENVELOPE)).toThrow(MedcodeError);
    const named = { ...ack, claimId: 'PCN1001', patient: { name: { last: 'DOE~' }, memberId: 'M1' } };
    expect(() => write277ca(report([named]), ENVELOPE)).toThrow(MedcodeError);
  });
});
