/**
 * Fits the conditional-logit ranker: maximise the log-probability of the right candidate(s) per
 * quotation, with an L2 penalty, by full-batch gradient descent with Adam steps. Deterministic: weights
 * start at zero and the examples are visited in a fixed order, so the same data gives the same weights.
 */
import { FEATURE_COUNT } from './features.js';

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

/** Non-zero features of each candidate: most are zero, so the fit walks only these. */
interface SparseExample {
  index: Int32Array[];
  value: Float64Array[];
  gold: number[];
}

function sparse(e: TrainingExample): SparseExample {
  const index: Int32Array[] = [];
  const value: Float64Array[] = [];
  for (let c = 0; c < e.candidates; c++) {
    const ks: number[] = [];
    const vs: number[] = [];
    for (let k = 0; k < FEATURE_COUNT; k++) {
      const x = e.features[c * FEATURE_COUNT + k]!;
      if (x !== 0) {
        ks.push(k);
        vs.push(x);
      }
    }
    index.push(Int32Array.from(ks));
    value.push(Float64Array.from(vs));
  }
  return { index, value, gold: e.gold };
}

export function fitRanker(examples: readonly TrainingExample[], options: FitOptions = {}): number[] {
  const epochs = options.epochs ?? 300;
  const lr = options.learningRate ?? 0.05;
  const l2 = options.l2 ?? 1e-3;
  const w = new Float64Array(FEATURE_COUNT);
  const m = new Float64Array(FEATURE_COUNT);
  const v = new Float64Array(FEATURE_COUNT);
  const usable = examples.filter((e) => e.gold.length > 0 && e.candidates > 1).map(sparse);
  const n = Math.max(1, usable.length);
  const grad = new Float64Array(FEATURE_COUNT);
  const p = new Float64Array(64);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    for (const e of usable) {
      const nc = e.index.length;
      let max = -Infinity;
      for (let c = 0; c < nc; c++) {
        const ks = e.index[c]!;
        const vs = e.value[c]!;
        let s = 0;
        for (let j = 0; j < ks.length; j++) s += w[ks[j]!]! * vs[j]!;
        p[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let c = 0; c < nc; c++) {
        p[c] = Math.exp(p[c]! - max);
        z += p[c]!;
      }
      let pg = 0;
      for (let c = 0; c < nc; c++) p[c] = p[c]! / z;
      for (const g of e.gold) pg += p[g]!;
      // d(-log sum_{gold} p)/dw = E_p[x] - E_{p | gold}[x]
      for (let c = 0; c < nc; c++) {
        const coef = p[c]! - (e.gold.includes(c) ? p[c]! / pg : 0);
        if (coef === 0) continue;
        const ks = e.index[c]!;
        const vs = e.value[c]!;
        for (let j = 0; j < ks.length; j++) grad[ks[j]!] = grad[ks[j]!]! + coef * vs[j]!;
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
  return [...w];
}
