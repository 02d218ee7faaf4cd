/**
 * @module adjudicate/types
 * What adjudication takes and gives. A claim goes in with its context (the plan, the members
 * or none for predict mode, the accumulator ledger, the fee and edit tables, the payer's rule
 * pack, the date received, reviewer overrides); a decision comes out per line (paid, adjusted,
 * denied or pended) with its money, its X12 adjustments and remarks, the reasons in words with
 * their evidence, and the audit trail of any reviewer's override.
 */
import type { Adjustment, Cents, ClaimPayment, EvidenceSource, Finding, IsoDate } from '@medcode/domain';
import type { CompiledPack, ScrubTables } from '@medcode/rules';
import type { AccumulatorLedger, Totals } from '../accumulators/ledger.ts';
import type { MemberIndex } from '../members/member-index.ts';
import type { Plan } from '../plan/schema.ts';
import type { FeeSource } from '../pricing/fee-source.ts';
import type { Group, Reason } from '../reasons.ts';

/** A reviewer's decision on one line, applied when the claim is adjudicated (again). */
export interface Override {
  lineNumber: number;
  /** pay: set aside the line's denials and pends; deny: deny it with the reviewer's reason. */
  action: 'pay' | 'deny';
  reviewer: string;
  /** Why, in the reviewer's words (kept in the audit record). */
  reason: string;
  /** When the reviewer decided (ISO date or date-time). */
  at: string;
  /** For `pay` when no schedule prices the line: the allowed amount the reviewer set. */
  allowed?: Cents;
  /** For `deny`: the X12 answer (checked against the installed CARC/RARC lists). */
  denial?: { group: Group; carc: string; rarc?: string[] };
}

export interface AuditRecord {
  kind: 'override';
  at: string;
  reviewer: string;
  claimId: string;
  lineNumber: number;
  action: Override['action'];
  reason: string;
  before: { status: LineStatus; reasons: string[]; paid: Cents };
  after: { status: LineStatus; reasons: string[]; paid: Cents };
}

export interface AdjudicationContext {
  plan: Plan;
  /** Absent: predict mode (the biller's view: every subscriber on the claim is eligible). */
  members?: MemberIndex;
  ledger: AccumulatorLedger;
  fees: FeeSource;
  tables: ScrubTables;
  /** The payer rule pack the scrubber runs with. */
  pack?: CompiledPack;
  /** The date the payer received the claim (timely filing; "today" for the edits). */
  received: IsoDate;
  overrides?: readonly Override[];
  /** Leave the ledger as it is (a what-if run). */
  dryRun?: boolean;
}

export type LineStatus = 'paid' | 'adjusted' | 'denied' | 'pended';

export interface CostShareResult {
  tier: string;
  year: string;
  copay: Cents;
  deductible: Cents;
  coinsurance: Cents;
  /** Set when the out-of-pocket maximum limited the member's share. */
  outOfPocketCapped: boolean;
  /** The prior payer's payment taken into account (coordination of benefits). */
  priorPaid: Cents;
  priorPayerReduction: Cents;
}

export interface PricingResult {
  schedule: 'pfs' | 'clfs' | 'table';
  steps: string[];
  units: number;
  fullFee: Cents;
  fee: Cents;
  evidence: EvidenceSource[];
}

export interface LineResult {
  lineNumber: number;
  procedure?: string;
  modifiers: string[];
  units: number;
  serviceDate: IsoDate;
  status: LineStatus;
  billed: Cents;
  allowed: Cents;
  paid: Cents;
  patientResponsibility: Cents;
  adjustments: Adjustment[];
  remarks: string[];
  /** Why: denials, pends, reductions and cost sharing, in order. */
  reasons: Reason[];
  /** Reasons a reviewer's override set aside. */
  setAside: Reason[];
  benefit?: string;
  tier?: string;
  pricing?: PricingResult;
  costShare?: CostShareResult;
}

export interface AccumulatorChange {
  year: string;
  tier: string;
  before: Totals;
  after: Totals;
  deductibleLimit: Cents;
  outOfPocketLimit?: Cents;
}

export type ClaimStatus = 'processed' | 'denied' | 'pended' | 'voided';

export interface ClaimResult {
  claimId: string;
  /** Claim id + frequency + content hash: the same submission always has the same key. */
  idempotencyKey: string;
  /** The same submission was adjudicated before: the ledger was left as it was. */
  replay: boolean;
  mode: 'predict' | 'members';
  plan: { plan: string; title: string; version?: string };
  memberId: string;
  status: ClaimStatus;
  /** CLP02: 1 processed as primary, 2 as secondary, 3 as tertiary, 4 denied, 22 reversal. */
  claimStatusCode: string;
  billed: Cents;
  allowed: Cents;
  paid: Cents;
  patientResponsibility: Cents;
  /** Claim-level CAS (the claim total differing from its lines). */
  claimAdjustments: Adjustment[];
  lines: LineResult[];
  /** Every finding of the claim edits and the payer pack (denials and warnings alike). */
  findings: Finding[];
  accumulators: AccumulatorChange[];
  audit: AuditRecord[];
  /** The earlier payment this submission reverses (a replacement or void of a paid claim). */
  reversal?: ClaimPayment;
  received: IsoDate;
}
