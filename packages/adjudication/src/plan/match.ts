/**
 * @module plan/match
 * Which parts of a plan version a service line meets: its benefit category, an exclusion, a
 * prior authorization rule, limits, review rules, and the network tier of its provider. Code
 * lists compile once per list (kept in a WeakMap keyed by the list the plan holds).
 */
import { type Claim, findProvider, type ServiceLine } from '@medcode/domain';
import { CodeList } from '@medcode/rules';
import type {
  Benefit,
  Exclusion,
  Limit,
  NetworkTier,
  PlanVersion,
  PriorAuthRule,
  ReviewRule,
} from './schema.ts';

const lists = new WeakMap<readonly string[], CodeList>();

export function codeList(source: readonly string[]): CodeList {
  let l = lists.get(source);
  if (!l) {
    l = new CodeList(source);
    lists.set(source, l);
  }
  return l;
}

const inList = (source: readonly string[] | undefined, code: string | undefined): boolean =>
  source !== undefined && code !== undefined && codeList(source).has(code);

/** The line's place of service: its own (SV105), else the claim's (CLM05-1). */
export const linePos = (claim: Claim, line: ServiceLine): string | undefined =>
  line.placeOfService ?? claim.placeOfService;

/** "13X" matches type of bill 131 and 137; the claim's TOB is stored without the leading zero. */
function tobMatches(pattern: string, tob: string): boolean {
  if (pattern.length > tob.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== 'X' && pattern[i] !== tob[i]) return false;
  return true;
}

/** The diagnoses a line points to (SV107), or all of the claim's when it has no pointers (837I). */
export function lineDiagnoses(claim: Claim, line: ServiceLine): string[] {
  if (line.diagnosisPointers.length === 0) return claim.diagnoses.map((d) => d.code);
  return line.diagnosisPointers.flatMap((p) => {
    const d = claim.diagnoses[p - 1];
    return d ? [d.code] : [];
  });
}

/**
 * The first benefit category whose codes, place of service and type of bill the line meets;
 * `onClfs` answers whether the clinical lab fee schedule lists a code on a date.
 */
export function benefitFor(
  v: PlanVersion,
  claim: Claim,
  line: ServiceLine,
  onClfs: (code: string, on: string) => boolean = () => false,
): Benefit | undefined {
  const pos = linePos(claim, line);
  for (const b of v.benefits) {
    if (b.clfsOnly && (line.procedure === undefined || !onClfs(line.procedure, line.serviceDate))) continue;
    const byCode =
      (b.procedures === undefined && b.revenueCodes === undefined) ||
      inList(b.procedures, line.procedure) ||
      inList(b.revenueCodes, line.revenueCode);
    if (!byCode) continue;
    if (b.placesOfService && (pos === undefined || !b.placesOfService.includes(pos))) continue;
    if (b.typesOfBill) {
      const tob = claim.typeOfBill;
      if (tob === undefined || !b.typesOfBill.some((p) => tobMatches(p, tob))) continue;
    }
    return b;
  }
  return undefined;
}

export function exclusionFor(v: PlanVersion, claim: Claim, line: ServiceLine): Exclusion | undefined {
  for (const e of v.exclusions) {
    if (!inList(e.procedures, line.procedure)) continue;
    if (e.unlessModifiers?.some((m) => (line.modifiers as readonly string[]).includes(m))) continue;
    if (e.diagnoses && !lineDiagnoses(claim, line).some((d) => codeList(e.diagnoses!).has(d))) continue;
    return e;
  }
  return undefined;
}

export const priorAuthFor = (v: PlanVersion, line: ServiceLine): PriorAuthRule | undefined =>
  v.priorAuthorization.find((p) => inList(p.procedures, line.procedure));

export const limitsFor = (v: PlanVersion, line: ServiceLine): Limit[] =>
  v.limits.filter((l) => inList(l.procedures, line.procedure));

export const reviewFor = (v: PlanVersion, line: ServiceLine): ReviewRule | undefined =>
  v.review.find((r) => inList(r.procedures, line.procedure));

/** The provider whose network status counts: the line's rendering provider, the claim's, else the billing one. */
export function networkNpi(claim: Claim, line: ServiceLine): string | undefined {
  return (
    line.providers.find((p) => p.role === 'rendering')?.npi ??
    findProvider(claim, 'rendering')?.npi ??
    findProvider(claim, 'billing')?.npi
  );
}

/** The tier listing the provider, else the tier that takes every provider. */
export function tierFor(v: PlanVersion, npi: string | undefined): NetworkTier | undefined {
  if (npi !== undefined) {
    const listed = v.networks.find((n) => n.providers !== 'all' && n.providers.includes(npi));
    if (listed) return listed;
  }
  return v.networks.find((n) => n.providers === 'all');
}
