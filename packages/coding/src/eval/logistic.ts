/**
 * @module eval/logistic
 * L2-regularised logistic regression, fitted by Newton's method: minimises
 *   −Σ [y log p + (1 − y) log(1 − p)] + (λ / 2) Σ w²,   p = σ(offset + b + w·x),
 * with the intercept b not penalised and a fixed per-row offset (a prior the fit does not
 * move, such as the section weights of coder/confidence.ts). A few dozen columns and some
 * thousand rows: the Hessian is solved directly (Cholesky).
 */

export interface LogisticData {
  /** One row per example, one column per feature. */
  x: readonly (readonly number[])[];
  /** 1 when the example is positive, 0 when not. */
  y: readonly number[];
  /** Added to each row's log-odds and not fitted (0 when absent). */
  offset?: readonly number[];
}

export interface LogisticFit {
  intercept: number;
  weights: number[];
  /** Newton steps taken. */
  iterations: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A·x = b for a symmetric positive-definite A (Cholesky). */
function solveSpd(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) l[i]![i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i]![j] = s / l[j]![j]!;
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * z[k]!;
    z[i] = s / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

/** The mean log-likelihood per example of predicted probabilities `p`. */
export function meanLogLikelihood(p: readonly number[], y: readonly number[]): number {
  if (p.length === 0) return 0;
  let ll = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]!));
    ll += y[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return ll / p.length;
}

export function fitLogistic(data: LogisticData, l2: number, maxIterations = 50): LogisticFit {
  const { x, y } = data;
  const d = x[0]?.length ?? 0;
  const n = d + 1; // the intercept last
  const beta = new Array<number>(n).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const grad = new Array<number>(n).fill(0);
    const hess: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let r = 0; r < x.length; r++) {
      const row = x[r]!;
      let z = (data.offset?.[r] ?? 0) + beta[d]!;
      for (let j = 0; j < d; j++) z += beta[j]! * row[j]!;
      const p = sigmoid(z);
      const e = y[r]! - p;
      const w = p * (1 - p);
      for (let i = 0; i < n; i++) {
        const xi = i === d ? 1 : row[i]!;
        if (xi === 0) continue;
        grad[i] = grad[i]! + e * xi;
        const hi = hess[i]!;
        for (let j = 0; j <= i; j++) {
          const xj = j === d ? 1 : row[j]!;
          if (xj !== 0) hi[j] = hi[j]! + w * xi * xj;
        }
      }
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) hess[j]![i] = hess[i]![j]!;
      if (i < d) {
        grad[i] = grad[i]! - l2 * beta[i]!;
        hess[i]![i] = hess[i]![i]! + l2;
      }
    }
    // The intercept's diagonal could be 0 only with no rows; keep the system solvable.
    hess[d]![d] = hess[d]![d]! + 1e-9;
    const step = solveSpd(hess, grad);
    let largest = 0;
    for (let i = 0; i < n; i++) {
      beta[i] = beta[i]! + step[i]!;
      largest = Math.max(largest, Math.abs(step[i]!));
    }
    if (largest < 1e-8) {
      iterations++;
      break;
    }
  }
  return { intercept: beta[d]!, weights: beta.slice(0, d), iterations };
}

/** The model's probability for each row. */
export function predictLogistic(fit: LogisticFit, data: Omit<LogisticData, 'y'>): number[] {
  return data.x.map((row, r) => {
    let z = (data.offset?.[r] ?? 0) + fit.intercept;
    for (let j = 0; j < row.length; j++) z += fit.weights[j]! * row[j]!;
    return sigmoid(z);
  });
}
