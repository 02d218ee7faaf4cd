/**
 * Damaged input is answered, never crashed on: `checkInterchange` fits what its 999 and TA1
 * echo from the input (control numbers, dates, segment ids, loop ids, bad values) to the
 * acknowledgment's elements, so the acknowledgment reads back clean with our own reader.
 */
import { MedcodeError } from '@medcode/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { write999 } from '../ack/write999.ts';
import { complaints, segments } from '../testing/ack-text.ts';
import { fixture, mutate, mutation, validInputs } from '../testing/garbled-input.ts';
import { checkInterchange } from './check-interchange.ts';

const ACK = { ackEnvelope: { date: '20240401', time: '1200' } };

/** The TA1 of an acknowledgment, without its tag. */
const ta1 = (ack: string): string[] | undefined =>
  segments(ack)
    .find((s) => s[0] === 'TA1')
    ?.slice(1);

describe('checkInterchange on damaged 837 input', () => {
  const inputs = validInputs();

  it('never throws, and always answers with a 999 or TA1 that reads back clean', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...inputs),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        async (input, ms) => {
          const r = await checkInterchange(mutate(input, ms), ACK);
          const tags = segments(r.ack999).map((s) => s[0]);
          expect(tags.includes('TA1') || tags.includes('AK1')).toBe(true);
          expect(complaints(r.ack999)).toEqual([]);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('answers an interchange whose ISA13 holds the 999 element separator: TA101 zeros, note 018', async () => {
    // The sender's element separator is "|", so "*" is data to it and a delimiter to the 999.
    const text = fixture('837p-small.x12')
      .toString('latin1')
      .replaceAll('*', '|')
      .replace('|000000101|', '|0000*0101|');
    const r = await checkInterchange(text, ACK);
    expect(r.rejected).toBe(true);
    expect(r.problems.find((p) => p.position.element === 13)?.ack).toBe('018');
    expect(ta1(r.ack999)).toEqual(['000000000', '240315', '0915', 'R', '018']);
    expect(complaints(r.ack999)).toEqual([]);
  });

  it('echoes ISA09 and ISA10 only when they are a date and a time', async () => {
    const text = fixture('837p-small.x12').toString('latin1').replace('*240315*0915*', '*241345*09:5*');
    const r = await checkInterchange(text, ACK);
    expect(ta1(r.ack999)).toEqual(['000000101', '000101', '0000', 'R', '014']);
    expect(complaints(r.ack999)).toEqual([]);
  });

  it('names a segment whose tag holds delimiters or is too long within IK301 (ID 2/3)', async () => {
    const text = fixture('837p-small.x12')
      .toString('latin1')
      .replaceAll('*', '|')
      .replace('DTP|431|', 'D*P|431|')
      .replace('PER|IC|', 'PERXX|IC|');
    const r = await checkInterchange(text, ACK);
    // IK304 1: unrecognized segment id, at the position the reader reported for each.
    const ik3 = segments(r.ack999).filter((s) => s[0] === 'IK3' && s[4] === '1');
    const unrecognized = r.problems.filter((p) => p.code === 'x12.segment.unrecognized');
    expect(unrecognized.map((p) => p.position.segmentId)).toEqual(['PERXX', 'D*P']);
    expect(ik3.map((s) => s.slice(1, 3))).toEqual([
      ['PER', String(unrecognized[0]?.position.segmentPosition)],
      ['DP', String(unrecognized[1]?.position.segmentPosition)],
    ]);
    expect(complaints(r.ack999)).toEqual([]);
  });

  it('rejects a group whose GS06 is longer than N 1/9: AK102 0 and AK905 6', async () => {
    const text = fixture('837p-small.x12')
      .toString('latin1')
      .replace('*0915*101*X*', '*0915*1234567890123*X*')
      .replace('GE*1*101~', 'GE*1*1234567890123~');
    const r = await checkInterchange(text, ACK);
    const segs = segments(r.ack999);
    expect(segs.find((s) => s[0] === 'AK1')?.slice(1)).toEqual(['HC', '0', '005010X222A1']);
    expect(segs.find((s) => s[0] === 'AK9')?.slice(1)).toEqual(['R', '1', '1', '1', '6']);
    expect(r.problems.some((p) => p.code === 'x12.gs.control' && p.position.element === 6)).toBe(true);
    expect(complaints(r.ack999)).toEqual([]);
  });

  it('answers input without a readable ISA with a TA1 alone', async () => {
    for (const [input, note] of [
      ['hello, not X12', '022'],
      ['', '023'],
    ] as const) {
      const r = await checkInterchange(input, ACK);
      expect(r.rejected).toBe(true);
      const segs = segments(r.ack999);
      expect(ta1(r.ack999)).toEqual(['000000000', '000101', '0000', 'R', note]);
      expect(segs.some((s) => s[0] === 'GS')).toBe(false);
      expect(complaints(r.ack999)).toEqual([]);
    }
  });
});

describe('write999 stays strict', () => {
  const env = { sender: { id: 'A' }, receiver: { id: 'B' }, date: '20240401', time: '1200' };
  const group = {
    functionalId: 'HC',
    groupControlNumber: '1',
    code: 'R' as const,
    included: 1,
    received: 1,
    accepted: 0,
    errors: [],
  };

  it('refuses a delimiter handed to it in IK301, IK404 or TA101', () => {
    const set = { setId: '837', controlNumber: '0001', code: 'R' as const, errors: ['5'] };
    const ik3 = { segmentId: 'N*1', position: 4, code: '1', elements: [] };
    expect(() =>
      write999({ groups: [{ ...group, transactions: [{ ...set, segments: [ik3] }] }] }, env),
    ).toThrow(MedcodeError);
    const ik4 = { ...ik3, segmentId: 'DTP', elements: [{ position: 3, code: '8', badValue: '2024*0231' }] };
    expect(() =>
      write999({ groups: [{ ...group, transactions: [{ ...set, segments: [ik4] }] }] }, env),
    ).toThrow(MedcodeError);
    const ta1 = {
      controlNumber: '0000*0101',
      date: '240401',
      time: '1200',
      code: 'R' as const,
      noteCode: '018',
    };
    expect(() => write999({ interchange: ta1, groups: [] }, env)).toThrow(MedcodeError);
  });
});
