/**
 * Logistic regression, small and deterministic: the calibrated score behind `match`. Fitted by
 * batch gradient descent with an L2 penalty (not on the bias), from zero weights, so the same data
 * always gives the same weights.
 */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < weights.length; i++) z += weights[i]! * (x[i] ?? 0);
  return sigmoid(z);
}

export interface FitOptions {
  /** L2 penalty per weight (bias excluded), in units of the mean loss. */
  l2: number;
  iterations: number;
  rate: number;
  /** Weight of positive samples relative to negatives (few positives per article, many stories). */
  positiveWeight: number;
}

/**
 * `start` and `trainable` fit some weights with the others held: the other-language offset is fitted
 * on other-language articles with the English weights as they are.
 */
export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[], opts: FitOptions, start?: readonly number[], trainable?: readonly number[]): number[] {
  const d = xs[0]?.length ?? start?.length ?? 0;
  const w = start ? [...start] : new Array<number>(d).fill(0);
  const free = new Set(trainable ?? w.map((_, i) => i));
  const n = xs.length;
  if (n === 0) return w;
  for (let it = 0; it < opts.iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      const sw = y === 1 ? opts.positiveWeight : 1;
      const err = (predict(w, x) - y) * sw;
      for (let j = 0; j < d; j++) grad[j]! += err * x[j]!;
      total += sw;
    }
    for (let j = 0; j < d; j++) {
      if (!free.has(j)) continue;
      const reg = j === 0 ? 0 : opts.l2 * w[j]!;
      w[j]! -= opts.rate * (grad[j]! / total + reg);
    }
  }
  return w;
}
