/**
 * @module claim/query-draft
 * A provider query drafted from a finding, in the shape of a compliant query (AHIMA/ACDIS
 * "Guidelines for Achieving a Compliant Query Practice", 2022 update): it presents the clinical
 * indicators from the record, asks without leading (no diagnosis is proposed as the answer, no
 * mention of payment), and a multiple-choice query offers clinically reasonable options plus
 * "other" and "clinically undetermined". The coder edits every word before it is sent.
 */
import type { Finding } from '@medcode/domain';
import type { QueryDraft } from '../api/types.ts';
import type { ClaimWire } from '../api/wire.ts';
import { showDiagnosis } from '../ui/format.ts';
import { sentenceAround } from './evidence.ts';
import type { SuggestionItem } from './suggestion-model.ts';

const OTHER = 'Other (please specify)';
const UNDETERMINED = 'Clinically undetermined';

interface Topic {
  question: string;
  options?: string[];
}

function lineLabel(claim: ClaimWire, line: number | undefined): string {
  const l = line !== undefined ? claim.lines[line - 1] : undefined;
  return l?.procedure ? `the service on line ${line} (${l.procedure})` : `line ${line ?? '?'}`;
}

/**
 * What a companion note asks for, in clinical words: the tabular note "code to identify stage of
 * chronic kidney disease (N18.1-N18.6)" asks for the stage of chronic kidney disease. Codes are
 * left out: a query asks about the patient, not about the classification.
 */
export function missingDetail(f: Finding): string | undefined {
  for (const e of f.evidence) {
    if (e.kind !== 'table' || !e.row) continue;
    const text = e.row.text;
    if (typeof text !== 'string') continue;
    const words = text
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/^code (?:to identify|for)?\s*/i, '')
      .replace(/[,:;.\s]+$/, '')
      .trim();
    if (words.length > 3) return words;
  }
  return undefined;
}

function topicOf(f: Finding, claim: ClaimWire): Topic {
  const family = f.code.slice(0, 2);
  const dx = f.path.diagnosis !== undefined ? claim.diagnoses[f.path.diagnosis - 1] : undefined;
  const dxLabel = dx ? showDiagnosis(dx.code) : 'the diagnosis';
  if (family === 'NP')
    return {
      question: `Please clarify whether ${lineLabel(claim, f.path.line)} was a separate, distinct service from the other services of the same date (a different session, site, organ system, incision, lesion or injury), based on your clinical judgment and the record.`,
      options: [
        'A separate, distinct service (please document the session, site or reason)',
        'Part of the same service',
      ],
    };
  if (family === 'CC') {
    const what = missingDetail(f);
    return {
      question: what
        ? `Based on your clinical judgment and the record, please clarify the ${what} for the condition documented as ${dxLabel}.`
        : `Based on your clinical judgment and the record, please clarify the documentation of the condition coded ${dxLabel} (for example its type, stage, cause or a related condition).`,
    };
  }
  if (family === 'PT')
    return {
      question: `Please review the patient information and the diagnosis ${dxLabel}, and clarify the documentation as clinically appropriate.`,
    };
  if (family === 'MN')
    return {
      question: `Please document the clinical indications for ${lineLabel(claim, f.path.line)}: the signs, symptoms or conditions for which it was ordered, as supported by the record.`,
    };
  return {
    question: `Please review the following and clarify the documentation as clinically appropriate: ${f.message}`,
  };
}

/**
 * Indicators: the note's sentences that support the codes the finding is about (the evidence
 * of the suggestions for its diagnosis), then the finding itself as the reason for asking.
 */
function indicatorsOf(
  f: Finding,
  claim: ClaimWire,
  note: string,
  suggestions: readonly SuggestionItem[],
): string[] {
  const out: string[] = [];
  const dx = f.path.diagnosis !== undefined ? claim.diagnoses[f.path.diagnosis - 1] : undefined;
  const line = f.path.line !== undefined ? claim.lines[f.path.line - 1] : undefined;
  const related = suggestions.filter(
    (s) =>
      (dx !== undefined && s.code.replace('.', '') === dx.code) ||
      (line?.procedure !== undefined && s.code === line.procedure),
  );
  for (const s of related)
    for (const e of s.evidence) {
      const sentence = sentenceAround(note, e.start, e.end);
      if (sentence && !out.includes(sentence)) out.push(sentence);
    }
  out.push(`Claim check ${f.code}: ${f.message}`);
  return out;
}

export function draftQuery(
  f: Finding,
  ctx: { claimId: string; claim: ClaimWire; note: string; suggestions: readonly SuggestionItem[] },
): QueryDraft {
  const topic = topicOf(f, ctx.claim);
  const rendering = ctx.claim.providers.find((p) => p.role === 'rendering');
  const to = rendering
    ? [rendering.name.first, rendering.name.last].filter((x) => x !== undefined).join(' ')
    : undefined;
  return {
    subjectKind: 'claim',
    subjectId: ctx.claimId,
    question: topic.question,
    indicators: indicatorsOf(f, ctx.claim, ctx.note, ctx.suggestions),
    ...(topic.options ? { options: [...topic.options, OTHER, UNDETERMINED] } : {}),
    ...(to ? { to } : {}),
  };
}
