/**
 * @module coder/confidence
 * A confidence between 0 and 1 for a suggestion: the estimated chance that a second coder
 * gives the same code, from how directly the note's words lead to it. A logistic model over
 * general features of the evidence trail, never over codes or documents:
 *  - how the index was read: subterm depth, "see" hops, the Table of Neoplasms or of Drugs
 *    (a site or substance row picked from the sentence is less sure than a main term);
 *  - words of distance between the matched words, counting only words that say something (not
 *    numbers, not function words: "smoker of 30 cigarettes" is as direct as "cigarette smoker");
 *  - the tabular step falling back on "unspecified" (the note did not choose a subdivision);
 *  - a combination code built from a linked condition (I.A.15) — the link may not be meant;
 *  - the chapter: signs and symptoms (R) are named in so many words; factors influencing
 *    health status (Z) are read from words that often describe something else ("transplant"),
 *    injuries (S, T) from words that also name what was done ("fracture" of a procedure), and
 *    congenital anomalies (Q) from adjectives of shape; infections (A, B), endocrine (E) and
 *    renal (N) conditions are named by their own terms;
 *  - context kept (history, an uncertain diagnosis coded inpatient);
 *  - the condition said again elsewhere in the note (`confidenceOfRepeated`);
 *  - where it is said: diagnoses and assessment sections add, review of systems subtracts.
 * The weights were fitted by logistic regression on CodiEsp train (500 reports; whether each
 * suggestion, mapped to the gold's edition, was among the gold codes; L2 0.5), checked on dev
 * (log-likelihood per suggestion); section weights are a prior (CodiEsp reports have no
 * headers). Refit whenever the index reading changes what a feature means: after the Table of
 * Neoplasms lookups were fixed (site rows before "unspecified site", rows that refer on) the
 * neoplasm weight went from -0.59 to -0.11; a weight for every chapter (instead of R and Z
 * only) took the dev log-likelihood per suggestion from -0.604 to -0.586.
 * Thresholds: see README ("Confidence and thresholds").
 */
import type { Completion } from '../tabular/complete.ts';
import type { Mention } from './mentions.ts';

/** Logit weights (CodiEsp train fit; see the module comment). */
const W = {
  bias: 0.31,
  depth2: -0.17,
  depth3: 0.62,
  hop: -0.39,
  neoplasm: -0.24,
  drug: -0.7,
  unspecified: -0.89,
  uncertain: 0.07,
  historical: 0.62,
  gap: -0.43,
  linked: -2.4,
  repeated: 0.54,
} as const;

/** Logit by chapter (first character of the code); chapters not listed weigh 0. */
const CHAPTER_LOGIT: Readonly<Record<string, number>> = {
  A: 1.01,
  B: 0.64,
  C: 0.32,
  D: 0.19,
  E: 1.23,
  F: 0.14,
  G: 0.3,
  H: 0.45,
  I: 0.68,
  J: 0.59,
  K: 0.4,
  L: 0.28,
  M: 0.14,
  N: 0.91,
  O: -0.61,
  Q: -0.46,
  R: 0.83,
  S: -0.92,
  T: -0.75,
  Z: -1.17,
};

const SECTION_LOGIT: Partial<Record<Mention['section'], number>> = {
  diagnoses: 0.4,
  assessmentPlan: 0.3,
  impression: 0.3,
  chiefComplaint: 0.15,
  ros: -0.5,
  exam: -0.15,
  results: -0.15,
};

/**
 * The default threshold of `medcode code` and `medcode eval` (README, "Confidence and
 * thresholds"): below it a code is not suggested, so it should not stand in for one that is.
 */
export const SUGGESTED_FROM = 0.37;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const round = (p: number): number => Math.max(0.01, Math.min(0.99, Math.round(p * 100) / 100));

export type Feature = Exclude<keyof typeof W, 'bias' | 'repeated'>;

/**
 * A main term with no code of its own whose "see also" names another main term, read to that
 * term's own code ("Bleeding — see also Hemorrhage" R58; "Hematoma — see also Contusion" T14.8):
 * the index files the condition under its other name, and the note's words are that name as
 * directly as a main term's. Not a hop: no subterm was chosen on the way, and "see also" leaves
 * the coder at a main term (Guidelines I.A.12.b). Measured on CodiEsp (the hop weight lifted from
 * these readings): train F1 0.5318 → 0.5345 and precision kept; dev F1 0.5357 → 0.5379.
 */
const synonymReference = (path: readonly string[]): boolean =>
  path.length === 2 && path[1]!.startsWith('see also ');

/** The evidence features of one mention's code (module comment), as the model weighs them. */
export function evidenceFeatures(m: Mention, c: Completion): Record<Feature, number> {
  const refs = m.hit.path.filter((x) => x.startsWith('see')).length;
  const depth = m.hit.path.length - refs;
  const hops = refs - (synonymReference(m.hit.path) ? 1 : 0);
  const gaps = m.gap;
  return {
    depth2: depth === 2 ? 1 : 0,
    depth3: depth >= 3 ? 1 : 0,
    hop: Math.min(2, hops),
    neoplasm: m.hit.source === 'neoplasm' ? 1 : 0,
    drug: m.hit.source === 'drug' ? 1 : 0,
    // The type or the side not said: fitted apart, they weigh the same.
    unspecified: c.unspecified ? 1 : 0,
    uncertain: m.context.some((x) => x.category === 'uncertain') ? 1 : 0,
    historical: m.context.some((x) => x.category === 'historical') ? 1 : 0,
    gap: Math.min(4, gaps),
    linked: m.linked.length > 0 ? 1 : 0,
  };
}

/** The log-odds for one mention's code; `confidenceOfRepeated` turns it into a confidence. */
export function evidenceLogit(m: Mention, c: Completion): number {
  const f = evidenceFeatures(m, c);
  let z = W.bias + (SECTION_LOGIT[m.section] ?? 0) + (CHAPTER_LOGIT[c.code[0]!] ?? 0);
  for (const k of Object.keys(f) as Feature[]) z += W[k] * f[k];
  return z;
}

/** Confidence of a code from its best mention's log-odds and how many mentions name it. */
export function confidenceOfRepeated(bestLogit: number, mentions: number): number {
  return round(sigmoid(bestLogit + W.repeated * Math.min(3, Math.max(0, mentions - 1))));
}

/** Confidence of a code said once. */
export const confidenceOf = (m: Mention, c: Completion): number =>
  confidenceOfRepeated(evidenceLogit(m, c), 1);
