/**
 * @module coder/confidence
 * A confidence between 0 and 1 for a suggestion, from what supports it: how many words of the
 * index path the note supplied, whether the tabular step had to fall back on "unspecified",
 * whether the words came from an abbreviation, where in the note it was said, and context that
 * was kept (uncertain inpatient diagnoses). A ranking aid, not a probability.
 */
import type { Completion } from '../tabular/complete.ts';
import type { Mention } from './mentions.ts';

const SECTION_WEIGHT: Partial<Record<Mention['section'], number>> = {
  diagnoses: 0.1,
  assessmentPlan: 0.08,
  impression: 0.08,
  chiefComplaint: 0.04,
  ros: -0.1,
  exam: -0.04,
  results: -0.04,
};

export function confidenceOf(m: Mention, c: Completion): number {
  let p = 0.55 + Math.min(0.25, 0.06 * m.hit.score);
  p += SECTION_WEIGHT[m.section] ?? 0;
  if (c.steps.some((s) => s.includes('does not say more'))) p -= 0.08;
  if (m.hit.path.some((x) => x.startsWith('see'))) p -= 0.03;
  if (m.context.some((x) => x.category === 'uncertain')) p -= 0.15;
  if (m.hit.core.length === 1 && m.span.text.length <= 4) p -= 0.1;
  return Math.max(0.05, Math.min(0.99, Math.round(p * 100) / 100));
}
