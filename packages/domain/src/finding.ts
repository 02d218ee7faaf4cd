/**
 * @module finding
 * A claim problem is a value. Edits, denials, coding warnings and lab-order findings all take
 * this one shape, so every consumer (CLI, API, workbench, 277CA, 835) reads them the same way.
 */

export type Severity = 'reject' | 'deny' | 'warn' | 'info';

/** Where in the claim: the claim, a line, a diagnosis, a field. */
export interface ClaimPath {
  claimId: string;
  line?: number; // 1-based LX
  diagnosis?: number; // 1-based position in Claim.diagnoses
  field?: string; // model field name, e.g. "modifiers", "units", "patient.birthDate"
}

export type EvidenceSource =
  | { kind: 'table'; table: string; release?: string; row?: Record<string, string | number | null> }
  | { kind: 'guideline'; document: string; section: string; text?: string }
  | { kind: 'policy'; document: string; section?: string; url?: string }
  | { kind: 'payerPack'; pack: string; version: string; rule: string }
  | { kind: 'fact'; name: string; value: unknown };

export interface SuggestedFix {
  description: string;
  /** Machine-applicable change, when one exists: a JSON-Pointer-like path into the claim and the new value. */
  patch?: { op: 'replace' | 'add' | 'remove'; path: string; value?: unknown }[];
}

export interface Finding {
  /** Stable code from a registry: never renumbered, never reused. */
  code: string;
  severity: Severity;
  message: string;
  path: ClaimPath;
  evidence: EvidenceSource[];
  /** What a payer would likely return: CARC group/reason and RARC remarks. */
  carc?: { group: 'CO' | 'PR' | 'OA' | 'PI'; reason: string };
  rarc?: string[];
  fix?: SuggestedFix;
}
