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
 *  - a combination code built from a linked condition (I.A.15) — the link may not be meant
 *    (the corpus codes the parts apart; the claim profile applies the guidelines' presumption
 *    and does not weigh it, coder/coder.ts);
 *  - the chapter: signs and symptoms (R) are named in so many words; factors influencing
 *    health status (Z) are read from words that often describe something else ("transplant"),
 *    injuries (S, T) from words that also name what was done ("fracture" of a procedure), and
 *    congenital anomalies (Q) from adjectives of shape; infections (A, B), endocrine (E) and
 *    renal (N) conditions are named by their own terms;
 *  - context kept (history, an uncertain diagnosis coded inpatient);
 *  - the condition said again elsewhere in the note (`confidenceOfRepeated`);
 *  - where it is said: diagnoses and assessment sections add, review of systems subtracts.
 * The weights are fitted by `medcode eval codiesp --fit-confidence` (eval/fit-confidence.ts):
 * an L2-regularised logistic regression (L2 0.5, intercept free) on CodiEsp train (500 reports;
 * each suggestion of the coder, mapped to the gold's edition, and whether the gold has it),
 * checked on dev by the log-likelihood per suggestion; section weights are a prior, an offset
 * the fit does not move (CodiEsp reports have no headers). Refit whenever the reading changes
 * what a feature means. History: after the Table of Neoplasms lookups were fixed the neoplasm
 * weight went from -0.59 to -0.11; a weight for every chapter (instead of R and Z only) took the
 * dev log-likelihood from -0.604 to -0.586. The last refit (after the readings of see-also
 * synonyms, repeated main terms and long-term drug therapy) took train from -0.5639 to -0.5592
 * and left dev at -0.576 (-0.5752 → -0.5763); the Table of Neoplasms (-0.24 → -0.51) and words
 * between the matched ones (-0.43 → -0.64 each) weigh more. A feature of its own for long-term
 * drug therapy (the index path "Long-term", lexicon/drug-therapy.ts) was tried and left out:
 * +0.44 over the Z chapter, with no gain in train log-likelihood and a loss on dev. A side
 * ("fracture of the right radius") stopped counting as a word between (coder/mentions.ts): the
 * shipped weights' dev log-likelihood went from -0.5777 to -0.5765 (train -0.5606 → -0.5605); a
 * refit then was worse on dev (-0.5772) and was not taken.
 * Thresholds: see README ("Confidence and thresholds").
 */
import type { SectionKind } from '../text/section-headers.ts';
import type { Completion } from '../tabular/complete.ts';
import type { Mention } from './mentions.ts';

/** The evidence features of one mention's code (module comment). */
export const FEATURES = [
  'depth2',
  'depth3',
  'hop',
  'neoplasm',
  'drug',
  'unspecified',
  'uncertain',
  'historical',
  'gap',
  'linked',
] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * A logistic model of the evidence: a weight for each feature, for each further sentence that
 * says the condition again (up to 3), and for the code's chapter (chapters not listed weigh 0).
 */
export interface ConfidenceModel {
  bias: number;
  weights: Record<Feature, number>;
  repeated: number;
  chapter: Readonly<Record<string, number>>;
}

/** Logit weights (CodiEsp train fit; see the module comment). */
export const CONFIDENCE_MODEL: ConfidenceModel = {
  bias: 0.47,
  weights: {
    depth2: -0.14,
    depth3: 0.58,
    hop: -0.47,
    neoplasm: -0.51,
    drug: -0.65,
    unspecified: -0.91,
    uncertain: 0.13,
    historical: 0.61,
    gap: -0.64,
    linked: -2.65,
  },
  repeated: 0.55,
  chapter: {
    A: 0.79,
    B: 0.56,
    C: 0.6,
    D: 0.12,
    E: 1.02,
    F: -0.1,
    G: 0.3,
    H: 0.25,
    I: 0.56,
    J: 0.42,
    K: 0.31,
    L: 0.17,
    M: 0.04,
    N: 0.71,
    O: -0.87,
    P: -1.67,
    Q: -0.74,
    R: 0.65,
    S: -1.13,
    T: -0.89,
    Z: -1.11,
  },
};

/** A prior, not fitted: CodiEsp reports have no section headers. */
export const SECTION_LOGIT: Readonly<Partial<Record<SectionKind, number>>> = {
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
 * The highest threshold that keeps CodiEsp train's F1 at its best (within 0.0005; train only,
 * `--fit-confidence`): train F1 is flat from 0.25 (0.5424) to 0.28 (0.5421), then falls (0.5396
 * at 0.37). A calibrated model's F1 is best near half the F1 it reaches, which is where this is.
 */
export const SUGGESTED_FROM = 0.28;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
/** Confidences are shown to two decimals, never 0 or 1. */
export const roundConfidence = (p: number): number =>
  Math.max(0.01, Math.min(0.99, Math.round(p * 100) / 100));

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

/** What the model reads of one mention's code: its features, the chapter and the section. */
export interface EvidenceInputs {
  features: Record<Feature, number>;
  /** The first character of the code the evidence led to. */
  chapter: string;
  section: SectionKind;
}

export const evidenceInputs = (m: Mention, c: Completion): EvidenceInputs => ({
  features: evidenceFeatures(m, c),
  chapter: c.code[0]!,
  section: m.section,
});

/** The log-odds of one mention's code; `confidenceOfRepeated` turns it into a confidence. */
export function logitOf(x: EvidenceInputs, model: ConfidenceModel = CONFIDENCE_MODEL): number {
  let z = model.bias + (SECTION_LOGIT[x.section] ?? 0) + (model.chapter[x.chapter] ?? 0);
  for (const k of FEATURES) z += model.weights[k] * x.features[k];
  return z;
}

/** The sentences beyond the first that say the condition, as the model counts them. */
export const furtherSentences = (sentences: number): number => Math.min(3, Math.max(0, sentences - 1));

/** Confidence of a code from its best mention's log-odds and how many sentences name it. */
export function confidenceOfRepeated(
  bestLogit: number,
  sentences: number,
  model: ConfidenceModel = CONFIDENCE_MODEL,
): number {
  return roundConfidence(sigmoid(bestLogit + model.repeated * furtherSentences(sentences)));
}

/** The log-odds for one mention's code under the shipped model. */
export const evidenceLogit = (m: Mention, c: Completion): number => logitOf(evidenceInputs(m, c));
