// Which benefit category, exclusion and tier a line meets: codes, place of service, type of
// bill, CLFS-only categories, modifiers that lift an exclusion, network NPIs.
import type { Claim } from '@medcode/domain';
import { describe, expect, it } from 'vitest';
import { makeClaim } from '../testing/claims.ts';
import { benefitFor, exclusionFor, tierFor } from './match.ts';
import { parsePlan } from './parse.ts';

const plan = parsePlan(
  `
plan: test
title: Test plan
payer: { id: "T", name: "TEST" }
filingIndicator: CI
insuranceType: C1
versions:
  - version: "1"
    from: "2026-01-01"
    timelyFilingDays: 365
    coordinationOfBenefits: { rule: "none" }
    pricing: { method: medicare }
    networks:
      - { tier: in, title: in, providers: ["1111111112"] }
      - { tier: out, title: out, providers: all, contracted: false }
    tiers: { in: {}, out: {} }
    benefits:
      - { id: lab, title: lab, clfsOnly: true, costShare: { in: {} } }
      - { id: er, title: emergency, procedures: ["99281-99285"], placesOfService: ["23"], costShare: { in: {}, out: {} } }
      - { id: outpatient, title: outpatient hospital, typesOfBill: ["13X"], costShare: { in: {} } }
      - { id: visit, title: visits, procedures: ["99202-99215", "!99211"], costShare: { in: {} } }
    exclusions:
      - { id: feet, title: routine foot care, procedures: ["11719-11721"], unlessModifiers: ["Q8"] }
      - { id: cosmetic-dx, title: cosmetic, procedures: ["17110"], diagnoses: ["L81.-"] }
`,
  'test.yaml',
);
const v = plan.versions[0]!;
const line = (claim: Claim) => claim.lines[0]!;

describe('plan matching', () => {
  it('ranges with exceptions, place of service, and CLFS-only categories', () => {
    const onClfs = (code: string) => code === '80053';
    expect(
      benefitFor(
        v,
        makeClaim({ lines: [{ code: '99213', charge: 1 }] }),
        line(makeClaim({ lines: [{ code: '99213', charge: 1 }] })),
      )?.id,
    ).toBe('visit');
    const c211 = makeClaim({ lines: [{ code: '99211', charge: 1 }] });
    expect(benefitFor(v, c211, line(c211))).toBeUndefined();
    const er = makeClaim({ pos: '23', lines: [{ code: '99284', charge: 1 }] });
    expect(benefitFor(v, er, line(er))?.id).toBe('er');
    const office = makeClaim({ pos: '11', lines: [{ code: '99284', charge: 1 }] });
    expect(benefitFor(v, office, line(office))).toBeUndefined();
    const lab = makeClaim({ lines: [{ code: '80053', charge: 1 }] });
    expect(benefitFor(v, lab, line(lab), onClfs)?.id).toBe('lab');
    expect(benefitFor(v, lab, line(lab))).toBeUndefined();
  });

  it('type of bill: 13X takes 131 and 137, not 111', () => {
    const inst = (tob: string): Claim => ({
      ...makeClaim({ lines: [{ code: '36415', charge: 1 }] }),
      kind: 'institutional',
      typeOfBill: tob,
    });
    expect(benefitFor(v, inst('131'), line(inst('131')))?.id).toBe('outpatient');
    expect(benefitFor(v, inst('137'), line(inst('137')))?.id).toBe('outpatient');
    expect(benefitFor(v, inst('111'), line(inst('111')))).toBeUndefined();
  });

  it('an exclusion lifted by a modifier, and one limited to diagnoses', () => {
    const feet = makeClaim({ lines: [{ code: '11721', charge: 1 }] });
    expect(exclusionFor(v, feet, line(feet))?.id).toBe('feet');
    const q8 = makeClaim({ lines: [{ code: '11721', charge: 1, modifiers: ['Q8'] }] });
    expect(exclusionFor(v, q8, line(q8))).toBeUndefined();
    const cosmetic = makeClaim({ diagnoses: ['L81.4'], lines: [{ code: '17110', charge: 1 }] });
    const warts = makeClaim({ diagnoses: ['B07.8'], lines: [{ code: '17110', charge: 1 }] });
    expect(exclusionFor(v, cosmetic, line(cosmetic))?.id).toBe('cosmetic-dx');
    expect(exclusionFor(v, warts, line(warts))).toBeUndefined();
  });

  it('the tier listing the NPI, else the tier taking all providers', () => {
    expect(tierFor(v, '1111111112')?.tier).toBe('in');
    expect(tierFor(v, '1777777776')?.tier).toBe('out');
    expect(tierFor(v, undefined)?.tier).toBe('out');
  });

  it('a line place of service overrides the claim one', () => {
    const c = makeClaim({ pos: '11', lines: [{ code: '99284', charge: 1, pos: '23' }] });
    expect(benefitFor(v, c, line(c))?.id).toBe('er');
  });
});
