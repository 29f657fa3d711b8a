/**
 * Checking a 40-quotation review against Middlemarch (~320k words), end to end (word index
 * included) and with the index already built, beside baselines doing the same search: diff-match-
 * patch's fuzzy `match_main`, fuse.js over paragraphs, and Debian's `tre-agrep` and `ugrep -Z`
 * (skipped with a note when not installed). Targets: < 100 ms with the index, < 1 s with indexing.
 *
 * `npm run bench -- check` times them (harness). Accuracy on the same 40 quotations, and one timed
 * run of every method, come from running this file directly:
 *     node --import tsx bench/check.bench.ts
 * which writes eval/results/check-bench.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import DiffMatchPatch from 'diff-match-patch';
import Fuse from 'fuse.js';
import { rng } from '../eval/check/plant.js';
import type { Book } from '../src/book/types.js';
import { checkReview, indexBook } from '../src/check/index.js';
import { loadBookFile } from '../src/formats/load.js';
import { type Bench, defineBench } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const MIDDLEMARCH = path.join(corpus, 'litbank/original/145_middlemarch.txt');
const OTHER = path.join(corpus, 'litbank/original/1400_great_expectations.txt');

type Kind = 'verbatim' | 'altered' | 'elided' | 'fabricated';

export interface BenchQuote {
  kind: Kind;
  /** As written in the review. */
  text: string;
  /** Where the words are in the book; null for fabricated ones. */
  truth: { start: number; end: number } | null;
}

export interface BenchState {
  book: Book;
  quotes: BenchQuote[];
  review: string;
  paragraphs: string[];
  paragraphStarts: number[];
}

/** Sentences of a text with their offsets: 10–35 words, no quote marks or italics inside. */
function sentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[A-Z][^.!?]*[.!?]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    const words = s.split(/\s+/).length;
    if (words >= 10 && words <= 35 && !/["“”‘’_'\n\n]/.test(s.replace(/\n(?!\n)/g, ' '))) {
      out.push({ start: m.index, end: m.index + s.length, text: s.replace(/\s+/g, ' ') });
    }
  }
  return out;
}

const SUBSTITUTES = ['window', 'river', 'silver', 'orange', 'winter', 'cottage', 'garden', 'morning'];

export async function setupState(): Promise<BenchState> {
  const book = await loadBookFile(MIDDLEMARCH);
  const r = rng(2024);
  const pool = sentences(book.text);
  const pickSentence = () => pool.splice(Math.floor(r() * pool.length), 1)[0]!;
  const quotes: BenchQuote[] = [];
  for (let i = 0; i < 22; i++) {
    const s = pickSentence();
    quotes.push({ kind: 'verbatim', text: s.text, truth: { start: s.start, end: s.end } });
  }
  for (let i = 0; i < 6; i++) {
    const s = pickSentence();
    const words = s.text.split(' ');
    const k = 2 + Math.floor(r() * (words.length - 4));
    words[k] = SUBSTITUTES[i % SUBSTITUTES.length]!;
    quotes.push({ kind: 'altered', text: words.join(' '), truth: { start: s.start, end: s.end } });
  }
  for (let i = 0; i < 6; i++) {
    const s = pickSentence();
    const words = s.text.split(' ');
    const k = 3 + Math.floor(r() * (words.length - 8));
    quotes.push({
      kind: 'elided',
      text: [...words.slice(0, k), '…', ...words.slice(k + 3)].join(' '),
      truth: { start: s.start, end: s.end },
    });
  }
  const foreign = sentences(readFileSync(OTHER, 'utf8'));
  for (let i = 0; i < 6; i++) {
    quotes.push({ kind: 'fabricated', text: foreign[Math.floor(r() * foreign.length)]!.text, truth: null });
  }
  const intros = [
    'As the narrator observes, ',
    'Eliot writes: ',
    'Consider the line ',
    'The novel insists that ',
  ];
  const review = quotes
    .map((q, i) => `${intros[i % intros.length]}“${q.text}” This matters for the argument.`)
    .join('\n\n');
  const paragraphs = book.structure.paragraphs.map((p) => book.text.slice(p.start, p.end));
  return { book, quotes, review, paragraphs, paragraphStarts: book.structure.paragraphs.map((p) => p.start) };
}

// --- the methods -----------------------------------------------------------------------------

/** A method's answer per quotation: where it is in the book (a character offset), or null. */
type Answers = (number | null)[];

export function verbatimAnswers(
  state: BenchState,
  book: Book = state.book,
): { answers: Answers; verdicts: string[] } {
  const report = checkReview(state.review, book);
  const answers: Answers = [];
  const verdicts: string[] = [];
  for (const q of report.quotes) {
    answers.push(q.location && q.verdict !== 'not_found' ? q.location.start : null);
    verdicts.push(q.verdict);
  }
  return { answers, verdicts };
}

export function dmpAnswers(state: BenchState): Answers {
  const dmp = new DiffMatchPatch();
  dmp.Match_Distance = state.book.text.length;
  dmp.Match_Threshold = 0.4;
  // bitap works on at most 32 characters (Match_MaxBits): the quotation's first 32.
  return state.quotes.map((q) => {
    const at = dmp.match_main(state.book.text, q.text.slice(0, 32), 0);
    return at >= 0 ? at : null;
  });
}

export function fuseIndex(state: BenchState): Fuse<string> {
  return new Fuse(state.paragraphs, { includeScore: true, ignoreLocation: true, threshold: 0.4 });
}

export function fuseAnswers(state: BenchState, fuse: Fuse<string>): Answers {
  return state.quotes.map((q) => {
    const hit = fuse.search(q.text, { limit: 1 })[0];
    return hit ? state.paragraphStarts[hit.refIndex]! : null;
  });
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

/** One paragraph per line, for the line-oriented grep tools. */
function linesFile(state: BenchState): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-bench-'));
  const file = path.join(dir, 'paragraphs.txt');
  writeFileSync(file, `${state.paragraphs.map((p) => p.replace(/\s+/g, ' ')).join('\n')}\n`);
  return file;
}

function grepAnswers(
  state: BenchState,
  argsFor: (q: string, errors: number) => string[],
  cmd: string,
): Answers {
  return state.quotes.map((q) => {
    // More errors make these tools very slow (ugrep -Z10 took over a minute per quotation).
    const errors = Math.min(5, Math.max(2, Math.floor(q.text.length / 10)));
    const out = spawnSync(cmd, argsFor(q.text, errors), {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 30_000,
    });
    const line = /^(\d+):/.exec(out.stdout ?? '')?.[1];
    return line ? state.paragraphStarts[Number(line) - 1]! : null;
  });
}

const treArgs = (q: string, errors: number) => ['-B', '-n', '-i', '-k', '-E', String(errors), q];
const ugrepArgs = (q: string, errors: number) => ['-n', '-i', '-F', `-Zbest${Math.min(errors, 255)}`, q];

// --- accuracy -------------------------------------------------------------------------------

/** Right when a real quotation is placed inside its sentence's paragraph, and a fabricated one nowhere. */
export function accuracy(state: BenchState, answers: Answers): number {
  let right = 0;
  state.quotes.forEach((q, i) => {
    const a = answers[i] ?? null;
    if (!q.truth) {
      if (a === null) right++;
      return;
    }
    if (a === null) return;
    // same paragraph (the paragraph methods can only say which paragraph)
    const para = state.book.structure.paragraphs.find(
      (p) => p.start <= q.truth!.start && q.truth!.start < p.end,
    );
    if (para && a >= para.start && a < para.end) right++;
  });
  return right / state.quotes.length;
}

function verdictAccuracy(state: BenchState, verdicts: string[]): number {
  const want: Record<Kind, string> = {
    verbatim: 'verbatim',
    altered: 'altered',
    elided: 'verbatim',
    fabricated: 'not_found',
  };
  return state.quotes.filter((q, i) => verdicts[i] === want[q.kind]).length / state.quotes.length;
}

// --- benches for the harness -----------------------------------------------------------------

/** The slow baselines take seconds per quotation: the harness times them on ten (the direct run does all 40). */
function firstTen(s: BenchState): BenchState {
  return { ...s, quotes: s.quotes.slice(0, 10) };
}

const skip =
  existsSync(MIDDLEMARCH) && existsSync(OTHER) ? undefined : `corpus files not found under ${corpus}`;
const bytes = skip ? 0 : statSync(MIDDLEMARCH).size;
const common = { bytes, ...(skip ? { skip } : {}) };

export const benches: Bench[] = [
  defineBench({
    ...common,
    name: 'check: 40 quotations vs Middlemarch, index built',
    setup: async () => {
      const s = await setupState();
      indexBook(s.book);
      return s;
    },
    run: (s: BenchState) => checkReview(s.review, s.book),
    target: { maxMs: 100 },
  }),
  defineBench({
    ...common,
    name: 'check: 40 quotations vs Middlemarch, end to end (indexing included)',
    setup: setupState,
    // a copy of the Book object is a cache miss: the word index is built inside the timed run
    run: (s: BenchState) => checkReview(s.review, { ...s.book }),
    iterations: 5,
    target: { maxMs: 1000 },
  }),
  defineBench({
    ...common,
    name: 'baseline: diff-match-patch match_main, 40 quotations',
    setup: setupState,
    run: (s: BenchState) => dmpAnswers(s),
    iterations: 3,
    warmup: 1,
  }),
  defineBench({
    ...common,
    name: 'baseline: fuse.js over paragraphs, first 10 of the 40 quotations (index built)',
    setup: async () => {
      const s = firstTen(await setupState());
      return { s, fuse: fuseIndex(s) };
    },
    run: ({ s, fuse }: { s: BenchState; fuse: Fuse<string> }) => fuseAnswers(s, fuse),
    iterations: 1,
    warmup: 0,
  }),
  defineBench({
    ...common,
    ...(!skip && !which('tre-agrep') ? { skip: 'tre-agrep not installed (apt-get install tre-agrep)' } : {}),
    name: 'baseline: tre-agrep -B -E, first 10 of the 40 quotations',
    setup: async () => {
      const s = firstTen(await setupState());
      return { s, file: linesFile(s) };
    },
    run: ({ s, file }: { s: BenchState; file: string }) =>
      grepAnswers(s, (q, e) => [...treArgs(q, e), file], 'tre-agrep'),
    iterations: 1,
    warmup: 0,
  }),
  defineBench({
    ...common,
    ...(!skip && !which('ugrep') ? { skip: 'ugrep not installed (apt-get install ugrep)' } : {}),
    name: 'baseline: ugrep -Z, first 10 of the 40 quotations',
    setup: async () => {
      const s = firstTen(await setupState());
      return { s, file: linesFile(s) };
    },
    run: ({ s, file }: { s: BenchState; file: string }) =>
      grepAnswers(s, (q, e) => [...ugrepArgs(q, e), file], 'ugrep'),
    iterations: 1,
    warmup: 0,
  }),
];

// --- run directly: accuracy and one timing per method ----------------------------------------

async function compare(): Promise<void> {
  if (skip) {
    console.log(skip);
    return;
  }
  const s = await setupState();
  const rows: string[] = [];
  const time = <T>(f: () => T): [T, number] => {
    const t0 = performance.now();
    const v = f();
    return [v, performance.now() - t0];
  };
  // Verbatim: the first (cold) run, then the median of five warm runs, as the harness reports.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const indexTimes: number[] = [];
  for (let k = 0; k < 5; k++) indexTimes.push(time(() => indexBook({ ...s.book }))[1]);
  indexBook(s.book);
  const [v, coldMs] = time(() => verbatimAnswers(s));
  const warm: number[] = [];
  for (let k = 0; k < 5; k++) warm.push(time(() => verbatimAnswers(s))[1]);
  rows.push(
    `| Verbatim \`checkReview\` | ${median(warm).toFixed(0)} ms warm, ${coldMs.toFixed(0)} ms cold (+ ${median(indexTimes).toFixed(0)} ms to index the book) | ${(100 * accuracy(s, v.answers)).toFixed(0)}% | ${(100 * verdictAccuracy(s, v.verdicts)).toFixed(0)}% |`,
  );
  const [d, dmpMs] = time(() => dmpAnswers(s));
  rows.push(
    `| diff-match-patch \`match_main\` (first 32 chars) | ${dmpMs.toFixed(0)} ms | ${(100 * accuracy(s, d)).toFixed(0)}% | n/a |`,
  );
  const [fuse, fuseIndexMs] = time(() => fuseIndex(s));
  const [f, fuseMs] = time(() => fuseAnswers(s, fuse));
  rows.push(
    `| fuse.js over paragraphs | ${fuseMs.toFixed(0)} ms (+ ${fuseIndexMs.toFixed(0)} ms index) | ${(100 * accuracy(s, f)).toFixed(0)}% | n/a |`,
  );
  for (const [cmd, args] of [
    ['tre-agrep', treArgs],
    ['ugrep', ugrepArgs],
  ] as const) {
    if (!which(cmd)) {
      rows.push(`| ${cmd} | not installed: skipped | | |`);
      continue;
    }
    const file = linesFile(s);
    const [g, ms] = time(() => grepAnswers(s, (q, e) => [...args(q, e), file], cmd));
    rows.push(
      `| \`${cmd} ${args('PATTERN', 5).slice(0, -1).join(' ').replace(/5$/, 'k')}\` per quotation | ${ms.toFixed(0)} ms | ${(100 * accuracy(s, g)).toFixed(0)}% | n/a |`,
    );
  }
  const md = [
    '# Review check: speed and accuracy against baselines',
    '',
    'Reproduce: `node --import tsx bench/check.bench.ts` (baselines: one run each; `npm run bench -- check` gives medians).',
    '',
    `A review with 40 quotations of Middlemarch (${s.book.structure.wordCount.toLocaleString('en')} words): 22 verbatim sentences, ` +
      '6 with one word changed, 6 with words elided (…), 6 fabricated (sentences of Great Expectations). "Placed right": a real ' +
      'quotation placed in its paragraph, a fabricated one placed nowhere. "Verdict right": verbatim / altered / not found as ' +
      'expected (only Verbatim gives verdicts). The grep tools get one paragraph per line and up to one error per 10 characters, at most 5 (more makes them far slower), 30 s per quotation.',
    '',
    '| Method | Time for 40 quotations | Placed right | Verdict right |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  // Keep the hand-copied harness medians that follow this table in the results file.
  const out = path.join(root, 'eval/results/check-bench.md');
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const harness = previous.indexOf('## Harness medians');
  writeFileSync(out, harness >= 0 ? `${md}${previous.slice(harness)}` : md);
  console.log(md);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await compare();
