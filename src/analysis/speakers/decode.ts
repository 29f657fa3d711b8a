/**
 * Exchange-level decoding: the most probable SEQUENCE of speakers for one conversation, instead of a
 * decision per turn. Each turn brings its evidence (a log-score per candidate speaker, e.g. the speaker
 * ranker's log-probability, which already reads tags, pronouns, vocatives, beats and who is near); the
 * sequence adds what only a sequence can see:
 *
 * - two adjacent turns with no narration between them change speaker (`sameTight`, strongly negative);
 * - adjacent turns with some narration between are still rarely one speaker's (`same`);
 * - A-B-A: a speaker answered by another speaks again (`alternate`, the alternation prior).
 *
 * The alternation prior reads two turns back, so the lattice is second order: a state is the pair
 * (previous speaker, this speaker). Candidates per turn are few (the caller keeps the likeliest), so an
 * exact Viterbi and forward-backward cost K³ per turn. Pure: no text, no book; unit-tested with
 * hand-written exchanges (test/analysis/speakers/decode.test.ts).
 */

/** One turn of a conversation as the decoder sees it. */
export interface DecodeTurn {
  /** Candidate speakers (character ids), distinct. A turn whose speaker is settled has exactly one. */
  candidates: readonly string[];
  /** Evidence per candidate (log-scale: a log-probability or any additive score). */
  evidence: readonly number[];
  /** No narration stands between the previous turn's speech and this one's (ignored on the first turn). */
  tight: boolean;
}

/** The weights of the sequence model (learned by `npm run train:speakers`; see decoder.json). */
export interface SequenceWeights {
  /** Multiplies each turn's evidence (how far the turn-by-turn scores are trusted against the sequence). */
  evidence: number;
  /** Added when a turn repeats the previous turn's speaker with no narration between. */
  sameTight: number;
  /** Added when a turn repeats the previous turn's speaker with narration between. */
  same: number;
  /** Added when a turn's speaker is the one two turns back and not the one just before (A-B-A). */
  alternate: number;
}

/** The best sequence and, per turn, the posterior probability of each candidate under the model. */
export interface Decoded {
  /** Index into each turn's candidates. */
  choice: number[];
  /** Per turn, per candidate: marginal probability (forward-backward). */
  marginals: number[][];
}

function transition(
  w: SequenceWeights,
  tight: boolean,
  back2: string | null,
  back1: string | null,
  cur: string,
): number {
  let s = 0;
  if (back1 === cur) s += tight ? w.sameTight : w.same;
  else if (back2 !== null && back2 === cur) s += w.alternate;
  return s;
}

/** log Σ exp(xs[i]) over the first n values (n defaults to all). */
function logSumExp(xs: ArrayLike<number>, n: number = xs.length): number {
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (xs[i]! > max) max = xs[i]!;
  if (max === -Infinity) return max;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i]! - max);
  return max + Math.log(s);
}

/**
 * Decodes one exchange: the best sequence and every turn's marginals. States of turn t are pairs (i, j):
 * candidate i of turn t-1, candidate j of turn t (turn 0 has the single predecessor "nobody", index 0 of
 * a one-element dummy).
 */
export function decodeExchange(turns: readonly DecodeTurn[], w: SequenceWeights): Decoded {
  return { choice: bestSequence(turns, w), marginals: exchangeMarginals(turns, w) };
}

/** The candidates of turn t (turn -1 is the dummy "nobody"). */
function candsOf(turns: readonly DecodeTurn[], t: number): readonly (string | null)[] {
  return t < 0 ? NOBODY : turns[t]!.candidates;
}
const NOBODY: readonly (string | null)[] = [null];

/**
 * The most probable sequence (Viterbi), as an index into each turn's candidates. Apart from the
 * marginals: a caller that needs a turn's posterior only where the sequence disagrees with the turn's
 * own answer computes them only then (they cost K³ exponentials per turn).
 */
export function bestSequence(turns: readonly DecodeTurn[], w: SequenceWeights): number[] {
  const n = turns.length;
  if (n === 0) return [];
  const cands = (t: number): readonly (string | null)[] => candsOf(turns, t);
  const emit = (t: number, j: number): number => w.evidence * turns[t]!.evidence[j]!;
  // delta[t][i*K+j]; K = candidates of turn t, I = of turn t-1.
  const delta: Float64Array[] = [];
  const backptr: Int32Array[] = [];
  for (let t = 0; t < n; t++) {
    const prev = cands(t - 1);
    const cur = cands(t);
    const I = prev.length;
    const K = cur.length;
    const d = new Float64Array(I * K).fill(-Infinity);
    const bp = new Int32Array(I * K).fill(-1);
    for (let i = 0; i < I; i++) {
      for (let j = 0; j < K; j++) {
        const e = emit(t, j);
        if (t === 0) {
          d[i * K + j] = e;
          continue;
        }
        const pp = cands(t - 2);
        const H = pp.length;
        let best = -Infinity;
        let arg = -1;
        for (let h = 0; h < H; h++) {
          const v = delta[t - 1]![h * I + i]! + transition(w, turns[t]!.tight, pp[h]!, prev[i]!, cur[j]!);
          if (v > best) {
            best = v;
            arg = h;
          }
        }
        d[i * K + j] = best + e;
        bp[i * K + j] = arg;
      }
    }
    delta.push(d);
    backptr.push(bp);
  }
  // Backtrace.
  const choice = new Array<number>(n).fill(0);
  const K = cands(n - 1).length;
  const I = cands(n - 2).length;
  let best = -Infinity;
  let bi = 0;
  let bj = 0;
  for (let i = 0; i < I; i++)
    for (let j = 0; j < K; j++)
      if (delta[n - 1]![i * K + j]! > best) {
        best = delta[n - 1]![i * K + j]!;
        bi = i;
        bj = j;
      }
  choice[n - 1] = bj;
  if (n >= 2) choice[n - 2] = bi;
  for (let t = n - 1; t >= 2; t--) {
    const Kt = cands(t).length;
    const h = backptr[t]![choice[t - 1]! * Kt + choice[t]!]!;
    choice[t - 2] = h;
  }
  return choice;
}

/** Per turn, per candidate: the posterior probability under the model (forward-backward). */
export function exchangeMarginals(turns: readonly DecodeTurn[], w: SequenceWeights): number[][] {
  const n = turns.length;
  if (n === 0) return [];
  const cands = (t: number): readonly (string | null)[] => candsOf(turns, t);
  const emit = (t: number, j: number): number => w.evidence * turns[t]!.evidence[j]!;
  const alpha: Float64Array[] = [];
  let width = 1;
  for (const t of turns) width = Math.max(width, t.candidates.length);
  const terms = new Float64Array(width);
  for (let t = 0; t < n; t++) {
    const prev = cands(t - 1);
    const cur = cands(t);
    const I = prev.length;
    const K = cur.length;
    const a = new Float64Array(I * K).fill(-Infinity);
    for (let i = 0; i < I; i++) {
      for (let j = 0; j < K; j++) {
        const e = emit(t, j);
        if (t === 0) {
          a[i * K + j] = e;
          continue;
        }
        const pp = cands(t - 2);
        const H = pp.length;
        for (let h = 0; h < H; h++)
          terms[h] = alpha[t - 1]![h * I + i]! + transition(w, turns[t]!.tight, pp[h]!, prev[i]!, cur[j]!);
        a[i * K + j] = logSumExp(terms, H) + e;
      }
    }
    alpha.push(a);
  }
  // Backward pass: beta[t][i*K+j] = log sum over continuations from state (i, j) at turn t.
  const beta: Float64Array[] = new Array(n);
  for (let t = n - 1; t >= 0; t--) {
    const I = cands(t - 1).length;
    const K = cands(t).length;
    const b = new Float64Array(I * K);
    if (t < n - 1) {
      const next = cands(t + 1);
      const L = next.length;
      for (let i = 0; i < I; i++)
        for (let j = 0; j < K; j++) {
          for (let l = 0; l < L; l++)
            terms[l] =
              transition(w, turns[t + 1]!.tight, cands(t - 1)[i]!, cands(t)[j]!, next[l]!) +
              emit(t + 1, l) +
              beta[t + 1]![j * L + l]!;
          b[i * K + j] = logSumExp(terms, L);
        }
    }
    beta[t] = b;
  }
  const marginals: number[][] = [];
  for (let t = 0; t < n; t++) {
    const I = cands(t - 1).length;
    const K = cands(t).length;
    const per: number[][] = Array.from({ length: K }, () => []);
    for (let i = 0; i < I; i++)
      for (let j = 0; j < K; j++) per[j]!.push(alpha[t]![i * K + j]! + beta[t]![i * K + j]!);
    const logs = per.map((xs) => logSumExp(xs));
    const z = logSumExp(logs);
    marginals.push(logs.map((l) => Math.exp(l - z)));
  }
  return marginals;
}
