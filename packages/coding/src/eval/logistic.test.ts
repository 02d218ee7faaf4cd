import { describe, expect, it } from 'vitest';
import { fitLogistic, meanLogLikelihood, predictLogistic } from './logistic.ts';

/** A deterministic stream in [0, 1) (a linear congruential generator). */
function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Rows drawn from a known model: intercept -0.5, weights 1.5 (binary) and -0.8 (0..4). */
function sample(n: number, offset = 0): { x: number[][]; y: number[]; offset: number[] } {
  const r = uniform(7);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [r() < 0.5 ? 1 : 0, Math.floor(r() * 5)];
    const z = offset - 0.5 + 1.5 * row[0]! - 0.8 * row[1]!;
    x.push(row);
    y.push(r() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  return { x, y, offset: x.map(() => offset) };
}

describe('L2-regularised logistic regression', () => {
  it('recovers the weights that generated the data', () => {
    const fit = fitLogistic(sample(20_000), 0.5);
    expect(fit.intercept).toBeCloseTo(-0.5, 1);
    expect(fit.weights[0]).toBeCloseTo(1.5, 1);
    expect(fit.weights[1]).toBeCloseTo(-0.8, 1);
    expect(fit.iterations).toBeLessThan(20);
  });

  it('the penalty shrinks the weights, not the intercept', () => {
    const data = sample(500);
    const light = fitLogistic(data, 0.01);
    const heavy = fitLogistic(data, 500);
    expect(Math.abs(heavy.weights[0]!)).toBeLessThan(Math.abs(light.weights[0]!) / 2);
    expect(Math.abs(heavy.weights[1]!)).toBeLessThan(Math.abs(light.weights[1]!) / 2);
  });

  it('an offset is a prior the fit does not move', () => {
    const data = sample(20_000, 2);
    const withOffset = fitLogistic(data, 0.5);
    expect(withOffset.intercept).toBeCloseTo(-0.5, 1);
    const { offset: _, ...without } = data;
    expect(fitLogistic(without, 0.5).intercept).toBeCloseTo(1.5, 1);
  });

  it('the fitted model is more likely than no model', () => {
    const data = sample(2000);
    const fit = fitLogistic(data, 0.5);
    const mean = data.y.reduce((a, b) => a + b, 0) / data.y.length;
    expect(meanLogLikelihood(predictLogistic(fit, data), data.y)).toBeGreaterThan(
      meanLogLikelihood(
        data.y.map(() => mean),
        data.y,
      ),
    );
  });
});
