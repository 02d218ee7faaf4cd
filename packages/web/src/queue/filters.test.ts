import { describe, expect, it } from 'vitest';
import { finding, stored } from '../test-support/claims.ts';
import { applyFilter, mergeQueues, NO_FILTER, payersOf, worst } from './filters.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 4, 20);

describe('queue filters', () => {
  const fresh = stored({ createdAt: NOW - DAY / 2, findings: [] });
  const old = stored({ createdAt: NOW - 10 * DAY, payerId: 'ACME1', findings: [finding('NP002', 'deny')] });
  const mid = stored({
    createdAt: NOW - 3 * DAY,
    findings: [finding('CC004', 'warn'), finding('ST010', 'reject')],
  });
  const all = [fresh, old, mid];

  it('filters by age, payer and the edits firing', () => {
    expect(applyFilter(all, { ...NO_FILTER, minAgeDays: 3 }, NOW)).toEqual([old, mid]);
    expect(applyFilter(all, { ...NO_FILTER, payer: 'ACME1' }, NOW)).toEqual([old]);
    expect(applyFilter(all, { ...NO_FILTER, edits: 'without' }, NOW)).toEqual([fresh]);
    expect(applyFilter(all, { ...NO_FILTER, edits: 'severity:reject' }, NOW)).toEqual([mid]);
    expect(applyFilter(all, { ...NO_FILTER, edits: 'family:NP' }, NOW)).toEqual([old]);
    expect(applyFilter(all, NO_FILTER, NOW)).toEqual(all);
  });

  it('names the worst severity and the payers present', () => {
    expect([fresh, old, mid].map(worst)).toEqual([undefined, 'deny', 'reject']);
    expect(payersOf(all).map((p) => p.id)).toEqual(['00435', 'ACME1']);
  });

  it('merges mine and unassigned once each, in queue order', () => {
    const a = stored({ priority: 1, createdAt: 1 });
    const b = stored({ priority: 5, createdAt: 2 });
    const c = stored({ priority: 1, createdAt: 0 });
    expect(mergeQueues([a, b], [b, c]).map((x) => x.id)).toEqual([b.id, c.id, a.id]);
  });
});
