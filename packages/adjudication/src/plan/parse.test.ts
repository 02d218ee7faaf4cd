// Plans and members files: the shipped files parse, the date picks the version, and what the
// schema cannot say is refused with the file and the problem named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMembers } from '../members/member-index.ts';
import { PLANS_DIR, shippedPlan } from '../testing/context.ts';
import { parsePlan, planVersionOn } from './parse.ts';
import { planYearOf } from './plan-year.ts';

const ppoText = readFileSync(join(PLANS_DIR, 'acme-health-ppo.yaml'), 'utf8');

describe('shipped plans', () => {
  it('medicare-b: the date of service picks 2025 or 2026, with the CMS deductibles', () => {
    const p = shippedPlan('medicare-b');
    expect(planVersionOn(p, '2025-06-30')?.tiers.participating?.deductible).toBe(25700);
    expect(planVersionOn(p, '2026-01-01')?.tiers.participating?.deductible).toBe(28300);
    expect(planVersionOn(p, '2024-12-31')).toBeUndefined();
    const v = planVersionOn(p, '2026-07-15')!;
    expect(v.benefits.find((b) => b.id === 'physician-services')?.costShare.participating?.coinsurance).toBe(
      20,
    );
    expect(v.tiers.participating?.outOfPocketMax).toBeUndefined();
  });

  it('acme-health-ppo: dollars read into cents, the table, the tiers', () => {
    const v = planVersionOn(shippedPlan('acme-health-ppo'), '2026-03-01')!;
    expect(v.tiers['in-network']).toEqual({ deductible: 150000, outOfPocketMax: 500000 });
    expect(v.pricing.table['99213']).toBe(11500);
    expect(v.networks.map((n) => [n.tier, n.contracted, n.allowedPercent])).toEqual([
      ['in-network', true, 100],
      ['out-of-network', false, 80],
    ]);
  });
});

describe('refused plans', () => {
  const bad = (edit: (s: string) => string) => () => parsePlan(edit(ppoText), 'bad.yaml');

  it('overlapping versions', () => {
    expect(bad((s) => s.replace('to: "2025-12-31"', 'to: "2026-02-01"'))).toThrow(
      /bad\.yaml.*past the start of version 2026\.1/s,
    );
  });
  it('a benefit naming a tier that is not a network', () => {
    expect(
      bad((s) =>
        s.replace('in-network: { copay: "30.00", deductible: false }', 'in-net: { copay: "30.00" }'),
      ),
    ).toThrow(/names tier in-net, not a network/);
  });
  it('a code list entry that is no code', () => {
    expect(bad((s) => s.replace('"58970-58976"', '"58970 to 58976"'))).toThrow(/is not a code or code range/);
  });
  it('an amount that is no amount, and an unknown key, with their paths', () => {
    expect(bad((s) => s.replace('deductible: "1500.00"', 'deductible: "lots"'))).toThrow(
      /not an amount in dollars: lots/,
    );
    expect(bad((s) => s.replace('timelyFilingDays: 90', 'timelyFilingDays: 90\n    colour: blue'))).toThrow(
      /colour/,
    );
  });
});

describe('members file', () => {
  it('finds subscribers by id and dependents by name and birth date', () => {
    const m = parseMembers(
      readFileSync(join(PLANS_DIR, 'members-example.yaml'), 'utf8'),
      'members-example.yaml',
    );
    expect(m.find({ memberId: 'ACM100200300' })?.name.first).toBe('JOHN');
    expect(
      m.find({ memberId: 'ACM100200300', dependent: { last: 'smith', birthDate: '2012-09-01' as never } })
        ?.memberId,
    ).toBe('ACM100200301');
    expect(
      m.find({ memberId: 'ACM100200300', dependent: { last: 'SMITH', birthDate: '2012-09-02' as never } }),
    ).toBeUndefined();
  });

  it('refuses a member id listed twice', () => {
    const text =
      'members:\n' +
      ['A1', 'A1']
        .map(
          (id) =>
            `  - { memberId: ${id}, name: { last: X }, birthDate: "1990-01-01", coverage: [{ plan: p, from: "2020-01-01" }] }`,
        )
        .join('\n');
    expect(() => parseMembers(text, 'm.yaml')).toThrow(/m\.yaml.*A1 is listed twice/s);
  });
});

describe('planYearOf', () => {
  it('names the plan year by its first day', () => {
    expect(planYearOf('2026-03-15', '07-01')).toBe('2025-07-01');
    expect(planYearOf('2026-07-01', '07-01')).toBe('2026-07-01');
    expect(planYearOf('2026-12-31', '01-01')).toBe('2026-01-01');
  });
  it('a date is never before its plan year and less than a year after it', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const start = fc.constantFrom('01-01', '04-01', '07-01', '10-01', '12-31');
    fc.assert(
      fc.property(day, start, (d, s) => {
        const y = planYearOf(d, s);
        expect(y <= d).toBe(true);
        const next = `${Number(y.slice(0, 4)) + 1}${y.slice(4)}`;
        expect(d < next).toBe(true);
      }),
    );
  });
});
