import { readFileSync } from 'node:fs';
import { isoDate } from '@medcode/domain';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInterchange } from '../check/check-interchange.ts';
import { readEventsSync } from '../engine/input.ts';
import { segments } from '../testing/ack-text.ts';
import { claimAcknowledgment } from './claim-ack.ts';
import { write277ca } from './write277ca.ts';

const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, '../x837/fixtures', name));

describe('999 from checkInterchange', () => {
  it('is itself a clean 005010X231A1 interchange that answers each set', async () => {
    const r = await checkInterchange(fixture('837p-errors.x12'), {
      ackEnvelope: { date: '20240401', time: '1200' },
    });
    const events = readEventsSync(r.ack999);
    expect(events.filter((e) => e.kind === 'problem')).toEqual([]);
    const segs = segments(r.ack999);
    expect(segs.filter((s) => s[0] === 'AK2').map((s) => s[2])).toEqual(['0001', '0002']);
    expect(segs.filter((s) => s[0] === 'IK5').map((s) => s.slice(1))).toEqual([
      ['E', '5'],
      ['R', '4'],
    ]);
    expect(segs.find((s) => s[0] === 'AK9')?.slice(1)).toEqual(['P', '2', '2', '1']);
    // The bad date of claim BADDATE: IK3 in loop 2400, CTX with the claim id, IK4 with element 1251 and code 8.
    expect(segs.filter((s) => ['IK3', 'CTX', 'IK4'].includes(s[0]!))).toEqual([
      ['IK3', 'DTP', '30', '2400', '8'],
      ['CTX', 'CLM01:BADDATE'],
      ['IK4', '3', '1251', '8', '20240231'],
    ]);
    // Sender and receiver are swapped: the receiver answers the sender.
    expect(segs[0]?.slice(6, 9)).toEqual(['ACMEPAYER      ', 'ZZ', 'MEDCODECLINIC  ']);
  });

  it('carries a TA1 when the interchange envelope itself is wrong', async () => {
    const text = fixture('837p-small.x12').toString('latin1').replace('IEA*1*000000101', 'IEA*1*000000999');
    const r = await checkInterchange(text);
    const ta1 = segments(r.ack999).find((s) => s[0] === 'TA1');
    expect(ta1?.slice(1)).toEqual(['000000101', '240315', '0915', 'R', '001']);
  });
});

describe('277CA', () => {
  it('acknowledges each claim, accepted (A2:20) or rejected (A7 with what was wrong), and reads back clean', async () => {
    const r = await checkInterchange(fixture('837p-errors.x12'), { claimAcknowledgments: true });
    const acks = r.claimAcknowledgments ?? [];
    expect(acks.map((a) => [a.claimId, a.status, a.codes.map((c) => `${c.category}:${c.status}`)])).toEqual([
      ['GOOD1', 'accepted', ['A2:20']],
      ['BADCODE', 'rejected', ['A7:254', 'A7:454', 'A7:21']],
      ['BADDATE', 'rejected', ['A3:187']],
      ['COUNTED', 'rejected', ['A3:21']],
    ]);
    const text = write277ca(
      {
        source: { name: 'ACME HEALTH PLAN', id: 'ACME01', idQualifier: 'PI' },
        receiver: { name: 'MEDCODE CLINIC', id: 'MC0001', idQualifier: '46' },
        received: isoDate('2024-03-15'),
        processed: isoDate('2024-03-16'),
        claims: acks,
      },
      { sender: { id: 'ACMEPAYER' }, receiver: { id: 'MEDCODECLINIC' }, date: '20240316', time: '0600' },
    );
    expect(readEventsSync(text).filter((e) => e.kind === 'problem')).toEqual([]);
    const segs = segments(text);
    expect(segs.filter((s) => s[0] === 'TRN' && s[1] === '2').map((s) => s[2])).toEqual([
      '0001',
      'GOOD1',
      'BADCODE',
      'BADDATE',
      'COUNTED',
    ]);
    expect(segs.filter((s) => s[0] === 'STC').map((s) => [s[1], s[3]])).toEqual([
      ['A1:19', 'WQ'],
      ['A1:19', 'WQ'],
      ['A2:20', 'WQ'],
      ['A7:254', 'U'],
      ['A3:187', 'U'],
      ['A3:21', 'U'],
    ]);
    expect(segs.filter((s) => s[0] === 'QTY').map((s) => s.slice(1))).toEqual([
      ['90', '1'],
      ['AA', '3'],
      ['QA', '1'],
      ['QC', '3'],
    ]);
  });

  it('names a bad principal diagnosis 254 and a bad other one 255', () => {
    const at = { offset: 0, line: 1, segmentIndex: 1, segmentId: 'HI' };
    const ack = claimAcknowledgment({
      kind: 'rejected',
      claimId: 'X',
      position: at,
      error: [
        {
          code: 'x12.claim.code',
          severity: 'error',
          level: 'claim',
          message: 'a: b',
          position: { ...at, element: 1, component: 2 },
        },
        {
          code: 'x12.claim.code',
          severity: 'error',
          level: 'claim',
          message: 'c',
          position: { ...at, element: 2, component: 2 },
        },
      ],
    });
    expect(ack.codes.map((c) => c.status)).toEqual(['254', '255']);
    expect(ack.message).toBe('a  b');
  });
});
