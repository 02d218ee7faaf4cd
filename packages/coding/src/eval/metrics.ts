/**
 * @module eval/metrics
 * Micro precision, recall and F1 over (document, code) pairs: every pair counts once, pooled
 * over all documents. Also at the 3-character category level and without R codes (symptoms,
 * signs and abnormal findings), as the issue asks.
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  gold: number;
}

export type CodeView = 'full' | 'category' | 'noR';

const view = (code: string, v: CodeView): string | undefined => {
  const c = code.toUpperCase().replace('.', '');
  if (v === 'category') return c.slice(0, 3);
  if (v === 'noR' && c.startsWith('R')) return undefined;
  return c;
};

export function microScores(
  gold: ReadonlyMap<string, readonly string[]>,
  predicted: ReadonlyMap<string, readonly string[]>,
  v: CodeView = 'full',
): Scores {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [doc, goldCodes] of gold) {
    const g = new Set(goldCodes.map((c) => view(c, v)).filter((c): c is string => c !== undefined));
    const p = new Set(
      (predicted.get(doc) ?? []).map((c) => view(c, v)).filter((c): c is string => c !== undefined),
    );
    ng += g.size;
    np += p.size;
    for (const c of p) if (g.has(c)) tp++;
  }
  const precision = np === 0 ? 0 : tp / np;
  const recall = ng === 0 ? 0 : tp / ng;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, predicted: np, gold: ng };
}
