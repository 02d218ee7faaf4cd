/**
 * @module api/types
 * What the Medcode service answers, as the workbench reads it. Claim and Finding come from
 * @medcode/domain (types only); the rest mirrors the service's routes (packages/server/src/routes)
 * and the OpenAPI description at /api/openapi.json. Shapes the OpenAPI file leaves open
 * (`z.unknown()`: the coding assistant, code detail, audit entries) were typed from real answers.
 */
import type { CodeSystem, Finding } from '@medcode/domain';
import type { ClaimWire } from './wire.ts';

export type Role = 'coder' | 'biller' | 'auditor' | 'payer-reviewer' | 'admin';

export interface User {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

export interface Session {
  token: string;
  expiresAt: number;
  user: User;
}

export { CLAIM_STATUSES, type ClaimStatus } from '@medcode/domain';
import type { ClaimStatus } from '@medcode/domain';

/** A claim as the service keeps it (GET /api/claims/{id}). */
export interface StoredClaim {
  id: string;
  externalId: string;
  status: ClaimStatus;
  payerId: string | null;
  serviceDate: string | null;
  claim: ClaimWire;
  findings: Finding[];
  assignedTo: string | null;
  priority: number;
  dueAt: number | null;
  /** The provider's note the claim is coded from (PHI). */
  noteText: string | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

export interface ClaimEvent {
  fromStatus: string | null;
  toStatus: string;
  userId: string | null;
  note: string | null;
  at: number;
}

// --- code search and lookup (the encoder) ---------------------------------------------------

export type MatchKind = 'exact' | 'plural' | 'variant' | 'prefix' | 'typo' | 'abbreviation' | 'code';

export interface SearchHit {
  code: string;
  system: CodeSystem;
  description: string;
  billable: boolean;
  score: number;
  /** The term that matched: for `source: 'index'`, the alphabetic index path in words. */
  matched: { source: string; text: string; words: { query: string; word: string; kind: MatchKind }[] };
}

export type { CodeDetail, CodeNote, NoteKind } from '@medcode/domain';

// --- the coding assistant (POST /api/code-note) -----------------------------------------------

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DiagnosisSuggestion {
  code: string;
  description: string;
  confidence: number;
  evidence: Span[];
  indexPath: string;
  source: string;
  tabular: string[];
  guidelines: string[];
  companions: string[];
  section: string;
  context: string[];
}

export interface NotCoded {
  reason: string;
  code?: string;
  evidence: Span;
  detail: string;
  guidelines: string[];
}

export interface ProcedureSuggestion {
  code: string;
  system: 'hcpcs' | 'cpt';
  description: string;
  confidence: number;
  evidence: Span;
  matched: string[];
}

export interface EmResult {
  code: string;
  basis: 'mdm' | 'time';
  mdm: { level: string; problems: string; data: string; risk: string; code: string };
  time?: { minutes: number; code: string };
  facts: {
    status: string;
    statusEvidence?: Span;
    problems: { label: string; kind: string; evidence: Span }[];
  };
  reasoning: string[];
}

export interface CodingResult {
  setting: 'outpatient' | 'inpatient';
  suggestions: DiagnosisSuggestion[];
  notCoded: NotCoded[];
  procedures?: ProcedureSuggestion[];
  em?: EmResult;
  releases: { index: string; tabular: string };
}

// --- checks, queries, audit --------------------------------------------------------------------

export interface ScrubResult {
  findings: Finding[];
  rejected: boolean;
}

export type QueryStatus = 'drafted' | 'sent' | 'answered' | 'expired';

export interface ProviderQuery {
  id: string;
  subjectKind: 'claim' | 'lab-order';
  subjectId: string;
  status: QueryStatus;
  query: { question: string; indicators: string[]; options: string[] | null; to: string | null };
  answer: { text: string; by: string | null; at: number } | null;
  createdAt: number;
  updatedAt: number;
}

export interface QueryDraft {
  subjectKind: 'claim';
  subjectId: string;
  question: string;
  indicators: string[];
  options?: string[];
  to?: string;
}

export interface AuditEntry {
  seq: number;
  at: number;
  userId: string | null;
  action: string;
  entityKind: string;
  entityId: string | null;
  detail: Record<string, unknown>;
}

/** What POST /api/code-note takes besides the note's text (claim/coding-request.ts fills it from a claim). */
export interface CodingRequest {
  setting: 'outpatient' | 'inpatient';
  on?: string;
  sex?: 'M' | 'F';
  age?: number;
}
