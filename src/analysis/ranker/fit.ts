/**
 * Fits the conditional-logit ranker: maximise the log-probability of the right candidate(s) per
 * quotation, with an L2 penalty, by full-batch gradient descent with Adam steps. Deterministic: weights
 * start at zero and the examples are visited in a fixed order, so the same data gives the same weights.
 */
import { FEATURE_COUNT } from './features.js';
import { candidateProbabilities } from './model.js';

export interface TrainingExample {
  features: Float64Array;
  candidates: number;
  /** Indices of the candidates that are the true speaker (several predicted characters may map to one). */
  gold: number[];
}

export interface FitOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
}

export function fitRanker(examples: readonly TrainingExample[], options: FitOptions = {}): number[] {
  const epochs = options.epochs ?? 300;
  const lr = options.learningRate ?? 0.05;
  const l2 = options.l2 ?? 1e-3;
  const w = new Array<number>(FEATURE_COUNT).fill(0);
  const m = new Float64Array(FEATURE_COUNT);
  const v = new Float64Array(FEATURE_COUNT);
  const usable = examples.filter((e) => e.gold.length > 0 && e.candidates > 1);
  const n = Math.max(1, usable.length);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const grad = new Float64Array(FEATURE_COUNT);
    for (const e of usable) {
      const p = candidateProbabilities(w, e.features, e.candidates);
      let pg = 0;
      for (const g of e.gold) pg += p[g]!;
      // d(-log sum_{g} p_g)/dw = E_p[x] - E_{p | gold}[x]
      for (let c = 0; c < e.candidates; c++) {
        const isGold = e.gold.includes(c);
        const coef = p[c]! - (isGold ? p[c]! / pg : 0);
        if (coef === 0) continue;
        const base = c * FEATURE_COUNT;
        for (let k = 0; k < FEATURE_COUNT; k++) grad[k] = grad[k]! + coef * e.features[base + k]!;
      }
    }
    for (let k = 0; k < FEATURE_COUNT; k++) {
      const g = grad[k]! / n + l2 * w[k]!;
      m[k] = 0.9 * m[k]! + 0.1 * g;
      v[k] = 0.999 * v[k]! + 0.001 * g * g;
      const mh = m[k]! / (1 - 0.9 ** epoch);
      const vh = v[k]! / (1 - 0.999 ** epoch);
      w[k] = w[k]! - (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}
