// Golden adjudication cases over the shipped plans, the example members and the installed
// official code sets (RVU26C physician fee schedule, CLFS 2026 Q2, NCCI tables, CARC/RARC).
// Each expectation is derived from the official row read from the store and the plan's text,
// never typed in: a changed RVU or a changed plan figure changes the expected amounts with it.
import type { PfsRvu } from '@medcode/codesets';
import { addDays, type Cents, type HcpcsCode, type IsoDate, remittanceImbalances } from '@medcode/domain';
import { parse835Sync, write835 } from '@medcode/x12';
import { describe, expect, it } from 'vitest';
import { AccumulatorLedger } from '../accumulators/ledger.ts';
import { buildRemittances } from '../out/remittance.ts';
import { planVersionOn } from '../plan/parse.ts';
import { type ClaimSpec, makeClaim } from '../testing/claims.ts';
import { context, shippedPlan, storeTables } from '../testing/context.ts';
import { adjudicate } from './adjudicate.ts';
import type { ClaimResult, LineResult } from './types.ts';

const DOS = '2026-07-15';
const fees = () => storeTables().fees;
const row = (code: string, mod: '' | '26' | 'TC' = ''): PfsRvu => {
  const r = fees().pfs(code as HcpcsCode, mod, DOS);
  if (!r) throw new Error(`no PFS row for ${code}${mod}`);
  return r;
};
/**
 * The expected fee with GPCI 1.0, from the file's own total column (work + PE + MP as CMS
 * summed them) × the conversion factor, rounded half up to the cent: an independent path to
 * the same number the pricing computes from the components.
 */
const expectedFee = (r: PfsRvu, setting: 'facility' | 'nonFacility'): number => {
  const total = setting === 'facility' ? r.totalFacility : r.totalNonFacility;
  return Math.round(Number((total * r.conversionFactor * 100).toFixed(6)));
};
const half = (c: number): number => Math.round(c / 2);
const pct = (c: number, p: number): number => Math.round(Number(((c * p) / 100).toFixed(6)));
const medicareDeductible = (): number =>
  planVersionOn(shippedPlan('medicare-b'), DOS)!.tiers.participating!.deductible;
const ppoTier = () => planVersionOn(shippedPlan('acme-health-ppo'), DOS)!.tiers['in-network']!;

const cas = (l: LineResult) => l.adjustments.map((a) => `${a.group}-${a.reason}`);
const amount = (l: LineResult, group: string, reason: string): number =>
  l.adjustments.filter((a) => a.group === group && a.reason === reason).reduce((s, a) => s + a.amount, 0);

const JOHN = { last: 'SMITH', first: 'JOHN', birthDate: '1980-06-15', sex: 'M' as const, relationship: '18' };
const ppo = (spec: Omit<ClaimSpec, 'memberId' | 'payer' | 'filing' | 'patient'>): ClaimSpec => ({
  ...spec,
  memberId: 'ACM100200300',
  payer: { id: '99999', name: 'ACME HEALTH' },
  filing: '12',
  patient: JOHN,
});

interface Case {
  name: string;
  plan: 'medicare-b' | 'acme-health-ppo';
  claim: ClaimSpec;
  members?: 'none';
  /** Claims adjudicated first, under the same ledger. */
  before?: ClaimSpec[];
  ledger?: () => AccumulatorLedger;
  check: (r: ClaimResult) => void;
}

const cases: Case[] = [
  {
    name: 'not eligible: coverage ended before the date of service (PR-27)',
    plan: 'medicare-b',
    claim: { memberId: '1EG4TE5MK74', lines: [{ code: '99213', charge: 15000 }] },
    check: (r) => {
      expect(r.status).toBe('denied');
      expect(r.claimStatusCode).toBe('4');
      expect(cas(r.lines[0]!)).toEqual(['PR-27']);
      expect(r.lines[0]!.reasons[0]!.code).toBe('AJ003');
      expect(r.patientResponsibility).toBe(15000);
    },
  },
  {
    name: 'not eligible: no such member (CO-31)',
    plan: 'medicare-b',
    claim: { memberId: '9ZZ9ZZ9ZZ99', lines: [{ code: '99213', charge: 15000 }] },
    check: (r) => {
      expect(cas(r.lines[0]!)).toEqual(['CO-31']);
      expect(r.paid).toBe(0);
    },
  },
  {
    name: 'predict mode: the same unknown member is taken as eligible',
    plan: 'medicare-b',
    members: 'none',
    claim: { memberId: '9ZZ9ZZ9ZZ99', lines: [{ code: '99213', charge: 15000 }] },
    check: (r) => {
      expect(r.mode).toBe('predict');
      expect(r.lines[0]!.status).toBe('paid');
      expect(r.lines[0]!.allowed).toBe(expectedFee(row('99213'), 'nonFacility'));
    },
  },
  {
    name: 'excluded: routine foot care under Medicare, statutory exclusion (PR-96 N425)',
    plan: 'medicare-b',
    claim: { diagnoses: ['L60.2'], lines: [{ code: '11721', charge: 12000 }] },
    check: (r) => {
      const l = r.lines[0]!;
      expect(l.status).toBe('denied');
      expect(cas(l)).toEqual(['PR-96']);
      expect(l.remarks).toEqual(['N425']);
      expect(l.reasons[0]!.code).toBe('AJ009');
    },
  },
  {
    name: 'not excluded: the same foot care with a class finding modifier (Q8) is covered',
    plan: 'medicare-b',
    claim: { diagnoses: ['L60.2'], lines: [{ code: '11721', charge: 12000, modifiers: ['Q8'] }] },
    check: (r) => {
      expect(r.lines[0]!.status).toBe('paid');
      expect(r.lines[0]!.allowed).toBe(expectedFee(row('11721'), 'nonFacility'));
    },
  },
  {
    name: 'excluded by the PPO: infertility treatment, the member owes it (PR-96 N130)',
    plan: 'acme-health-ppo',
    claim: ppo({ diagnoses: ['N97.9'], lines: [{ code: '58970', charge: 150000 }] }),
    check: (r) => {
      const l = r.lines[0]!;
      expect(cas(l)).toEqual(['PR-96']);
      expect(l.remarks).toEqual(['N130']);
      expect(l.reasons[0]!.code).toBe('AJ008');
    },
  },
  {
    name: 'prior authorization missing: knee arthroscopy under the PPO (CO-197)',
    plan: 'acme-health-ppo',
    claim: ppo({ pos: '24', lines: [{ code: '29881', charge: 420000, modifiers: ['RT'] }] }),
    check: (r) => {
      const l = r.lines[0]!;
      expect(l.status).toBe('denied');
      expect(cas(l)).toEqual(['CO-197']);
      expect(l.reasons[0]!.code).toBe('AJ010');
    },
  },
  {
    name: 'prior authorization on the claim but not on file (CO-197 N54)',
    plan: 'acme-health-ppo',
    claim: ppo({
      pos: '24',
      priorAuthorization: 'AUTH-0000',
      lines: [{ code: '29881', charge: 420000, modifiers: ['RT'] }],
    }),
    check: (r) => {
      expect(cas(r.lines[0]!)).toEqual(['CO-197']);
      expect(r.lines[0]!.remarks).toEqual(['N54']);
    },
  },
  {
    name: 'over a limit: a second preventive visit in the plan year (CO-119)',
    plan: 'acme-health-ppo',
    before: [
      ppo({
        id: 'PREV-1',
        date: '2026-02-10',
        diagnoses: ['Z00.00'],
        lines: [{ code: '99396', charge: 30000 }],
      }),
    ],
    claim: ppo({ id: 'PREV-2', diagnoses: ['Z00.00'], lines: [{ code: '99396', charge: 30000 }] }),
    check: (r) => {
      const l = r.lines[0]!;
      expect(l.status).toBe('denied');
      expect(cas(l)).toEqual(['CO-119']);
      // The payer pack's frequency rule, fed with the earlier visit from the ledger, denies it first.
      expect(l.reasons[0]!.message).toMatch(/^PY005 /);
    },
  },
  {
    name: 'over a limit: the 21st chiropractic visit of the plan year (CO-119 N640)',
    plan: 'acme-health-ppo',
    before: Array.from({ length: 20 }, (_, k) =>
      ppo({
        id: `CHIRO-${k + 1}`,
        date: addDays('2026-01-05' as IsoDate, 7 * k),
        diagnoses: ['M99.03'],
        lines: [{ code: '98940', charge: 6000 }],
      }),
    ),
    claim: ppo({ id: 'CHIRO-21', diagnoses: ['M99.03'], lines: [{ code: '98940', charge: 6000 }] }),
    check: (r) => {
      const l = r.lines[0]!;
      expect(l.status).toBe('denied');
      expect(cas(l)).toEqual(['CO-119']);
      expect(l.remarks).toEqual(['N640']);
      expect(l.reasons[0]!.code).toBe('AJ012');
      expect(l.reasons[0]!.message).toMatch(/20 already/);
    },
  },
  {
    name: 'over a limit: therapy units above 4 a day are cut (CO-119 N362, adjusted)',
    plan: 'acme-health-ppo',
    claim: ppo({ diagnoses: ['M54.50'], lines: [{ code: '97110', charge: 60000, units: 6 }] }),
    check: (r) => {
      const l = r.lines[0]!;
      expect(l.status).toBe('adjusted');
      expect(amount(l, 'CO', '119')).toBe(20000); // 2 of 6 units of a $600.00 charge
      expect(l.remarks).toContain('N362');
      const fee = pct(expectedFee(row('97110'), 'nonFacility'), 125);
      expect(l.pricing!.fullFee).toBe(fee * 4);
      expect(l.billed).toBe(l.paid + l.adjustments.reduce((s, a) => s + a.amount, 0));
    },
  },
  {
    name: 'bundled by NCCI: 12001 is a column 2 code of 12002, modifier indicator 0 (CO-236)',
    plan: 'medicare-b',
    claim: {
      diagnoses: ['S51.811A'],
      lines: [
        { code: '12002', charge: 40000 },
        { code: '12001', charge: 30000 },
      ],
    },
    check: (r) => {
      expect(r.lines[0]!.status).not.toBe('denied');
      const l = r.lines[1]!;
      expect(l.status).toBe('denied');
      expect(cas(l)).toEqual(['CO-236']);
      expect(l.reasons[0]!.message).toMatch(/^NP001/);
    },
  },
  {
    name: 'priced by RVU: office (non-facility) vs outpatient hospital (facility) for 99213',
    plan: 'medicare-b',
    claim: {
      lines: [
        { code: '99213', charge: 20000, date: '2026-07-15', pos: '11' },
        { code: '99213', charge: 20000, date: '2026-07-16', pos: '22' },
      ],
    },
    check: (r) => {
      const nf = expectedFee(row('99213'), 'nonFacility');
      const f = expectedFee(row('99213'), 'facility');
      expect(nf).not.toBe(f);
      expect(r.lines[0]!.allowed).toBe(nf);
      expect(r.lines[1]!.allowed).toBe(f);
      expect(cas(r.lines[0]!)).toContain('CO-45');
    },
  },
  {
    name: 'multiple procedures (indicator 2): the lower-valued procedure at 50%, whatever the line order',
    plan: 'medicare-b',
    claim: {
      diagnoses: ['L02.411', 'L98.9'],
      lines: [
        { code: '11102', charge: 30000, pointers: [2] },
        { code: '10060', charge: 30000, pointers: [1] },
      ],
    },
    check: (r) => {
      const biopsy = expectedFee(row('11102'), 'nonFacility');
      const drainage = expectedFee(row('10060'), 'nonFacility');
      expect(row('11102').multipleProcedure).toBe('2');
      expect(row('10060').multipleProcedure).toBe('2');
      expect(drainage).toBeGreaterThan(biopsy);
      expect(r.lines[1]!.allowed).toBe(drainage);
      expect(r.lines[0]!.allowed).toBe(half(biopsy));
      expect(r.lines[0]!.status).toBe('adjusted');
      expect(amount(r.lines[0]!, 'CO', '59')).toBe(biopsy - half(biopsy));
    },
  },
  {
    name: 'deductible then coinsurance: the 2026 Part B deductible, then 20%',
    plan: 'medicare-b',
    claim: {
      pos: '24',
      diagnoses: ['M23.221'],
      lines: [{ code: '29881', charge: 250000, modifiers: ['RT'] }],
    },
    check: (r) => {
      const l = r.lines[0]!;
      const allowed = expectedFee(row('29881'), 'facility');
      const deductible = medicareDeductible();
      expect(allowed).toBeGreaterThan(deductible);
      expect(l.allowed).toBe(allowed);
      expect(amount(l, 'PR', '1')).toBe(deductible);
      expect(amount(l, 'PR', '2')).toBe(pct(allowed - deductible, 20));
      expect(l.paid).toBe(allowed - deductible - pct(allowed - deductible, 20));
      expect(r.accumulators[0]!.after.deductible).toBe(deductible);
    },
  },
  {
    name: 'deductible met by an earlier claim: coinsurance only',
    plan: 'medicare-b',
    before: [
      {
        id: 'EARLIER',
        date: '2026-03-02',
        pos: '24',
        diagnoses: ['M23.221'],
        lines: [{ code: '29881', charge: 250000, modifiers: ['LT'] }],
      },
    ],
    claim: { lines: [{ code: '99214', charge: 20000 }] },
    check: (r) => {
      const l = r.lines[0]!;
      const allowed = expectedFee(row('99214'), 'nonFacility');
      expect(amount(l, 'PR', '1')).toBe(0);
      expect(amount(l, 'PR', '2')).toBe(pct(allowed, 20));
      expect(r.accumulators[0]!.before.deductible).toBe(medicareDeductible());
    },
  },
  {
    name: 'clinical lab: paid at the CLFS rate with no deductible or coinsurance',
    plan: 'medicare-b',
    claim: {
      referring: true,
      diagnoses: ['E11.9'],
      lines: [
        { code: '80053', charge: 9000 },
        { code: '36415', charge: 2500 },
      ],
    },
    check: (r) => {
      for (const [i, code] of (['80053', '36415'] as const).entries()) {
        const rate = fees().clfs(code as HcpcsCode, DOS)!.rate;
        const l = r.lines[i]!;
        expect(l.pricing!.schedule).toBe('clfs');
        expect(l.allowed).toBe(rate);
        expect(l.paid).toBe(rate);
        expect(l.patientResponsibility).toBe(0);
        expect(l.benefit).toBe('clinical-lab');
      }
    },
  },
  {
    name: 'out-of-pocket maximum reached: the member pays only what is left of it',
    plan: 'acme-health-ppo',
    ledger: () => {
      const t = ppoTier();
      const ledger = new AccumulatorLedger();
      ledger.record({
        claimRef: 'X|EARLIER',
        idempotencyKey: 'EARLIER:1:0',
        memberId: 'ACM100200300',
        plan: 'acme-health-ppo',
        deltas: [
          {
            year: '2026-01-01',
            tier: 'in-network',
            deductible: t.deductible,
            outOfPocket: (t.outOfPocketMax! - 1000) as Cents,
          },
        ],
        services: [],
      });
      return ledger;
    },
    claim: ppo({
      pos: '24',
      priorAuthorization: 'AUTH-2026-0001',
      diagnoses: ['M23.221'],
      lines: [{ code: '29881', charge: 420000, modifiers: ['RT'] }],
    }),
    check: (r) => {
      const l = r.lines[0]!;
      const allowed = pct(expectedFee(row('29881'), 'facility'), 125);
      expect(l.allowed).toBe(allowed);
      expect(amount(l, 'PR', '1')).toBe(0);
      expect(amount(l, 'PR', '2')).toBe(1000);
      expect(l.costShare!.outOfPocketCapped).toBe(true);
      expect(l.paid).toBe(allowed - 1000);
      expect(r.accumulators[0]!.after.outOfPocket).toBe(ppoTier().outOfPocketMax);
    },
  },
  {
    name: 'PPO office visit: the contracted table amount and the copay, deductible waived',
    plan: 'acme-health-ppo',
    claim: ppo({ diagnoses: ['J06.9'], lines: [{ code: '99213', charge: 18000 }] }),
    check: (r) => {
      const v = planVersionOn(shippedPlan('acme-health-ppo'), DOS)!;
      const l = r.lines[0]!;
      expect(l.allowed).toBe(v.pricing.table['99213']);
      expect(amount(l, 'PR', '3')).toBe(
        v.benefits.find((b) => b.id === 'office-visit')!.costShare['in-network']!.copay,
      );
      expect(amount(l, 'PR', '1')).toBe(0);
    },
  },
  {
    name: 'out of network: 80% of the schedule, the balance billable to the member (PR-45)',
    plan: 'acme-health-ppo',
    claim: ppo({ npi: '1777777776', diagnoses: ['J06.9'], lines: [{ code: '99214', charge: 30000 }] }),
    check: (r) => {
      const v = planVersionOn(shippedPlan('acme-health-ppo'), DOS)!;
      const l = r.lines[0]!;
      expect(l.tier).toBe('out-of-network');
      expect(l.allowed).toBe(pct(v.pricing.table['99214']!, 80));
      expect(amount(l, 'PR', '45')).toBe(30000 - l.allowed);
      expect(amount(l, 'PR', '1')).toBe(l.allowed); // the out-of-network deductible takes it all
    },
  },
  {
    name: 'pended for review: an unlisted procedure (no 835 until decided)',
    plan: 'acme-health-ppo',
    claim: ppo({ diagnoses: ['L98.9'], lines: [{ code: '17999', charge: 50000 }] }),
    check: (r) => {
      expect(r.status).toBe('pended');
      expect(r.lines[0]!.status).toBe('pended');
      expect(r.lines[0]!.reasons[0]!.code).toBe('AJ028');
      expect(r.paid).toBe(0);
      expect(r.lines[0]!.adjustments).toEqual([]);
    },
  },
  {
    name: 'coordination of benefits: another plan pays first and the claim carries nothing from it (CO-22 MA04)',
    plan: 'acme-health-ppo',
    claim: {
      ...ppo({ diagnoses: ['J06.9'], lines: [{ code: '99213', charge: 18000 }] }),
      patient: { last: 'SMITH', first: 'EMMA', birthDate: '2012-09-01', sex: 'F', relationship: '19' },
    },
    check: (r) => {
      expect(r.memberId).toBe('ACM100200301');
      expect(cas(r.lines[0]!)).toEqual(['CO-22']);
      expect(r.lines[0]!.remarks).toEqual(['MA04']);
    },
  },
  {
    name: 'coordination of benefits: as secondary, the balance the primary left (OA-23, CLP02 2)',
    plan: 'acme-health-ppo',
    claim: {
      ...ppo({
        diagnoses: ['J06.9'],
        responsibility: 'S',
        lines: [{ code: '99213', charge: 18000, priorPaid: 9000 }],
      }),
      patient: { last: 'SMITH', first: 'EMMA', birthDate: '2012-09-01', sex: 'F', relationship: '19' },
    },
    check: (r) => {
      const l = r.lines[0]!;
      const allowed = planVersionOn(shippedPlan('acme-health-ppo'), DOS)!.pricing.table['99213']!;
      expect(r.claimStatusCode).toBe('2');
      expect(l.allowed).toBe(allowed);
      // As primary the plan would pay allowed − copay; the primary left allowed − 9000.
      expect(l.paid).toBe(Math.min(allowed - 3000, allowed - 9000));
      expect(amount(l, 'OA', '23')).toBeGreaterThan(0);
      expect(l.billed).toBe(l.paid + l.adjustments.reduce((s, a) => s + a.amount, 0));
    },
  },
  {
    name: 'modifier 26 priced from the professional-component row; 26 on a code without PC/TC is refused (CO-4)',
    plan: 'medicare-b',
    claim: {
      diagnoses: ['R05.9'],
      lines: [
        { code: '71046', charge: 8000, modifiers: ['26'] },
        { code: '99213', charge: 15000, modifiers: ['26'] },
      ],
    },
    check: (r) => {
      expect(row('71046').pctc).toBe('1');
      expect(r.lines[0]!.allowed).toBe(expectedFee(row('71046', '26'), 'nonFacility'));
      expect(cas(r.lines[1]!)).toEqual(['CO-4']);
    },
  },
  {
    name: 'bilateral indicator 1 with modifier 50: 150% of the single fee',
    plan: 'medicare-b',
    claim: { diagnoses: ['M17.0'], lines: [{ code: '20610', charge: 40000, modifiers: ['50'] }] },
    check: (r) => {
      expect(row('20610').bilateral).toBe('1');
      expect(r.lines[0]!.allowed).toBe(Math.round(expectedFee(row('20610'), 'nonFacility') * 1.5));
    },
  },
];

describe.each(cases)('$name', (c) => {
  it('decides as the plan and the official rows say; every line and its 835 balance, and the 835 parses back', () => {
    const ledger = c.ledger?.() ?? new AccumulatorLedger();
    const ctx = context(c.plan, { ledger, ...(c.members ? { members: c.members } : {}) });
    // Earlier claims arrive ten days after their service.
    for (const b of c.before ?? [])
      adjudicate(makeClaim(b), { ...ctx, received: addDays((b.date ?? DOS) as IsoDate, 10) });
    const r = adjudicate(makeClaim(c.claim), ctx);
    c.check(r);
    for (const l of r.lines) {
      if (l.status === 'pended') continue;
      expect(l.billed, `line ${l.lineNumber} balances`).toBe(
        l.paid + l.adjustments.reduce((s, a) => s + a.amount, 0),
      );
    }
    // The case's 835 balances and parses back to the same money (a pended claim has none yet).
    const remittances = buildRemittances([{ claim: makeClaim(c.claim), result: r }], ctx.plan, {
      date: '2026-08-07' as IsoDate,
      traceNumber: 'GOLDEN',
    });
    expect(remittances).toHaveLength(r.status === 'pended' ? 0 : 1);
    for (const w of remittances) expect(remittanceImbalances(w)).toEqual([]);
    if (remittances.length === 0) return;
    const text = write835(remittances, {
      sender: { id: 'PAYER' },
      receiver: { id: 'PROVIDER' },
      date: '20260807',
      time: '1200',
    });
    const back = parse835Sync(text).flatMap((i) => (i.kind === 'remittance' ? [i.remittance] : []));
    const money = (list: typeof remittances) =>
      list.map((b) => [
        b.payment.amount,
        b.claims.map((x) => [x.billed, x.paid, x.services.map((v) => v.adjustments)]),
      ]);
    expect(money(back)).toEqual(money(remittances));
  });
});
