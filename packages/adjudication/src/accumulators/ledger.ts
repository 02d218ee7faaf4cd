/**
 * @module accumulators/ledger
 * Accumulators per member, plan, plan year and network tier (deductible met, out-of-pocket
 * met), and the services each claim used (for frequency limits), kept as one entry per claim.
 * Totals are sums over entries, so recording a claim again replaces its entry instead of adding
 * to it: adjudicating the same claim twice changes the accumulators once, a replacement claim
 * (frequency 7) takes the place of the original, and a void (8) removes it. The ledger is plain
 * data in and out (`snapshot`), so the service can persist it wherever it keeps state.
 */
import type { Cents, ClaimPayment, IsoDate } from '@medcode/domain';

export interface ServiceUse {
  procedure: string;
  date: IsoDate;
  units: number;
  claimId: string;
  lineNumber: number;
}

export interface AccumulatorDelta {
  /** The plan year's first day ("2026-01-01"). */
  year: string;
  tier: string;
  deductible: Cents;
  outOfPocket: Cents;
}

export interface LedgerEntry {
  /** The claim's identity across submissions: billing provider NPI and CLM01. */
  claimRef: string;
  /** Claim id + frequency + content hash of the submission that wrote the entry. */
  idempotencyKey: string;
  memberId: string;
  plan: string;
  deltas: AccumulatorDelta[];
  services: ServiceUse[];
  /** The remittance the submission produced, so a later replacement or void can reverse it. */
  payment?: ClaimPayment;
}

export interface LedgerSnapshot {
  format: 'medcode-accumulators';
  version: 1;
  entries: LedgerEntry[];
}

export interface Totals {
  deductible: Cents;
  outOfPocket: Cents;
}

export class AccumulatorLedger {
  readonly #byMember = new Map<string, Map<string, LedgerEntry>>();

  constructor(snapshot?: LedgerSnapshot) {
    for (const e of snapshot?.entries ?? []) this.record(e);
  }

  #member(memberId: string): Map<string, LedgerEntry> {
    let m = this.#byMember.get(memberId);
    if (!m) {
      m = new Map();
      this.#byMember.set(memberId, m);
    }
    return m;
  }

  /** What the member has met in a plan year and tier, leaving out one claim's own entry when asked. */
  totals(memberId: string, plan: string, year: string, tier: string, excluding?: string): Totals {
    let deductible = 0;
    let outOfPocket = 0;
    for (const e of this.#byMember.get(memberId)?.values() ?? []) {
      if (e.plan !== plan || e.claimRef === excluding) continue;
      for (const d of e.deltas)
        if (d.year === year && d.tier === tier) {
          deductible += d.deductible;
          outOfPocket += d.outOfPocket;
        }
    }
    return { deductible: deductible as Cents, outOfPocket: outOfPocket as Cents };
  }

  /** Services the member had under the plan, oldest first, leaving out one claim's own. */
  services(memberId: string, plan: string, excluding?: string): ServiceUse[] {
    const out: ServiceUse[] = [];
    for (const e of this.#byMember.get(memberId)?.values() ?? [])
      if (e.plan === plan && e.claimRef !== excluding) out.push(...e.services);
    return out.sort((a, b) => a.date.localeCompare(b.date));
  }

  entry(memberId: string, claimRef: string): LedgerEntry | undefined {
    return this.#byMember.get(memberId)?.get(claimRef);
  }

  /** Records a claim's entry, replacing the one it had; says whether anything changed. */
  record(entry: LedgerEntry): boolean {
    const m = this.#member(entry.memberId);
    const before = m.get(entry.claimRef);
    m.set(entry.claimRef, entry);
    return before === undefined || JSON.stringify(before) !== JSON.stringify(entry);
  }

  /** Removes a claim's entry (a void); says whether there was one. */
  remove(memberId: string, claimRef: string): boolean {
    return this.#byMember.get(memberId)?.delete(claimRef) ?? false;
  }

  snapshot(): LedgerSnapshot {
    const entries: LedgerEntry[] = [];
    for (const m of this.#byMember.values()) entries.push(...m.values());
    return { format: 'medcode-accumulators', version: 1, entries };
  }
}
