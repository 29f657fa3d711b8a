/**
 * The ranker's answers decoded a conversation at a time (speakers/decode.ts): each turn's evidence is
 * the ranker's probability of each candidate (which already reads the tags, pronouns, vocatives, beats
 * and who is near); the decoder adds the alternation prior and the rule that untagged adjacent turns
 * with no narration between change speaker, and picks the likeliest sequence of speakers per exchange.
 * A sure named speech tag ("said Elizabeth") is fixed: the sequence is decoded around it. A quotation
 * whose speaker the decoder changes carries the rule id `decode/sequence`; the others keep the
 * ranker's answer and rule. Weights in decoder.json, learned under leave-one-novel-out
 * cross-validation by `npm run train:speakers`.
 */

import {
  bestSequence,
  type DecodeTurn,
  exchangeMarginals,
  type SequenceWeights,
} from '../speakers/decode.js';
import { type Attribution, type SpeakerContext, sceneOf } from '../speakers/index.js';
import { candidateType } from './candidate-type.js';
import type { QuoteCandidates } from './features.js';
import { SURE_EXPLICIT_RULES } from './sieve-rules.js';

/** The rule id of a speaker the sequence decoder chose over the ranker's own answer. */
export const DECODE_RULE = 'decode/sequence';

/** The ranker's answers, with the last pass's candidates and their probabilities (what the decoder reads). */
export interface Ranked {
  attributions: Attribution[];
  candidates: readonly QuoteCandidates[];
  /** Per quotation, per candidate. */
  probabilities: readonly (readonly number[])[];
}

export interface DecoderConfig extends SequenceWeights {
  /** False: the ranker's answers are used unchanged (the decoder did not help under cross-validation). */
  enabled: boolean;
  /**
   * The decoder's speaker replaces the ranker's only where the decoder's posterior for it is at least
   * this, and the ranker's own probability for its answer below `maxRankerConfidence`.
   */
  minMarginal: number;
  maxRankerConfidence: number;
  /**
   * …and only to a speaker the ranker itself gave at least this probability for the quotation (not
   * to someone the sequence alone brings in, as a reader of a letter aloud seems to take turns with).
   */
  minRankerProbability: number;
  /**
   * Added to the evidence of a candidate the turn's own speech addresses by name ("…, Lizzy?"): nobody
   * calls themselves by name, yet the ranker reads this as one feature among many.
   */
  selfAddressed: number;
  /** Candidates kept per turn, likeliest first (the lattice costs the cube of this per turn). */
  maxCandidates: number;
  /** A candidate a quotation's ranker did not list counts as this probability for it. */
  floor: number;
  /** How the weights were made (for the reader of decoder.json). */
  trainedOn: string;
}

/** One turn's decoder input, and which of its quotations the decoder may change. */
interface TurnInput extends DecodeTurn {
  /** Quotations of the turn whose speaker follows the decoded one (not those settled by a sure tag). */
  open: number[];
}

function turnInput(
  ranked: Ranked,
  quotes: readonly number[],
  tight: boolean,
  addressed: readonly string[],
  config: DecoderConfig,
): TurnInput | null {
  const { attributions, candidates, probabilities } = ranked;
  const sure = quotes.find(
    (qi) => attributions[qi]!.speaker && SURE_EXPLICIT_RULES.has(attributions[qi]!.rule),
  );
  if (sure !== undefined)
    return { candidates: [attributions[sure]!.speaker!], evidence: [0], tight, open: [] };
  const open = quotes.filter((qi) => candidates[qi]!.candidates.length > 0);
  if (open.length === 0) return null;
  const logFloor = Math.log(config.floor);
  const sum = new Map<string, number>();
  for (const qi of open) for (const c of candidates[qi]!.candidates) if (!sum.has(c)) sum.set(c, 0);
  for (const qi of open) {
    const qc = candidates[qi]!;
    const p = probabilities[qi]!;
    for (const c of sum.keys()) {
      const k = qc.candidates.indexOf(c);
      sum.set(c, sum.get(c)! + (k >= 0 ? Math.log(Math.max(p[k]!, config.floor)) : logFloor));
    }
  }
  const ranked_ = [...sum]
    .map(([c, s]) => ({ c, s: s / open.length + (addressed.includes(c) ? config.selfAddressed : 0) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, config.maxCandidates);
  return { candidates: ranked_.map((x) => x.c), evidence: ranked_.map((x) => x.s), tight, open };
}

/** The gate: where the decoder's answer replaces the ranker's. */
export function replaces(
  config: DecoderConfig,
  ranker: Attribution,
  posterior: number,
  rankerProbability: number,
): boolean {
  return (
    posterior >= config.minMarginal &&
    rankerProbability >= config.minRankerProbability &&
    (!ranker.speaker || ranker.confidence < config.maxRankerConfidence)
  );
}

/** The ranker's probability for `who` speaking quotation qi (0 when not a candidate). */
export function rankerProbability(ranked: Ranked, qi: number, who: string): number {
  const k = ranked.candidates[qi]!.candidates.indexOf(who);
  return k >= 0 ? ranked.probabilities[qi]![k]! : 0;
}

/** The ranker's attributions with each exchange's speakers decoded as a sequence. */
export function decodeSequences(ctx: SpeakerContext, ranked: Ranked, config: DecoderConfig): Attribution[] {
  const out = [...ranked.attributions];
  const scene = sceneOf(ctx);
  const { turns, breakBefore, tight, turnVocatives } = scene;
  const flush = (run: TurnInput[]): void => {
    if (run.length < 2) return;
    const choice = bestSequence(run, config);
    // The posteriors only matter where the sequence would change a ranker answer the gate lets through.
    let marginals: number[][] | null = null;
    run.forEach((t, k) => {
      const who = t.candidates[choice[k]!]!;
      for (const qi of t.open) {
        const a = out[qi]!;
        if (a.speaker === who) continue;
        const rp = rankerProbability(ranked, qi, who);
        if (!replaces(config, a, 1, rp)) continue;
        marginals ??= exchangeMarginals(run, config);
        const posterior = marginals[k]![choice[k]!]!;
        if (!replaces(config, a, posterior, rp)) continue;
        const qc = ranked.candidates[qi]!;
        const ci = qc.candidates.indexOf(who);
        out[qi] = {
          speaker: who,
          type: ci >= 0 ? candidateType(qc, ci) : 'implicit',
          confidence: posterior,
          addressees: a.addressees.filter((x) => x !== who),
          rule: DECODE_RULE,
        };
      }
    });
  };
  let run: TurnInput[] = [];
  for (let ti = 0; ti < turns.length; ti++) {
    if (breakBefore[ti]) {
      flush(run);
      run = [];
    }
    const input = turnInput(
      ranked,
      turns[ti]!.quotes,
      run.length > 0 && tight[ti]!,
      turnVocatives[ti]!,
      config,
    );
    if (!input) {
      flush(run);
      run = [];
      continue;
    }
    run.push(input);
  }
  flush(run);
  return out;
}
