import { describe, expect, it } from 'vitest';
import { finding, stored } from '../test-support/claims.ts';
import {
  byStatus,
  carcOverTime,
  codedPerCoderPerDay,
  findingsByKind,
  lastDays,
  weekOf,
} from './aggregate.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 15);

describe('dashboard figures', () => {
  it('counts coded claims per coder per day over the last days, zeros included', () => {
    const s = codedPerCoderPerDay(
      [
        { userId: 'u1', at: NOW },
        { userId: 'u1', at: NOW - 1000 },
        { userId: 'u2', at: NOW - DAY },
        { userId: 'u2', at: NOW - 30 * DAY },
      ],
      (id) => (id === 'u1' ? 'Ann' : 'Bo'),
      NOW,
      3,
    );
    expect(s.keys).toEqual(['Ann', 'Bo']);
    expect(s.rows).toEqual([
      { label: '11-24', Ann: 0, Bo: 0 },
      { label: '11-25', Ann: 0, Bo: 1 },
      { label: '11-26', Ann: 2, Bo: 0 },
    ]);
    expect(lastDays(NOW, 2)).toEqual(['2026-11-25', '2026-11-26']);
  });

  it('counts findings by edit family and severity', () => {
    const claims = [
      stored({ findings: [finding('NP002', 'deny'), finding('CC004', 'warn')] }),
      stored({ findings: [finding('NP003', 'info')] }),
    ];
    const s = findingsByKind(claims);
    expect(s.rows.map((r) => [r.label, r.total])).toEqual([
      ['NCCI procedure pairs', 2],
      ['ICD-10-CM conventions', 1],
    ]);
    expect(s.keys).toEqual(['deny', 'warn', 'info']);
  });

  it('counts each CARC once per claim, by ISO week of service', () => {
    const co = (reason: string) => ({ carc: { group: 'CO' as const, reason } });
    const claims = [
      stored({
        serviceDate: '2026-05-12',
        findings: [finding('NP002', 'deny', {}, co('236')), finding('NP001', 'deny', {}, co('236'))],
      }),
      stored({ serviceDate: '2026-05-17', findings: [finding('CC004', 'warn', {}, co('16'))] }),
      stored({ serviceDate: '2026-05-18', findings: [finding('CC004', 'warn', {}, co('16'))] }),
      stored({ serviceDate: '2026-05-18', findings: [finding('NP003', 'info', {}, co('236'))] }),
    ];
    const s = carcOverTime(claims);
    expect(weekOf('2026-05-17')).toBe('2026-05-11');
    expect(weekOf('2026-05-18')).toBe('2026-05-18');
    expect(s.rows).toEqual([
      { label: '2026-05-11', 'CO-236': 1, 'CO-16': 1 },
      { label: '2026-05-18', 'CO-236': 0, 'CO-16': 1 },
    ]);
  });

  it('never carries a patient into a figure', () => {
    const claims = [
      stored({ findings: [finding('NP002', 'deny', {}, { carc: { group: 'CO', reason: '236' } })] }),
    ];
    const all = JSON.stringify([findingsByKind(claims), carcOverTime(claims), byStatus(claims)]);
    expect(all).not.toContain('Test');
    expect(all).not.toContain('Pat');
  });
});
