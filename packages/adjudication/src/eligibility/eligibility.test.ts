// 270 in → 271 out from the example members and the shipped plans: the hand-made 270 asks about
// an active Medicare beneficiary, one whose coverage ended, an unknown member id, a PPO
// subscriber (office visits) and a PPO dependent; the 271 must pass the x12 package's envelope
// and syntax check and say what the members file and plans say. A public 270 sample (the
// LinuxForHealth TR3-style example in the shared evaluation files) reads too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IsoDate, parseCents } from '@medcode/domain';
import { checkInterchange, Tokenizer, type X12Segment } from '@medcode/x12';
import { describe, expect, it } from 'vitest';
import { AccumulatorLedger } from '../accumulators/ledger.ts';
import { exampleMembers, shippedPlan } from '../testing/context.ts';
import { answerInquiry } from './answer.ts';
import { read270 } from './read270.ts';
import { write271 } from './write271.ts';

const fixture = readFileSync(join(import.meta.dirname, 'fixtures', '270-members.x12'), 'utf8');
const plans = [shippedPlan('medicare-b'), shippedPlan('acme-health-ppo')];

function segments(text: string): X12Segment[] {
  const out: X12Segment[] = [];
  const t = new Tokenizer({ segment: (v) => void out.push(v.materialize(0)), problem: () => {} });
  t.push(Buffer.from(text));
  t.end();
  return out;
}

/** The segments of each HL*22 subject (with its HL*23), keyed by the echoed TRN*2 number. */
function bySubject(segs: X12Segment[]): Map<string, X12Segment[]> {
  const out = new Map<string, X12Segment[]>();
  let current: X12Segment[] | undefined;
  for (const s of segs) {
    if (s.tag === 'HL' && s.e[3] === '22') current = [];
    if (s.tag === 'SE') current = undefined;
    if (!current) continue;
    current.push(s);
    if (s.tag === 'TRN') out.set(s.e[2]!, current);
  }
  return out;
}

const eb = (segs: X12Segment[], code: string) => segs.filter((s) => s.tag === 'EB' && s.e[1] === code);
const cents = (s: string | undefined) => {
  const r = parseCents(s ?? '');
  return r.ok ? r.value : Number.NaN;
};

describe('270 → 271', () => {
  const read = read270(fixture);
  const response = answerInquiry(
    read.inquiries[0]!,
    exampleMembers(),
    plans,
    new AccumulatorLedger(),
    '2026-08-01' as IsoDate,
  );
  const text = write271([response], { date: '20260801', time: '0931', controlNumber: 55 });
  const subjects = bySubject(segments(text));

  it('reads every subject of the 270', () => {
    expect(read.problems).toEqual([]);
    const q = read.inquiries[0]!;
    expect(q.reference).toBe('REQ-20260801-1');
    expect(
      q.subjects.map((s) => [s.subscriber.id, s.dependent?.name.first, s.serviceTypes.join(',')]),
    ).toEqual([
      ['1EG4TE5MK73', undefined, '30'],
      ['1EG4TE5MK74', undefined, '30'],
      ['9ZZ9ZZ9ZZ99', undefined, '30'],
      ['ACM100200300', undefined, '98'],
      ['ACM100200300', 'EMMA', '30'],
    ]);
    expect(q.subjects[0]!.date).toEqual({ from: '2026-07-15' });
  });

  it('writes a 271 the x12 checker accepts, addressed back to the sender', async () => {
    const check = await checkInterchange(text);
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(check.summary.sets).toEqual({ '271': 1 });
    expect(text.slice(0, 105)).toMatch(
      /^ISA\*00\*.{10}\*00\*.{10}\*ZZ\*PAYER {10}\*ZZ\*CLINIC {9}\*.*\*T\*:$/,
    );
    expect(text).toContain('BHT*0022*11*REQ-20260801-1*20260801*0931~');
  });

  it('active Medicare coverage: EB*1, the 2026 deductible and what remains of it', () => {
    const segs = subjects.get('T-0001')!;
    expect(eb(segs, '1')[0]!.e.slice(1, 6)).toEqual(['1', 'IND', '30', 'MB', 'Medicare Part B']);
    const deductible = plans[0]!.versions.find((v) => v.version === '2026')!.tiers.participating!.deductible;
    const [year, remaining] = eb(segs, 'C');
    expect(year!.e[6]).toBe('23');
    expect(cents(year!.e[7])).toBe(deductible);
    expect(remaining!.e[6]).toBe('29');
    expect(cents(remaining!.e[7])).toBe(deductible);
    expect(eb(segs, 'G')).toEqual([]); // no out-of-pocket maximum in Original Medicare
  });

  it('coverage ended: EB*6 inactive with the end date', () => {
    const segs = subjects.get('T-0002')!;
    expect(eb(segs, '6')).toHaveLength(1);
    expect(eb(segs, '1')).toEqual([]);
    expect(segs.find((s) => s.tag === 'DTP' && s.e[1] === '347')!.e[3]).toBe('20251231');
  });

  it('unknown member: AAA*Y**75*C and nothing else', () => {
    const segs = subjects.get('T-0003')!;
    const aaa = segs.find((s) => s.tag === 'AAA')!;
    expect(aaa.e.slice(1, 5)).toEqual(['Y', '', '75', 'C']);
    expect(segs.some((s) => s.tag === 'EB')).toBe(false);
  });

  it('PPO office visits (EQ*98): the copay in network, coinsurance out of network', () => {
    const segs = subjects.get('T-0004')!;
    const copay = eb(segs, 'B');
    const v = plans[1]!.versions.find((x) => x.version === '2026.1')!;
    const office = v.benefits.find((b) => b.id === 'office-visit')!;
    expect(copay.map((s) => [s.e[3], cents(s.e[7]), s.e[12]])).toEqual([
      ['98', office.costShare['in-network']!.copay, 'Y'],
    ]);
    const coins = eb(segs, 'A').filter((s) => s.e[5] === office.title);
    expect(coins.map((s) => [s.e[8], s.e[12]])).toEqual([
      ['0', 'Y'],
      ['0.4', 'N'],
    ]);
    const oop = eb(segs, 'G').filter((s) => s.e[12] === 'Y');
    expect(cents(oop[0]!.e[7])).toBe(v.tiers['in-network']!.outOfPocketMax);
  });

  it('a dependent: HL*23 with NM1*03, INS*N*19 and the benefits on the dependent level', () => {
    const segs = subjects.get('T-0005')!;
    const dependentAt = segs.findIndex((s) => s.tag === 'HL' && s.e[3] === '23');
    expect(dependentAt).toBeGreaterThan(0);
    const dependent = segs.slice(dependentAt);
    expect(dependent.find((s) => s.tag === 'NM1')!.e.slice(1, 5)).toEqual(['03', '1', 'SMITH', 'EMMA']);
    expect(dependent.find((s) => s.tag === 'INS')!.e.slice(1, 3)).toEqual(['N', '19']);
    expect(eb(dependent, '1')).toHaveLength(1);
    expect(eb(segs.slice(0, dependentAt), '1')).toEqual([]);
  });

  it('the deductible remaining follows the accumulators', () => {
    const ledger = new AccumulatorLedger();
    ledger.record({
      claimRef: 'X|1',
      idempotencyKey: '1:1:x',
      memberId: '1EG4TE5MK73',
      plan: 'medicare-b',
      deltas: [
        {
          year: '2026-01-01',
          tier: 'participating',
          deductible: 10000 as never,
          outOfPocket: 10000 as never,
        },
      ],
      services: [],
    });
    const r = answerInquiry(read.inquiries[0]!, exampleMembers(), plans, ledger, '2026-08-01' as IsoDate);
    const segs = bySubject(segments(write271([r], { date: '20260801', time: '0931' }))).get('T-0001')!;
    const [year, remaining] = eb(segs, 'C');
    expect(cents(remaining!.e[7])).toBe(cents(year!.e[7]) - 10000);
  });
});

describe('a public 270 sample', () => {
  const shared = process.env.MEDCODE_SHARED ?? '';
  const file = join(
    shared,
    'eval',
    'x12-linuxforhealth',
    '270_005010X279A1',
    'subscriber-health-benefit-check.270',
  );
  it.skipIf(!existsSync(file))('reads the subscriber inquiry and answers that the member is not ours', () => {
    const read = read270(readFileSync(file));
    expect(read.problems).toEqual([]);
    const s = read.inquiries[0]!.subjects[0]!;
    expect(s.subscriber.name.last).toBe('SMITH');
    expect(s.subscriber.birthDate).toBe('1943-05-19');
    expect(s.date).toEqual({ from: '2006-05-01' });
    const r = answerInquiry(
      read.inquiries[0]!,
      exampleMembers(),
      plans,
      new AccumulatorLedger(),
      '2026-08-01' as IsoDate,
    );
    expect(r.answers[0]!.reject?.code).toBe('75');
  });
});
