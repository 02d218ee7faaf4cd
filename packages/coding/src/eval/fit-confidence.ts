/**
 * @module eval/fit-confidence
 * Refitting the confidence model (coder/confidence.ts) on a gold-coded corpus: every suggestion
 * the coder makes (no threshold) is one example, its evidence inputs the features and whether
 * its code, mapped to the gold's edition, is among the document's gold codes the outcome. The
 * weights come from an L2-regularised logistic regression (eval/logistic.ts); the section
 * weights stay a prior (an offset), since CodiEsp reports have no section headers. Refit when a
 * change to the reading changes what a feature means; check the fit on another split by its
 * log-likelihood per suggestion, and choose the threshold on the fitting split only.
 */
import { type CodingKnowledge, codeNoteCandidates } from '../coder/coder.ts';
import {
  type ConfidenceModel,
  confidenceOfRepeated,
  type EvidenceInputs,
  FEATURES,
  type Feature,
  furtherSentences,
  logitOf,
  SECTION_LOGIT,
} from '../coder/confidence.ts';
import type { Profile, Setting } from '../types.ts';
import type { CodiEspDoc } from './codiesp.ts';
import { asGoldCode } from './codiesp.ts';
import { fitLogistic, meanLogLikelihood } from './logistic.ts';
import { microScores, type Scores } from './metrics.ts';

/** One suggestion of the coder, as the model reads it, and whether the gold has its code. */
export interface ConfidenceSample {
  doc: string;
  /** The suggested code as scored (mapped to the gold's edition when a map is given). */
  code: string;
  inputs: EvidenceInputs;
  /** Distinct sentences that say it. */
  sentences: number;
  correct: boolean;
}

const norm = (code: string): string => code.toUpperCase().replace('.', '');

export function collectConfidenceSamples(
  docs: readonly CodiEspDoc[],
  k: CodingKnowledge,
  opts: { profile?: Profile; setting?: Setting; map?: (code: string) => string } = {},
): ConfidenceSample[] {
  const out: ConfidenceSample[] = [];
  for (const d of docs) {
    const gold = new Set(d.codes.map(norm));
    const { candidates } = codeNoteCandidates(d.text, k, {
      setting: opts.setting ?? 'inpatient',
      profile: opts.profile ?? 'mentions',
    });
    for (const c of candidates) {
      const code = opts.map ? asGoldCode(c.suggestion.code, opts.map) : c.suggestion.code;
      out.push({
        doc: d.id,
        code,
        inputs: c.inputs,
        sentences: new Set(c.mentions.map((m) => m.sentence)).size,
        correct: gold.has(norm(code)),
      });
    }
  }
  return out;
}

/** The confidence the model gives a sample, rounded as the coder shows it. */
export const sampleConfidence = (model: ConfidenceModel, s: ConfidenceSample): number =>
  confidenceOfRepeated(logitOf(s.inputs, model), s.sentences, model);

/** Fits the model's weights (not the section prior) on `samples`; chapters seen in them get one each. */
export function fitConfidenceModel(samples: readonly ConfidenceSample[], l2: number): ConfidenceModel {
  const chapters = [...new Set(samples.map((s) => s.inputs.chapter))].sort();
  const x = samples.map((s) => [
    ...FEATURES.map((f) => s.inputs.features[f]),
    furtherSentences(s.sentences),
    ...chapters.map((c) => (s.inputs.chapter === c ? 1 : 0)),
  ]);
  const fit = fitLogistic(
    {
      x,
      y: samples.map((s) => (s.correct ? 1 : 0)),
      offset: samples.map((s) => SECTION_LOGIT[s.inputs.section] ?? 0),
    },
    l2,
  );
  const r2 = (v: number): number => Math.round(v * 100) / 100;
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, r2(fit.weights[i]!)])) as Record<
    Feature,
    number
  >;
  return {
    bias: r2(fit.intercept),
    weights,
    repeated: r2(fit.weights[FEATURES.length]!),
    chapter: Object.fromEntries(chapters.map((c, i) => [c, r2(fit.weights[FEATURES.length + 1 + i]!)])),
  };
}

/** Mean log-likelihood per suggestion of the model's (rounded) confidences. */
export const confidenceLogLikelihood = (
  model: ConfidenceModel,
  samples: readonly ConfidenceSample[],
): number =>
  meanLogLikelihood(
    samples.map((s) => sampleConfidence(model, s)),
    samples.map((s) => (s.correct ? 1 : 0)),
  );

/** Micro scores (full code) of the suggestions the model keeps at `threshold`. */
export function scoresAt(
  model: ConfidenceModel,
  samples: readonly ConfidenceSample[],
  docs: readonly CodiEspDoc[],
  threshold: number,
): Scores {
  const gold = new Map(docs.map((d) => [d.id, d.codes]));
  const predicted = new Map<string, string[]>(docs.map((d) => [d.id, []]));
  for (const s of samples) if (sampleConfidence(model, s) >= threshold) predicted.get(s.doc)?.push(s.code);
  return microScores(gold, predicted, 'full');
}

/**
 * The highest threshold (in hundredths, from `from` to `to`) whose F1 is within `tolerance` of
 * the best F1 over that range: it drops the least-supported suggestions at no cost in F1.
 */
export function chooseThreshold(
  model: ConfidenceModel,
  samples: readonly ConfidenceSample[],
  docs: readonly CodiEspDoc[],
  range: { from: number; to: number; tolerance: number } = { from: 0.2, to: 0.6, tolerance: 0.0005 },
): { threshold: number; scores: Scores; best: number; curve: { threshold: number; scores: Scores }[] } {
  const curve: { threshold: number; scores: Scores }[] = [];
  for (let h = Math.round(range.from * 100); h <= Math.round(range.to * 100); h++)
    curve.push({ threshold: h / 100, scores: scoresAt(model, samples, docs, h / 100) });
  const best = Math.max(...curve.map((c) => c.scores.f1));
  const chosen = curve.filter((c) => c.scores.f1 >= best - range.tolerance).at(-1)!;
  return { ...chosen, best, curve };
}
