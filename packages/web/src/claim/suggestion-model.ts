/**
 * @module claim/suggestion-model
 * The coding assistant's answer (POST /api/code-note) as the list a coder works through: each
 * suggested diagnosis, procedure and E/M level with its evidence, whether the claim already
 * has it, and what the coder decided. Accepting puts the code on the claim; rejecting takes it
 * off (or keeps it off); changing puts another code in its place.
 */
import type { CodingResult, Span } from '../api/types.ts';
import type { ClaimWire } from '../api/wire.ts';
import { codeKey } from '../ui/format.ts';
import {
  addDiagnosis,
  addLine,
  editLine,
  emLineIndex,
  hasDiagnosis,
  hasProcedure,
  removeDiagnosis,
} from './claim-edit.ts';

export type Decision = { kind: 'accepted' } | { kind: 'rejected' } | { kind: 'changed'; to: string };

export interface SuggestionItem {
  /** Stable within one answer: "dx:E11.22", "px:J3301", "em:99212". */
  key: string;
  kind: 'diagnosis' | 'procedure' | 'em';
  code: string;
  description: string;
  confidence: number;
  evidence: Span[];
  /** How the alphabetic index led to the code (diagnoses). */
  indexPath?: string;
  /** Companion instructions, guideline sections, tabular steps, E/M reasoning. */
  details: string[];
  guidelines: string[];
}

export function suggestionItems(r: CodingResult): SuggestionItem[] {
  const out: SuggestionItem[] = r.suggestions.map((s) => ({
    key: `dx:${s.code}`,
    kind: 'diagnosis',
    code: s.code,
    description: s.description,
    confidence: s.confidence,
    evidence: s.evidence,
    indexPath: s.indexPath,
    details: [...s.companions, ...s.tabular],
    guidelines: s.guidelines,
  }));
  for (const p of r.procedures ?? [])
    out.push({
      key: `px:${p.code}`,
      kind: 'procedure',
      code: p.code,
      description: p.description,
      confidence: p.confidence,
      evidence: [p.evidence],
      details: p.matched.length > 0 ? [`words matched: ${p.matched.join(', ')}`] : [],
      guidelines: [],
    });
  if (r.em) {
    const ev = r.em.facts.problems.map((p) => p.evidence);
    out.push({
      key: `em:${r.em.code}`,
      kind: 'em',
      code: r.em.code,
      description: `Office visit level by ${r.em.basis === 'mdm' ? `medical decision making (${r.em.mdm.level})` : 'time'}`,
      confidence: 0.5,
      evidence: r.em.facts.statusEvidence ? [r.em.facts.statusEvidence, ...ev] : ev,
      details: r.em.reasoning,
      guidelines: ['CPT E/M 2021: two of three MDM elements'],
    });
  }
  return out;
}

/** Whether the claim as it stands carries the suggested code. */
export function onClaim(claim: ClaimWire, s: SuggestionItem): boolean {
  return s.kind === 'diagnosis' ? hasDiagnosis(claim, s.code) : hasProcedure(claim, s.code);
}

/** Accepting a suggestion: the claim with the code on it. */
export function accept(claim: ClaimWire, s: SuggestionItem): ClaimWire {
  if (onClaim(claim, s)) return claim;
  if (s.kind === 'diagnosis') return addDiagnosis(claim, s.code);
  if (s.kind === 'em') {
    // The suggested visit level replaces the level billed on the E/M line.
    const i = emLineIndex(claim);
    if (i >= 0) return editLine(claim, i, { field: 'procedure', value: s.code });
  }
  return addLine(claim, s.code);
}

/** Rejecting a suggestion: the claim without the code (a diagnosis comes off; lines stay). */
export function reject(claim: ClaimWire, s: SuggestionItem): ClaimWire {
  if (s.kind !== 'diagnosis' || !hasDiagnosis(claim, s.code)) return claim;
  const k = codeKey(s.code);
  return removeDiagnosis(
    claim,
    claim.diagnoses.findIndex((d) => codeKey(d.code) === k),
  );
}

/** Changing a suggestion: the suggested code off, the chosen one on, in the same place. */
export function change(claim: ClaimWire, s: SuggestionItem, to: string): ClaimWire {
  if (s.kind === 'diagnosis') {
    const k = codeKey(s.code);
    const i = claim.diagnoses.findIndex((d) => codeKey(d.code) === k);
    if (i >= 0 && !hasDiagnosis(claim, to)) {
      const next = structuredClone(claim);
      next.diagnoses[i]!.code = codeKey(to);
      return next;
    }
    return addDiagnosis(claim, to);
  }
  return accept(claim, { ...s, code: to });
}

/** What the list shows as the state of a suggestion. */
export function stateOf(
  claim: ClaimWire,
  s: SuggestionItem,
  d: Decision | undefined,
): 'accepted' | 'rejected' | 'changed' | 'on claim' | 'open' {
  if (d) return d.kind;
  return onClaim(claim, s) ? 'on claim' : 'open';
}
