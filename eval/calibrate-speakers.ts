/**
 * `npm run calibrate:speakers`: fits the speaker-confidence calibration (src/analysis/confidence) on
 * the PDNC novels in ../shared/corpus/pdnc and measures it under leave-one-novel-out.
 *
 * 1. Raw answers on novels not trained on: for each novel, the speaker ranker is retrained on the
 *    other 17 (same epochs, passes and override as the committed weights) and run on it, so each
 *    quotation's raw confidence is what an unseen novel would get. (`--in-sample` uses the committed
 *    weights instead: faster, for trying things, not for reporting.)
 * 2. Cross-validation of the calibration: a map fitted on 17 novels' raw answers calibrates the 18th.
 *    The table and the expected calibration error (ECE) before → after are of these held-out answers.
 * 3. The shipped map is fitted on all 18 and written to src/analysis/confidence/calibration.json;
 *    the figures to eval/results/calibration.md.
 *
 * Answers are scored as in `npm run eval:speakers` (scoreNovel): every gold quotation that got a
 * speaker. Only confidences change; the speakers are the ranker's.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CALIBRATION_FAMILIES,
  type CalibrationFamily,
  type CalibrationMap,
  calibrateConfidence,
  calibrationFamily,
  fitIsotonic,
} from '../src/analysis/confidence/index.js';
import { fitRanker } from '../src/analysis/ranker/fit.js';
import { DEFAULT_WEIGHTS } from '../src/analysis/ranker/index.js';
import { pdncNovelDirs } from './pdnc.js';
import type { NovelScore } from './speakers.js';
import { prepare, reranked, score } from './train-speaker-ranker.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

/** Where the raw held-out answers are saved for `--from-raw`. */
const RAW_FILE = path.join(tmpdir(), 'verbatim-calibration-raw.json');

/** A family with fewer training answers than this uses the pooled curve (too few to shape its own). */
const MIN_FAMILY_ANSWERS = 200;
/** Equal-width confidence bins of the table and the ECE. */
const BINS = 10;

type Decision = NovelScore['decisions'][number];

export function fitMap(decisions: readonly Decision[], fittedOn: string): CalibrationMap {
  const families: CalibrationMap['families'] = {};
  for (const f of CALIBRATION_FAMILIES) {
    const mine = decisions.filter((d) => calibrationFamily(d.rule) === f);
    if (mine.length >= MIN_FAMILY_ANSWERS)
      families[f] = fitIsotonic(mine.map((d) => ({ raw: d.confidence, ok: d.ok })));
  }
  return {
    families,
    pooled: fitIsotonic(decisions.map((d) => ({ raw: d.confidence, ok: d.ok }))),
    fittedOn,
  };
}

interface Bin {
  n: number;
  conf: number;
  right: number;
}

function bins(ds: readonly Decision[]): Bin[] {
  const out: Bin[] = Array.from({ length: BINS }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const d of ds) {
    const b = out[Math.min(BINS - 1, Math.floor(d.confidence * BINS))]!;
    b.n++;
    b.conf += d.confidence;
    b.right += d.ok ? 1 : 0;
  }
  return out;
}

/** Expected calibration error: the count-weighted mean gap between confidence and accuracy per bin. */
export function ece(ds: readonly Decision[]): number {
  const n = ds.length;
  return bins(ds).reduce(
    (s, b) => s + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.conf / b.n - b.right / b.n)),
    0,
  );
}

const f3 = (v: number): string => v.toFixed(3);

function table(before: readonly Decision[], after: readonly Decision[]): string {
  const rows = [
    '| Confidence | Before: quotations | mean confidence | right | After: quotations | mean confidence | right |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const b0 = bins(before);
  const b1 = bins(after);
  for (let i = 0; i < BINS; i++) {
    const cell = (b: Bin) =>
      b.n === 0 ? '0 | – | –' : `${b.n} | ${f3(b.conf / b.n)} | ${f3(b.right / b.n)}`;
    rows.push(
      `| ${(i / BINS).toFixed(1)}–${((i + 1) / BINS).toFixed(1)} | ${cell(b0[i]!)} | ${cell(b1[i]!)} |`,
    );
  }
  return rows.join('\n');
}

function atLeast(ds: readonly Decision[], c: number): string {
  const hi = ds.filter((d) => d.confidence >= c);
  return `${hi.length} quotations, ${f3(hi.filter((d) => d.ok).length / Math.max(1, hi.length))} right`;
}

function main(): void {
  const dirs = pdncNovelDirs(corpus);
  if (dirs.length === 0) {
    console.error(`calibrate:speakers: no PDNC novels under ${corpus}/pdnc`);
    process.exitCode = 2;
    return;
  }
  const inSample = process.argv.includes('--in-sample');
  const write = !process.argv.includes('--no-write') && !inSample;
  const t0 = performance.now();
  const data = dirs.map((d) => prepare(d));
  // 1. Raw answers on novels the ranker was not trained on (`--from-raw FILE`: those of an earlier run,
  // saved to RAW_FILE, to try another calibration without retraining 18 rankers).
  const fromRaw = process.argv.indexOf('--from-raw');
  const raw: Decision[][] =
    fromRaw > 0
      ? (JSON.parse(readFileSync(process.argv[fromRaw + 1]!, 'utf8')) as Decision[][])
      : data.map((held, k) => {
          const model = inSample
            ? DEFAULT_WEIGHTS
            : {
                ...DEFAULT_WEIGHTS,
                weights: fitRanker(
                  data.flatMap((d, j) => (j === k ? [] : d.examples)),
                  { epochs: 300 },
                ),
              };
          const s = score(held, reranked(held, model));
          console.error(
            `${held.novel.name}: ${s.correct}/${s.goldQuotes} right (ranker ${inSample ? 'in-sample' : 'held out'})`,
          );
          return s.decisions;
        });
  if (fromRaw < 0) writeFileSync(RAW_FILE, JSON.stringify(raw));
  // 2. Calibration under leave-one-novel-out.
  const after: Decision[][] = raw.map((held, k) => {
    const map = fitMap(
      raw.flatMap((d, j) => (j === k ? [] : d)),
      'cv',
    );
    return held.map((d) => ({ ...d, confidence: calibrateConfidence(d.rule, d.confidence, map) }));
  });
  const before = raw.flat();
  const cv = after.flat();
  // 3. The shipped map.
  const map = fitMap(
    before,
    `PDNC, ${data.length} novels, ranker held out per novel; see eval/results/calibration.md`,
  );
  if (write) {
    const file = path.join(root, 'src/analysis/confidence/calibration.json');
    writeFileSync(file, `${JSON.stringify(map, null, 2)}\n`);
    execFileSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', file], {
      stdio: 'ignore',
    });
  }
  const perFamily = CALIBRATION_FAMILIES.map((f: CalibrationFamily) => {
    const b = before.filter((d) => calibrationFamily(d.rule) === f);
    const a = cv.filter((d) => calibrationFamily(d.rule) === f);
    return `| ${f} | ${b.length} | ${f3(b.filter((d) => d.ok).length / Math.max(1, b.length))} | ${f3(ece(b))} | ${f3(ece(a))} | ${map.families[f] ? 'own' : 'pooled'} |`;
  });
  const perNovel = data.map(
    (d, k) => `| ${d.novel.name} | ${raw[k]!.length} | ${f3(ece(raw[k]!))} | ${f3(ece(after[k]!))} |`,
  );
  const doc = `# Speaker confidence calibration (PDNC, ${data.length} novels)

Reproduce: \`npm run calibrate:speakers\` (needs ../shared/corpus/pdnc; about ${Math.round((performance.now() - t0) / 1000)} s).
Generated ${new Date().toISOString().slice(0, 10)}.${inSample ? '\n\n**In-sample run (`--in-sample`): the ranker saw every novel. Not the figure to report.**' : ''}

Each quotation's confidence is its rule's raw confidence mapped through an isotonic curve per rule
family (src/analysis/confidence: ${CALIBRATION_FAMILIES.join(', ')}; a family with fewer than
${MIN_FAMILY_ANSWERS} answers uses the pooled curve). Only the number changes, never the speaker.

**Everything below is held out twice**: each novel's raw answers come from a speaker ranker trained on
the other ${data.length - 1}, and its calibration from a map fitted on the other ${data.length - 1}
novels' answers. The shipped map (src/analysis/confidence/calibration.json) is fitted on all
${data.length}. Answers: every gold quotation that got a speaker (${before.length}), scored as in
\`npm run eval:speakers\`.

Expected calibration error (${BINS} equal bins): **${f3(ece(before))} → ${f3(ece(cv))}**.
Given ≥ 0.9: before ${atLeast(before, 0.9)}; after ${atLeast(cv, 0.9)}.

${table(before, cv)}

## By rule family

| Family | Answers | Right | ECE before | ECE after (CV) | Curve |
|---|---:|---:|---:|---:|---|
${perFamily.join('\n')}

## By novel (held out)

| Novel | Answers | ECE before | ECE after |
|---|---:|---:|---:|
${perNovel.join('\n')}
`;
  if (!inSample || process.argv.includes('--report'))
    writeFileSync(path.join(root, 'eval/results/calibration.md'), doc);
  console.log(doc);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
