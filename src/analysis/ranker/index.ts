/**
 * Speaker reranking: the rule sieve (speakers/) answers first; a small learned model then scores
 * every plausible speaker of each quotation (features.ts) and picks the likeliest. An explicit,
 * high-confidence sieve decision ("said Elizabeth") stands unless the model is very sure otherwise.
 * The weights are trained by `npm run train:speakers` (eval/train-speaker-ranker.ts) on PDNC.
 */
import { type Attribution, attributeSpeakers, type SpeakerContext } from '../speakers/index.js';
import { candidateType } from './candidate-type.js';
import committedDecoder from './decoder.json' with { type: 'json' };
import { extractCandidates, FEATURE_NAMES, type QuoteCandidates } from './features.js';
import { candidateProbabilities, type RankerWeights, validateWeights } from './model.js';
import { type DecoderConfig, decodeSequences, type Ranked } from './sequence.js';
import { PRONOUN_TAG_RULES, SURE_EXPLICIT_RULES } from './sieve-rules.js';
import committed from './weights.json' with { type: 'json' };

export type { DecoderConfig, Ranked, RankerWeights };
export { FEATURE_NAMES };

/**
 * The committed weights. A file that does not match this build's features (a feature added without
 * retraining) turns the ranker off rather than breaking every analysis; test/analysis/ranker.test.ts
 * fails on it.
 */
export const DEFAULT_WEIGHTS: RankerWeights = loadCommitted();

function loadCommitted(): RankerWeights {
  try {
    return validateWeights(committed as RankerWeights);
  } catch {
    return { ...(committed as RankerWeights), enabled: false };
  }
}

/** A later pass reads a first-pass speaker of a neighbouring turn only at this probability or above. */
const NEIGHBOUR_CONFIDENCE = 0.6;

export function rerankSpeakers(
  ctx: SpeakerContext,
  sieve: readonly Attribution[],
  model: RankerWeights = DEFAULT_WEIGHTS,
): Attribution[] {
  return rankWithCandidates(ctx, sieve, model).attributions;
}

/** The ranker's passes, with the last pass's candidates and probabilities. */
export function rankWithCandidates(
  ctx: SpeakerContext,
  sieve: readonly Attribution[],
  model: RankerWeights = DEFAULT_WEIGHTS,
): Ranked {
  let candidates = extractCandidates(ctx, sieve);
  let out = rankOnce(sieve, candidates, model, ctx.genderOf);
  for (let pass = 1; pass < (model.passes ?? 1); pass++) {
    const prev = out.attributions;
    candidates = extractCandidates(
      ctx,
      sieve,
      // Only answers the first pass is fairly sure of; a coin-toss answer would mislead its neighbours.
      prev.map((a, qi) => (a.confidence >= NEIGHBOUR_CONFIDENCE ? a.speaker : sieve[qi]!.speaker)),
    );
    out = rankOnce(sieve, candidates, model, ctx.genderOf);
  }
  return { ...out, candidates };
}

/** One ranking pass: the likeliest candidate per quotation, keeping sure explicit sieve decisions. */
function rankOnce(
  sieve: readonly Attribution[],
  all: readonly QuoteCandidates[],
  model: RankerWeights,
  genderOf: SpeakerContext['genderOf'],
): { attributions: Attribution[]; probabilities: number[][] } {
  const probabilities: number[][] = [];
  const attributions = sieve.map((a, qi) => {
    const qc = all[qi]!;
    const n = qc.candidates.length;
    probabilities.push([]);
    if (n === 0) return a;
    let p = candidateProbabilities(model.weights, qc.features, n);
    // After "he said", only a man (or someone of unknown gender) can be the speaker.
    const gender = PRONOUN_TAG_RULES.has(a.rule) && a.speaker ? genderOf(a.speaker) : 'unknown';
    const allowed = (c: number): boolean => {
      if (gender === 'unknown') return true;
      const g = genderOf(qc.candidates[c]!);
      return g === gender || g === 'unknown';
    };
    if (gender !== 'unknown') {
      const kept = p.map((x, c) => (allowed(c) ? x : 0));
      const sum = kept.reduce((x, y) => x + y, 0);
      // the probabilities the sequence decoder reads too: it must not bring the other gender back
      if (sum > 0) p = kept.map((x) => x / sum);
    }
    probabilities[qi] = p;
    let best = 0;
    for (let c = 1; c < n; c++) if (p[c]! > p[best]!) best = c;
    const sieveIdx = a.speaker ? qc.candidates.indexOf(a.speaker) : -1;
    const sure = SURE_EXPLICIT_RULES.has(a.rule);
    // A sure speech tag the model leaves standing keeps the sieve's confidence (its measured precision);
    // everything the model decides carries the model's probability.
    if (sieveIdx >= 0 && (best === sieveIdx || (sure && p[best]! < model.overrideExplicit)))
      return sure ? a : { ...a, confidence: p[sieveIdx]! };
    const speaker = qc.candidates[best]!;
    return {
      speaker,
      type: candidateType(qc, best),
      confidence: p[best]!,
      addressees: a.addressees.filter((x) => x !== speaker),
      rule: 'ranker',
    };
  });
  return { attributions, probabilities };
}

type SieveObserver = (ctx: SpeakerContext, sieve: readonly Attribution[]) => void;
let observer: SieveObserver | null = null;
let rerank = true;

/** The committed sequence decoder (decoder.json, written by `npm run train:speakers`). */
export const DEFAULT_DECODER: DecoderConfig = committedDecoder as DecoderConfig;

/** What analyzeBook calls: the sieve, then the ranker, then the sequence decoder where it helps. */
export function attributeWithRanker(ctx: SpeakerContext): Attribution[] {
  const sieve = attributeSpeakers(ctx);
  observer?.(ctx, sieve);
  if (!rerank || !DEFAULT_WEIGHTS.enabled) return sieve;
  const ranked = rankWithCandidates(ctx, sieve);
  const final = DEFAULT_DECODER.enabled ? decodeSequences(ctx, ranked, DEFAULT_DECODER) : ranked.attributions;
  return final.map((a, qi) => withRunnersUp(a, ranked, qi));
}

/**
 * The other speakers the ranker found likely for a quotation, most likely first: what a reader (or the
 * checker) is shown when the model is unsure. Only candidates at RUNNER_UP_MIN or above, at most
 * RUNNERS_UP of them.
 */
function withRunnersUp(a: Attribution, ranked: Ranked, qi: number): Attribution {
  const qc = ranked.candidates[qi];
  const p = ranked.probabilities[qi];
  if (!qc || !p || !a.speaker) return a;
  const others = qc.candidates
    .map((speaker, c) => ({ speaker, probability: p[c] ?? 0 }))
    .filter((x) => x.speaker !== a.speaker && x.probability >= RUNNER_UP_MIN)
    .sort((x, y) => y.probability - x.probability)
    .slice(0, RUNNERS_UP);
  return others.length ? { ...a, runnersUp: others } : a;
}

const RUNNER_UP_MIN = 0.1;
const RUNNERS_UP = 2;

/**
 * For training and evaluation: runs `fn` (an analyzeBook call) with the sieve's answers kept as they
 * are, and hands back the context and sieve attributions it saw.
 */
export function captureSieve<T>(fn: () => T): { result: T; ctx: SpeakerContext; sieve: Attribution[] } {
  let seen: { ctx: SpeakerContext; sieve: Attribution[] } | null = null;
  observer = (ctx, sieve) => {
    seen = { ctx, sieve: sieve.map((a) => ({ ...a, addressees: [...a.addressees] })) };
  };
  rerank = false;
  try {
    const result = fn();
    if (!seen) throw new Error('captureSieve: the analysis did not run the speaker sieve');
    const s = seen as { ctx: SpeakerContext; sieve: Attribution[] };
    return { result, ctx: s.ctx, sieve: s.sieve };
  } finally {
    observer = null;
    rerank = true;
  }
}
