/**
 * @module dashboard/aggregate
 * The team lead's figures, computed from what the service already answers: claims coded per
 * coder per day (the "coded" status changes, from the audit log or the claims' events), the
 * findings by edit family and severity, and the denial reasons (CARC) the checker predicts by
 * week of service. Counts only: no patient appears in any of them.
 */
import type { Severity } from '@medcode/domain';
import type { StoredClaim } from '../api/types.ts';
import { familyName, familyOf } from '../queue/filters.ts';

export interface CodedEvent {
  userId: string | null;
  at: number;
}

export type Row = { label: string } & Record<string, number | string>;

export interface Series {
  rows: Row[];
  /** The stacked series, in legend order. */
  keys: string[];
}

const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The last `days` calendar days (UTC) ending on the day of `now`, oldest first. */
export function lastDays(now: number, days: number): string[] {
  const out: string[] = [];
  for (let i = days - 1; i >= 0; i--) out.push(dayOf(now - i * 86_400_000));
  return out;
}

export function codedPerCoderPerDay(
  events: readonly CodedEvent[],
  label: (userId: string | null) => string,
  now: number,
  days = 14,
): Series {
  const span = lastDays(now, days);
  const keys: string[] = [];
  const counts = new Map<string, Map<string, number>>();
  for (const e of events) {
    const d = dayOf(e.at);
    if (!span.includes(d)) continue;
    const who = label(e.userId);
    if (!keys.includes(who)) keys.push(who);
    const m = counts.get(d) ?? new Map<string, number>();
    m.set(who, (m.get(who) ?? 0) + 1);
    counts.set(d, m);
  }
  keys.sort();
  const rows = span.map((d) => {
    const row: Row = { label: d.slice(5) };
    for (const k of keys) row[k] = counts.get(d)?.get(k) ?? 0;
    return row;
  });
  return { rows, keys };
}

const SEVERITIES: Severity[] = ['reject', 'deny', 'warn', 'info'];

/** Findings now on the claims, by edit family (rows) and severity (stacks). */
export function findingsByKind(claims: readonly StoredClaim[]): Series {
  const by = new Map<string, Record<Severity, number>>();
  for (const c of claims)
    for (const f of c.findings) {
      const fam = familyName(familyOf(f.code));
      const r = by.get(fam) ?? { reject: 0, deny: 0, warn: 0, info: 0 };
      r[f.severity] += 1;
      by.set(fam, r);
    }
  const rows = [...by]
    .map(([label, r]) => ({ label, ...r, total: SEVERITIES.reduce((s, k) => s + r[k], 0) }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  return { rows, keys: SEVERITIES.filter((s) => rows.some((r) => r[s] > 0)) };
}

/** Monday of the week of an ISO date, as YYYY-MM-DD (weeks as in ISO 8601). */
export function weekOf(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The CARC group and reason a payer would likely answer for each finding that carries one
 * (rejections, denials and the warnings a payer may deny on), by week of service. A claim counts
 * once per reason.
 */
export function carcOverTime(claims: readonly StoredClaim[]): Series {
  const weeks = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const c of claims) {
    if (!c.serviceDate) continue;
    const reasons = new Set(
      c.findings
        .filter((f) => f.carc && f.severity !== 'info')
        .map((f) => `${f.carc!.group}-${f.carc!.reason}`),
    );
    if (reasons.size === 0) continue;
    const w = weekOf(c.serviceDate);
    const m = weeks.get(w) ?? new Map<string, number>();
    for (const r of reasons) {
      m.set(r, (m.get(r) ?? 0) + 1);
      totals.set(r, (totals.get(r) ?? 0) + 1);
    }
    weeks.set(w, m);
  }
  const keys = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const rows = [...weeks.keys()].sort().map((w) => {
    const row: Row = { label: w };
    for (const k of keys) row[k] = weeks.get(w)?.get(k) ?? 0;
    return row;
  });
  return { rows, keys };
}

/** Claims by status, for the tiles above the charts. */
export function byStatus(claims: readonly StoredClaim[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of claims) out[c.status] = (out[c.status] ?? 0) + 1;
  return out;
}
