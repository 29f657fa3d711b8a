/**
 * The sequence decoder's part of `npm run train:speakers` (src/analysis/ranker/sequence.ts): its few
 * weights chosen by grid search, measured under leave-one-novel-out cross-validation. For each held-out
 * novel the ranker's answers come from the ranker trained without that novel, and the decoder's weights
 * are the grid point that does best on the other novels' (themselves held-out) ranker answers; the
 * held-out novel is then scored with them. The shipped weights are the grid point best on all novels.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type RankerWeights, rankWithCandidates } from '../src/analysis/ranker/index.js';
import {
  DECODE_RULE,
  type DecoderConfig,
  decodeSequences,
  type Ranked,
  rankerProbability,
  replaces,
} from '../src/analysis/ranker/sequence.js';
import type { Attribution } from '../src/analysis/speakers/index.js';
import type { Analysis } from '../src/analysis/types.js';
import { type Acc, acc, f3, type NovelScore, scoreNovel } from './speakers.js';

/** What the decoder's training reads of one novel (NovelData in train-speaker-ranker.ts). */
export interface DecoderNovel {
  novel: {
    name: string;
    text: string;
    quotes: Parameters<typeof scoreNovel>[2];
    characters: Parameters<typeof scoreNovel>[3];
  };
  analysis: Analysis;
  ctx: Parameters<typeof rankWithCandidates>[0];
  sieve: Attribution[];
  rename: Map<string, string>;
  goldOf: Map<number, string>;
  toGold: Map<string, string>;
}

/** The grid searched: the sequence terms, against evidence weighted 1 (only their ratio moves the argmax). */
const SAME_TIGHT = [-1, -2, -3];
const SAME = [0, -0.25];
const ALTERNATE = [0, 0.25, 0.5];
const SELF_ADDRESSED = [0, -2, -10];
/** The gate (sequence.ts, `replaces`): applied after decoding, so tried for every point at little cost. */
const MIN_MARGINAL = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
const MAX_RANKER_CONFIDENCE = [1.01, 0.9, 0.8, 0.7, 0.6];
const MIN_RANKER_PROBABILITY = [0, 0.05, 0.1, 0.2];
/** Evidence weight (scales the marginals used as confidence; the argmax depends only on the ratios). */
const EVIDENCE = 1;

export const DECODER_DEFAULTS = { maxCandidates: 6, floor: 0.001 } as const;

function grid(): DecoderConfig[] {
  const out: DecoderConfig[] = [];
  for (const sameTight of SAME_TIGHT)
    for (const same of SAME)
      for (const alternate of ALTERNATE)
        for (const selfAddressed of SELF_ADDRESSED)
          out.push({
            selfAddressed,
            evidence: EVIDENCE,
            sameTight,
            same,
            alternate,
            enabled: true,
            minMarginal: 0,
            maxRankerConfidence: 1.01,
            minRankerProbability: 0,
            ...DECODER_DEFAULTS,
            trainedOn: 'cv',
          });
  return out;
}

/** Quotations right against PDNC's speakers (those matched to a predicted quotation). */
function quickRight(d: DecoderNovel, attributions: readonly Attribution[]): number {
  let ok = 0;
  for (const [qi, gold] of d.goldOf) {
    const sp = attributions[qi]?.speaker;
    if (sp && d.toGold.get(d.rename.get(sp) ?? sp) === gold) ok++;
  }
  return ok;
}

/** The analysis with these attributions in place of its speakers. */
export function withAttributions(d: DecoderNovel, out: readonly Attribution[]): Analysis {
  return {
    ...d.analysis,
    quotes: d.analysis.quotes.map((q, qi) => {
      const a = out[qi]!;
      const speaker = a.speaker ? (d.rename.get(a.speaker) ?? a.speaker) : null;
      return {
        ...q,
        speaker,
        type: speaker ? a.type : 'none',
        confidence: a.confidence,
        rule: speaker ? a.rule : 'none',
      };
    }),
  };
}

const scoreOf = (d: DecoderNovel, out: readonly Attribution[]): NovelScore =>
  scoreNovel(d.novel.name, d.novel.text, d.novel.quotes, d.novel.characters, withAttributions(d, out), 0);

export interface DecoderTraining {
  /** Per novel, cross-validated: the ranker alone and ranker + decoder. */
  ranker: NovelScore[];
  decoded: NovelScore[];
  /** Per novel, the grid point chosen without it. */
  chosen: DecoderConfig[];
  /** The grid point best on all novels (what is shipped, `enabled` set by the caller). */
  final: DecoderConfig;
  /** Quotations the decoder changed, and of those how many it made right / wrong (cross-validated). */
  changed: number;
  fixed: number;
  broke: number;
}

/**
 * Grid search under leave-one-novel-out. `foldModels[k]` is the ranker trained without novel k;
 * `allModel` the one trained on all (its answers choose the shipped weights).
 */
export function trainDecoder(
  data: readonly DecoderNovel[],
  foldModels: readonly RankerWeights[],
): DecoderTraining {
  const points = grid();
  const ranked: Ranked[] = data.map((d, k) => rankWithCandidates(d.ctx, d.sieve, foldModels[k]!));
  // right[p][k]: quotations right on novel k with grid point p.
  const ungated = points.map((p) => data.map((d, k) => decodeSequences(d.ctx, ranked[k]!, p)));
  // Every gate on every ungated decoding: a gated decoding is the ungated one kept only where the gate
  // lets it replace the ranker's answer.
  const gatedOut = (pi: number, point: DecoderConfig, k: number): Attribution[] =>
    ungated[pi]![k]!.map((a, qi) => {
      const r = ranked[k]!.attributions[qi]!;
      return a.rule === DECODE_RULE &&
        replaces(point, r, a.confidence, rankerProbability(ranked[k]!, qi, a.speaker!))
        ? a
        : r;
    });
  const gated: { pi: number; point: DecoderConfig }[] = [];
  points.forEach((p, pi) => {
    for (const minMarginal of MIN_MARGINAL)
      for (const maxRankerConfidence of MAX_RANKER_CONFIDENCE)
        for (const minRankerProbability of MIN_RANKER_PROBABILITY)
          gated.push({ pi, point: { ...p, minMarginal, maxRankerConfidence, minRankerProbability } });
  });
  const right = gated.map((g) => data.map((d, k) => quickRight(d, gatedOut(g.pi, g.point, k))));
  const best = (exclude: number): number => {
    let arg = 0;
    let max = -1;
    right.forEach((row, p) => {
      const s = row.reduce((a, x, k) => a + (k === exclude ? 0 : x), 0);
      if (s > max) {
        max = s;
        arg = p;
      }
    });
    return arg;
  };
  const out: DecoderTraining = {
    ranker: [],
    decoded: [],
    chosen: [],
    final: { ...gated[best(-1)]!.point, trainedOn: '' },
    changed: 0,
    fixed: 0,
    broke: 0,
  };
  data.forEach((d, k) => {
    const { point: p, pi } = gated[best(k)]!;
    const dec = gatedOut(pi, p, k);
    out.chosen.push(p);
    out.ranker.push(scoreOf(d, ranked[k]!.attributions));
    out.decoded.push(scoreOf(d, dec));
    for (const [qi, gold] of d.goldOf) {
      const before = ranked[k]!.attributions[qi]!.speaker;
      const after = dec[qi]!.speaker;
      if (before === after) continue;
      out.changed++;
      const ok = (sp: string | null): boolean => !!sp && d.toGold.get(d.rename.get(sp) ?? sp) === gold;
      if (ok(after)) out.fixed++;
      else if (ok(before)) out.broke++;
    }
  });
  return out;
}

/**
 * Decision rule, fixed before measuring: the decoder is enabled only if, cross-validated, it gains at
 * least 0.2 points overall (about 45 of PDNC's 22,430 quotations) and loses no more than 0.2 points on
 * Explicit quotations.
 */
const MIN_GAIN = 0.002;
const MAX_EXPLICIT_DROP = 0.002;

/** Trains the decoder, writes decoder.json (when `write`) and eval/results/decoder.md. */
export function writeDecoder(
  root: string,
  data: readonly DecoderNovel[],
  foldModels: readonly RankerWeights[],
  write: boolean,
): DecoderTraining {
  const t0 = performance.now();
  const r = trainDecoder(data, foldModels);
  const before = acc(r.ranker);
  const after = acc(r.decoded);
  const gain = after.ok / after.n - before.ok / before.n;
  const explicitDrop =
    before.types.Explicit[0] / before.types.Explicit[1] - after.types.Explicit[0] / after.types.Explicit[1];
  const enabled = gain >= MIN_GAIN && explicitDrop <= MAX_EXPLICIT_DROP;
  const final: DecoderConfig = {
    ...r.final,
    enabled,
    trainedOn: `PDNC, ${data.length} novels, grid search; see eval/results/decoder.md`,
  };
  if (write) {
    const file = path.join(root, 'src/analysis/ranker/decoder.json');
    writeFileSync(file, `${JSON.stringify(final, null, 2)}\n`);
    execFileSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', file], {
      stdio: 'ignore',
    });
  }
  const cell = (a: Acc, b: Acc, t: 'Explicit' | 'Anaphoric' | 'Implicit'): string =>
    `${f3(...a.types[t])} → ${f3(...b.types[t])}`;
  const row = (name: string, a: Acc, b: Acc, w?: DecoderConfig): string =>
    `| ${name} | ${a.n} | ${f3(a.ok, a.n)} | ${f3(b.ok, b.n)} | ${cell(a, b, 'Explicit')} | ${cell(a, b, 'Anaphoric')} | ${cell(a, b, 'Implicit')} | ${w ? `${w.sameTight} / ${w.same} / ${w.alternate} / ${w.selfAddressed} / ${w.minMarginal} / ${w.maxRankerConfidence} / ${w.minRankerProbability}` : ''} |`;
  const lines = [
    `# Sequence decoder (PDNC, ${data.length} novels)

Reproduce: \`npm run train:speakers\` (or \`-- --decoder-only\` after a full run; about ${Math.round((performance.now() - t0) / 1000)} s for this part).
Generated ${new Date().toISOString().slice(0, 10)}.

Each conversation (an exchange of turns, scene.ts) is decoded as a whole (src/analysis/speakers/decode.ts,
src/analysis/ranker/sequence.ts): the ranker's probability of each candidate per turn, plus a penalty for a
turn repeating the previous turn's speaker (one with no narration between, \`sameTight\`; one with
narration between, \`same\`) and a bonus for A-B-A alternation (\`alternate\`); exact second-order Viterbi. A
sure named speech tag is fixed. Weights by grid search (sameTight ∈ {${SAME_TIGHT.join(', ')}}, same ∈
{${SAME.join(', ')}}, alternate ∈ {${ALTERNATE.join(', ')}}, selfAddressed ∈ {${SELF_ADDRESSED.join(', ')}} (added to the evidence of a candidate the
turn's speech addresses by name); evidence weight ${EVIDENCE}). The decoder's answer
replaces the ranker's only where its posterior is ≥ minMarginal ∈ {${MIN_MARGINAL.join(', ')}} and the ranker's
probability for its own answer < maxRankerConfidence ∈ {${MAX_RANKER_CONFIDENCE.join(', ')}} (1.01: always), and
only to a speaker the ranker gave ≥ minRankerProbability ∈ {${MIN_RANKER_PROBABILITY.join(', ')}}.

**Status: ${enabled ? 'wired in (decoder.json `enabled: true`)' : "NOT wired in (decoder.json `enabled: false`): the ranker's answers are used unchanged"}.**
Decision rule, fixed before measuring: enable only if cross-validated accuracy gains ≥ ${MIN_GAIN * 100} points overall
and Explicit drops by no more than ${MAX_EXPLICIT_DROP * 100} points. Measured: ${(gain * 100).toFixed(2)} points overall,
Explicit ${explicitDrop > 0 ? '−' : '+'}${Math.abs(explicitDrop * 100).toFixed(2)} points.

## Leave-one-novel-out cross-validation
Each novel: the ranker trained without it, and the decoder's weights chosen on the other ${data.length - 1}
novels' held-out ranker answers (those rankers saw this novel in training: a mild optimism). Cells:
ranker alone → ranker + decoder; the last column the weights chosen (sameTight / same / alternate / selfAddressed /
minMarginal / maxRankerConfidence / minRankerProbability).

| Novel | Gold quotes | Ranker | + decoder | Explicit | Anaphoric | Implicit | Weights |
|---|---:|---:|---:|---|---|---|---|`,
  ];
  data.forEach((d, k) => {
    lines.push(row(d.novel.name, acc([r.ranker[k]!]), acc([r.decoded[k]!]), r.chosen[k]));
  });
  lines.push(row('**Total**', before, after));
  lines.push(`
Quotations whose speaker the decoder changed (cross-validated): ${r.changed}; made right ${r.fixed},
made wrong ${r.broke}, wrong either way ${r.changed - r.fixed - r.broke}.

Shipped weights (best on all ${data.length}): sameTight ${final.sameTight}, same ${final.same}, alternate
${final.alternate}, selfAddressed ${final.selfAddressed}, evidence ${final.evidence}; gate: posterior ≥ ${final.minMarginal}, ranker's probability <
${final.maxRankerConfidence}, the ranker's probability for the new speaker ≥ ${final.minRankerProbability}; ${final.maxCandidates} candidates per turn, unlisted
candidate probability ${final.floor}.
`);
  writeFileSync(path.join(root, 'eval/results/decoder.md'), lines.join('\n'));
  console.error(
    `decoder: CV ${f3(before.ok, before.n)} → ${f3(after.ok, after.n)} (Explicit ${f3(...before.types.Explicit)} → ${f3(...after.types.Explicit)}, Anaphoric ${f3(...before.types.Anaphoric)} → ${f3(...after.types.Anaphoric)}, Implicit ${f3(...before.types.Implicit)} → ${f3(...after.types.Implicit)}); changed ${r.changed}, fixed ${r.fixed}, broke ${r.broke}; ${enabled ? 'enabled' : 'NOT enabled'}`,
  );
  return r;
}
