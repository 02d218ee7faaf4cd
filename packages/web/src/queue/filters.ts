/**
 * @module queue/filters
 * The work queue's filters that the service does not apply itself (payer, age, edits firing),
 * as pure functions over the claims it sent. Finding families are the first two letters of
 * the finding code (packages/rules/src/findings.ts: "two letters for the edit family").
 */
import type { Severity } from '@medcode/domain';
import type { StoredClaim } from '../api/types.ts';
import { ageDays } from '../ui/format.ts';

export const FAMILIES: Record<string, string> = {
  CV: 'Code validity',
  CC: 'ICD-10-CM conventions',
  PT: 'Patient age, sex, dates',
  NP: 'NCCI procedure pairs',
  NM: 'NCCI MUE and add-ons',
  ST: 'Claim structure',
  MN: 'Medical necessity',
  PY: 'Payer rules',
};

export const familyOf = (findingCode: string): string => findingCode.slice(0, 2).toUpperCase();
export const familyName = (family: string): string => FAMILIES[family] ?? `Other (${family})`;

export type EditsFilter = 'all' | 'with' | 'without' | `severity:${Severity}` | `family:${string}`;

export interface QueueFilter {
  payer: string; // '' = any
  minAgeDays: number; // 0 = any
  edits: EditsFilter;
}

export const NO_FILTER: QueueFilter = { payer: '', minAgeDays: 0, edits: 'all' };

function editsMatch(c: StoredClaim, f: EditsFilter): boolean {
  const findings = c.findings;
  if (f === 'all') return true;
  if (f === 'with') return findings.length > 0;
  if (f === 'without') return findings.length === 0;
  if (f.startsWith('severity:')) return findings.some((x) => x.severity === f.slice(9));
  return findings.some((x) => familyOf(x.code) === f.slice(7));
}

export function applyFilter(claims: readonly StoredClaim[], f: QueueFilter, now = Date.now()): StoredClaim[] {
  return claims.filter(
    (c) =>
      (f.payer === '' || c.payerId === f.payer) &&
      ageDays(c.createdAt, now) >= f.minAgeDays &&
      editsMatch(c, f.edits),
  );
}

/** Payers present in the list, for the filter's choices: id → name. */
export function payersOf(claims: readonly StoredClaim[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const c of claims)
    if (c.payerId !== null && !seen.has(c.payerId)) seen.set(c.payerId, c.claim.subscriber.payer.name);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The worst severity among a claim's findings, for the queue's edits column. */
export function worst(c: StoredClaim): Severity | undefined {
  const order: Severity[] = ['reject', 'deny', 'warn', 'info'];
  return order.find((s) => c.findings.some((f) => f.severity === s));
}

/** Mine and unassigned together, without duplicates, in the queue's order (priority, then age). */
export function mergeQueues(...lists: readonly StoredClaim[][]): StoredClaim[] {
  const byId = new Map<string, StoredClaim>();
  for (const l of lists) for (const c of l) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => b.priority - a.priority || a.createdAt - b.createdAt);
}
