/**
 * @module coder/confidence
 * A confidence between 0 and 1 for a suggestion, from how directly the note's words lead to it
 * (a ranking aid, not a probability). Features, each general:
 *  - a condition named in so many words by a main term (one hop, no gaps) is surest;
 *  - each "see" hop, and each word of distance between the matched words, costs;
 *  - the tabular step falling back on "unspecified" costs a little;
 *  - where it is said: diagnoses and assessment sections add, review of systems subtracts;
 *  - context kept (an uncertain diagnosis coded inpatient) subtracts.
 * The weights were set by looking at which features go with codes a second coder also gave
 * (CodiEsp train split), not at any single document.
 */
import type { Completion } from '../tabular/complete.ts';
import type { Mention } from './mentions.ts';

const SECTION_WEIGHT: Partial<Record<Mention['section'], number>> = {
  diagnoses: 0.08,
  assessmentPlan: 0.06,
  impression: 0.06,
  chiefComplaint: 0.03,
  ros: -0.1,
  exam: -0.03,
  results: -0.03,
};

export function confidenceOf(m: Mention, c: Completion): number {
  const hops = m.hit.path.filter((x) => x.startsWith('see')).length;
  const core = m.hit.core;
  const gaps = core.length > 0 ? Math.max(...core) - Math.min(...core) + 1 - core.length : 0;
  let p = 0.72;
  if (m.hit.path.length === 1) p += 0.08;
  p -= 0.1 * Math.min(2, hops);
  p -= 0.04 * Math.min(5, gaps);
  p -= 0.02 * Math.max(0, m.hit.path.length - 3);
  p += SECTION_WEIGHT[m.section] ?? 0;
  if (c.steps.some((s) => s.includes('does not say more'))) p -= 0.05;
  if (m.context.some((x) => x.category === 'uncertain')) p -= 0.12;
  if (m.linked.length > 0) p += 0.03;
  return Math.max(0.05, Math.min(0.99, Math.round(p * 100) / 100));
}
