/**
 * The command line as a person meets it: one `bin/verbatim` process per call, timed from spawn to
 * exit, beside `node -e 0` (the floor no Node program goes below) measured in the same run, and
 * spawned again right before each timed run of a command compared with it, so that the ratio the
 * targets are judged on sees one load on the machine for both.
 * Targets (issue 11): `list` and `info` ≤ 2 × node -e 0; a one-shot `check` of a 45-quotation essay
 * against a stored, analysed Pride and Prejudice ≤ 4 ×; 30 such essays in one call ≤ 3 s, beside
 * its baseline, the same 30 essays checked by 30 separate calls.
 *
 * Needs the built CLI (`npm run build`) and the corpus novel; skips with a message without them.
 * The library (the novel added and analysed, untimed) and the essays (written from the novel's own
 * sentences, bench/essays.ts) are made once per `npm run bench` and shared by the benches here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEssay } from './essays.js';
import { defineBench } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(root, 'bin/verbatim');
const NOVEL = path.resolve(root, '../shared/corpus/pdnc/PrideAndPrejudice/novel_text.txt');
const ESSAYS = 30;

const skip = !existsSync(path.join(root, 'dist/verbatim.cjs'))
  ? 'the CLI is not built (run npm run build)'
  : !existsSync(NOVEL)
    ? `corpus novel ${NOVEL} not found`
    : undefined;

interface Fixture {
  dataDir: string;
  bookId: string;
  essayDir: string;
  essays: string[];
  outDir: string;
}

/**
 * Runs bin/verbatim as a person would, through its `#!` line (which gives Node the V8 flags the CLI
 * starts with), with this Node first on the PATH; a failure (exit ≥ 2) stops the bench with its message.
 */
const ENV = {
  ...process.env,
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
};
function verbatim(args: string[]): string {
  const r = spawnSync(BIN, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: ENV });
  if (r.status === null || r.status >= 2) {
    throw new Error(`verbatim ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').pop()}`);
  }
  return r.stdout;
}

/**
 * One shared fixture per `npm run bench` run (each bench runs in its own child of bench/run.ts, so
 * the parent's pid names it): adding and analysing the novel takes seconds and is not what is timed.
 */
/** The class set of the fixture's essays in one call, HTML reports into its output folder. */
function classSet(f: Fixture, ...extra: string[]): string {
  return verbatim([
    '--data-dir',
    f.dataDir,
    'check',
    f.essayDir,
    '--book',
    f.bookId,
    '--out',
    f.outDir,
    '--format',
    'html',
    ...extra,
  ]);
}

function fixture(): Fixture {
  const base = path.join(tmpdir(), `verbatim-bench-cli-${process.ppid}`);
  const dataDir = path.join(base, 'library');
  const essayDir = path.join(base, 'essays');
  const ready = path.join(base, 'ready.json');
  if (!existsSync(ready)) {
    rmSync(base, { recursive: true, force: true });
    mkdirSync(essayDir, { recursive: true });
    const added = JSON.parse(verbatim(['--data-dir', dataDir, 'add', NOVEL, '--format', 'json'])) as {
      id: string;
    };
    verbatim(['--data-dir', dataDir, 'analyze', added.id, '--format', 'json']);
    const text = readFileSync(NOVEL, 'utf8');
    for (let i = 1; i <= ESSAYS; i++) {
      writeFileSync(path.join(essayDir, `essay${String(i).padStart(2, '0')}.md`), writeEssay(text, i));
    }
    writeFileSync(ready, JSON.stringify({ bookId: added.id }));
  }
  const { bookId } = JSON.parse(readFileSync(ready, 'utf8')) as { bookId: string };
  const essays = Array.from({ length: ESSAYS }, (_, i) =>
    path.join(essayDir, `essay${String(i + 1).padStart(2, '0')}.md`),
  );
  return { dataDir, bookId, essayDir, essays, outDir: path.join(base, 'reports') };
}

const NODE = 'node -e 0';
/** `node -e 0` once, timed right before each run of a command compared with it (harness.ts: pairedBaseline). */
const nodeFloor = () => spawnSync(process.execPath, ['-e', '0']);
const common = { ...(skip ? { skip } : {}), setup: () => (skip ? (null as unknown as Fixture) : fixture()) };

export const benches = [
  defineBench({
    ...common,
    name: NODE,
    run: nodeFloor,
    iterations: 15,
  }),
  defineBench({
    ...common,
    name: 'verbatim list (one-shot)',
    baseline: NODE,
    run: (f: Fixture) => verbatim(['--data-dir', f.dataDir, 'list']),
    pairedBaseline: nodeFloor,
    iterations: 15,
    target: { maxBaselineRatio: 2 },
  }),
  defineBench({
    ...common,
    name: 'verbatim info <id> (one-shot, Pride and Prejudice)',
    baseline: NODE,
    run: (f: Fixture) => verbatim(['--data-dir', f.dataDir, 'info', f.bookId]),
    pairedBaseline: nodeFloor,
    iterations: 15,
    target: { maxBaselineRatio: 2 },
  }),
  defineBench({
    ...common,
    name: 'verbatim check: 45 quotations vs stored, analysed P&P (one-shot)',
    baseline: NODE,
    run: (f: Fixture) => verbatim(['--data-dir', f.dataDir, 'check', f.essays[0]!, '--book', f.bookId]),
    pairedBaseline: nodeFloor,
    iterations: 11,
    warmup: 1,
    target: { maxBaselineRatio: 4 },
  }),
  defineBench({
    ...common,
    name: 'baseline: 30 essays as 30 one-shot checks',
    run: (f: Fixture) => {
      for (const essay of f.essays) verbatim(['--data-dir', f.dataDir, 'check', essay, '--book', f.bookId]);
    },
    iterations: 1,
    warmup: 0,
  }),
  defineBench({
    ...common,
    name: 'verbatim check: class set, 30 essays in one call (--out, html)',
    baseline: 'baseline: 30 essays as 30 one-shot checks',
    run: (f: Fixture) => classSet(f),
    iterations: 3,
    warmup: 1,
    target: { maxWallMs: 3000 },
  }),
  defineBench({
    ...common,
    name: 'verbatim check: class set, 30 essays, --jobs 2 (worker thread)',
    baseline: 'baseline: 30 essays as 30 one-shot checks',
    run: (f: Fixture) => classSet(f, '--jobs', '2'),
    iterations: 3,
    warmup: 1,
  }),
];
