/**
 * `npm run eval:similar-small`: from how many books does `similar` mean something? Cosine Delta
 * z-scores each word over the library's books, so in a small library the "average" is two or three
 * books and every score depends on which they are. This ranks random sub-libraries of the 110 corpus
 * novels (eval/similar-novels.ts) of each size: each trial takes a novel whose author has another
 * work in the corpus, that other work, and size − 2 other novels drawn at random (seeded), and asks
 * whether the novel's nearest book is by its author. Chance is the share of the candidates by the
 * same author. Also measured: how far the novel's similarity to its fellow work is from the same
 * pair's similarity in the full library (are scores comparable?), and the share of its scores that
 * are negative. Writes eval/results/similar-small.md; MIN_COMPARABLE_BOOKS (src/similar/similar.ts)
 * is chosen from it. `-- --seed N` draws other sub-libraries (committed: seed 1).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DELTA_DEFAULTS, deltaSpace, nearest } from '../src/similar/delta.js';
import { rng } from './check/plant.js';
import { corpus, loadNovels, type Novel } from './similar-novels.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultFile = path.join(root, 'eval/results/similar-small.md');
const SEED = Number(process.argv[process.argv.indexOf('--seed') + 1]) || 1;
const SIZES = [3, 4, 5, 6, 8, 10, 15, 20, 30];
const TRIALS = 400;

interface Row {
  size: number;
  right: number;
  chance: number;
  gap: number;
  negative: number;
}

function main(): void {
  if (!existsSync(corpus)) {
    console.error(`eval:similar-small: ${corpus} not found; nothing to evaluate`);
    process.exitCode = 2;
    return;
  }
  const novels = loadNovels();
  const askable = novels.filter((n) => novels.some((m) => m.author === n.author && m.work !== n.work));
  const full = deltaSpace(novels, DELTA_DEFAULTS);
  const fullScore = (a: string, b: string) => nearest(full, a, [b], { drivers: 0 })[0]!.similarity;
  const r = rng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const rows: Row[] = [];
  for (const size of SIZES) {
    let right = 0;
    let chance = 0;
    let gap = 0;
    let negative = 0;
    for (let t = 0; t < TRIALS; t++) {
      const n = pick(askable);
      const m = pick(novels.filter((x) => x.author === n.author && x.work !== n.work));
      const pool = novels.filter((x) => x.work !== n.work && x.id !== m.id);
      const others: Novel[] = [];
      while (others.length < size - 2) {
        const x = pick(pool);
        if (!others.includes(x)) others.push(x);
      }
      const library = [n, m, ...others];
      const space = deltaSpace(library, DELTA_DEFAULTS);
      const candidates = library.filter((x) => x.id !== n.id).map((x) => x.id);
      const ranked = nearest(space, n.id, candidates, { drivers: 0 });
      const byId = new Map(library.map((x) => [x.id, x]));
      if (byId.get(ranked[0]!.id)!.author === n.author) right++;
      chance += candidates.filter((c) => byId.get(c)!.author === n.author).length / candidates.length;
      gap += Math.abs(ranked.find((x) => x.id === m.id)!.similarity - fullScore(n.id, m.id));
      negative += ranked.filter((x) => x.similarity < 0).length / ranked.length;
    }
    rows.push({
      size,
      right: right / TRIALS,
      chance: chance / TRIALS,
      gap: gap / TRIALS,
      negative: negative / TRIALS,
    });
    console.error(`size ${size}: right ${(right / TRIALS).toFixed(3)}`);
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    '# `similar` in a small library: from how many books do the scores mean something?',
    '',
    `Command: \`npm run eval:similar-small\` (eval/similar-small.ts, seed ${SEED}). ${TRIALS} random sub-libraries of each size`,
    'from the 110 corpus novels; each holds a novel whose author has another work in the corpus, that work, and',
    'novels drawn at random. Defaults of `similar` (Cosine Delta, 2,000 MFW, culled at 50%).',
    '',
    "- *nearest by same author*: the novel's nearest book is by its author; *chance*: the share of its candidates by its author.",
    "- *score off by*: mean |similarity to the fellow work in the sub-library − the same pair's similarity in the full 110-book library|.",
    "- *negative scores*: mean share of the novel's scores below 0.",
    '',
    '| books | nearest by same author | chance | score off by | negative scores |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (x) => `| ${x.size} | ${pct(x.right)} | ${pct(x.chance)} | ${x.gap.toFixed(3)} | ${pct(x.negative)} |`,
    ),
    '',
  ];
  mkdirSync(path.dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, lines.join('\n'));
  console.log(lines.join('\n'));
}

main();
