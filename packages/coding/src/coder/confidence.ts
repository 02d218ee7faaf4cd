/**
 * @module coder/confidence
 * A confidence between 0 and 1 for a suggestion: the estimated chance that a second coder
 * gives the same code, from how directly the note's words lead to it. A logistic model over
 * general features of the evidence trail, never over codes or documents:
 *  - how the index was read: subterm depth, "see" hops, the Table of Neoplasms or of Drugs
 *    (a site or substance row picked from the sentence is less sure than a main term);
 *  - words of distance between the matched words;
 *  - the tabular step falling back on "unspecified" (the note did not choose a subdivision);
 *  - a combination code built from a linked condition (I.A.15) — the link may not be meant;
 *  - the chapter: signs and symptoms (R) are named in so many words; factors influencing
 *    health status (Z) are read from words that often describe something else ("transplant");
 *  - context kept (history, an uncertain diagnosis coded inpatient);
 *  - the condition said again elsewhere in the note (`confidenceOfRepeated`);
 *  - where it is said: diagnoses and assessment sections add, review of systems subtracts.
 * The weights were fitted by logistic regression on CodiEsp train (500 reports; whether each
 * suggestion, mapped to the gold's edition, was among the gold codes; L2 0.5), checked on dev
 * (log-likelihood per suggestion); section weights are a prior (CodiEsp reports have no
 * headers). Refit whenever the index reading changes what a feature means: after the Table of
 * Neoplasms lookups were fixed (site rows before "unspecified site", rows that refer on) the
 * neoplasm weight went from -0.59 to -0.11. Thresholds: see README ("Confidence and thresholds").
 */
import type { Completion } from '../tabular/complete.ts';
import type { Mention } from './mentions.ts';

/** Logit weights (CodiEsp train fit; see the module comment). */
const W = {
  bias: 0.67,
  depth2: -0.09,
  depth3: 0.66,
  hop: -0.62,
  neoplasm: -0.11,
  drug: -0.44,
  symptom: 0.43,
  factor: -1.85,
  unspecified: -0.98,
  uncertain: 0.09,
  historical: 0.74,
  gap: -0.41,
  linked: -2.08,
  repeated: 0.6,
} as const;

const SECTION_LOGIT: Partial<Record<Mention['section'], number>> = {
  diagnoses: 0.4,
  assessmentPlan: 0.3,
  impression: 0.3,
  chiefComplaint: 0.15,
  ros: -0.5,
  exam: -0.15,
  results: -0.15,
};

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const round = (p: number): number => Math.max(0.01, Math.min(0.99, Math.round(p * 100) / 100));

/** The log-odds for one mention's code; `confidenceOfRepeated` turns it into a confidence. */
export function evidenceLogit(m: Mention, c: Completion): number {
  const hops = m.hit.path.filter((x) => x.startsWith('see')).length;
  const depth = m.hit.path.length - hops;
  const core = m.hit.core;
  const gaps = core.length > 0 ? Math.max(...core) - Math.min(...core) + 1 - core.length : 0;
  const chapter = c.code[0];
  let z = W.bias;
  if (depth === 2) z += W.depth2;
  else if (depth >= 3) z += W.depth3;
  z += W.hop * Math.min(2, hops);
  if (m.hit.source === 'neoplasm') z += W.neoplasm;
  else if (m.hit.source === 'drug') z += W.drug;
  if (chapter === 'R') z += W.symptom;
  else if (chapter === 'Z') z += W.factor;
  if (c.steps.some((s) => s.includes('does not say more'))) z += W.unspecified;
  if (m.context.some((x) => x.category === 'uncertain')) z += W.uncertain;
  if (m.context.some((x) => x.category === 'historical')) z += W.historical;
  z += W.gap * Math.min(4, gaps);
  if (m.linked.length > 0) z += W.linked;
  z += SECTION_LOGIT[m.section] ?? 0;
  return z;
}

/** Confidence of a code from its best mention's log-odds and how many mentions name it. */
export function confidenceOfRepeated(bestLogit: number, mentions: number): number {
  return round(sigmoid(bestLogit + W.repeated * Math.min(3, Math.max(0, mentions - 1))));
}

/** Confidence of a code said once. */
export const confidenceOf = (m: Mention, c: Completion): number =>
  confidenceOfRepeated(evidenceLogit(m, c), 1);
