/**
 * The ranker's model: one weight per feature; a candidate's score is the dot product of its features
 * with the weights, and the probabilities over a quotation's candidates are the softmax of the scores
 * (a conditional logit). Training lives in fit.ts; the committed weights in weights.json.
 */
import { FEATURE_COUNT, FEATURE_NAMES } from './features.js';

export interface RankerWeights {
  /** Feature names in the order of `weights`; must equal FEATURE_NAMES. */
  features: string[];
  weights: number[];
  /** False: the sieve's answers are used unchanged (the model did not help under cross-validation). */
  enabled: boolean;
  /** Above this probability the model may overrule an explicit, high-confidence sieve decision. */
  overrideExplicit: number;
  /** Ranking passes; from the second on, turn-order features read the previous pass's speakers. */
  passes?: number;
  /** How the weights were made (for the reader of weights.json). */
  trainedOn: string;
}

/** Checks a weights object against the feature list this build extracts. */
export function validateWeights(w: RankerWeights): RankerWeights {
  if (w.features.length !== FEATURE_COUNT || w.features.some((n, i) => n !== FEATURE_NAMES[i]))
    throw new Error(
      'speaker ranker: weights.json does not match the feature list (retrain with `npm run train:speakers`)',
    );
  if (w.weights.length !== FEATURE_COUNT || w.weights.some((x) => !Number.isFinite(x)))
    throw new Error('speaker ranker: weights.json holds a wrong number of weights or a non-number');
  return w;
}

/** Softmax probabilities of each candidate (features row-major, FEATURE_COUNT per candidate). */
export function candidateProbabilities(
  weights: readonly number[],
  features: Float64Array,
  n: number,
): number[] {
  const scores: number[] = [];
  let max = -Infinity;
  for (let c = 0; c < n; c++) {
    let s = 0;
    const base = c * FEATURE_COUNT;
    for (let k = 0; k < FEATURE_COUNT; k++) s += weights[k]! * features[base + k]!;
    scores.push(s);
    if (s > max) max = s;
  }
  let z = 0;
  for (let c = 0; c < n; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    z += scores[c]!;
  }
  return scores.map((s) => s / z);
}
