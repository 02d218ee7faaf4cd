/**
 * Refitting the confidence model on a hand-made gold-coded corpus, against the real books
 * (MEDCODE_TEST_HOME): each suggestion is one example, right when the gold has its code.
 */
import { describe, expect, it } from 'vitest';
import { installedKnowledge } from '../coder/installed.test-support.ts';
import type { CodiEspDoc } from './codiesp.ts';
import { chooseThreshold, collectConfidenceSamples, fitConfidenceModel, scoresAt } from './fit-confidence.ts';

const k = installedKnowledge();

// Index: "Diabetes, type 2 E11.9"; "Contusion T14.8" (chapter T). The gold agrees with the
// diabetes every time and never with the contusion.
const docs: CodiEspDoc[] = [
  ...[1, 2, 3, 4].map((i) => ({
    id: `d${i}`,
    split: 'train',
    text: 'The patient had type 2 diabetes mellitus and a contusion.',
    codes: ['e11.9'],
  })),
];

describe('refitting the confidence model', () => {
  const samples = collectConfidenceSamples(docs, k);

  it('every suggestion is an example, right when the gold has its code', () => {
    const byCode = new Map(samples.map((s) => [s.code, s.correct]));
    expect(byCode.get('E11.9')).toBe(true);
    expect(byCode.get('T14.8XXA')).toBe(false);
    expect(samples.filter((s) => s.doc === 'd1').length).toBe(byCode.size);
    expect(samples.every((s) => s.sentences === 1)).toBe(true);
  });

  it('the fit trusts the chapter that was right and doubts the one that was not', () => {
    const model = fitConfidenceModel(samples, 0.5);
    expect(model.chapter.E!).toBeGreaterThan(model.chapter.T!);
    // At the threshold it chooses, only the codes the gold has are kept.
    const chosen = chooseThreshold(model, samples, docs);
    expect(chosen.scores.precision).toBe(1);
    expect(scoresAt(model, samples, docs, chosen.threshold).truePositives).toBe(4);
  });

  it('a map to the gold edition is applied before comparing', () => {
    const mapped = collectConfidenceSamples(docs, k, { map: (c) => (c === 'E11.9' ? 'E11.8' : c) });
    expect(mapped.find((s) => s.code === 'E11.8')?.correct).toBe(false);
  });
});
