/**
 * `npm run load`: the web server under load, on a full-length novel from the corpus (Pride and
 * Prejudice; skipped with a message where ../shared/corpus is absent). Starts a server of its own
 * (temporary library, 127.0.0.1, port 0), adds the book, waits for its analysis, then:
 *
 *   (a) 50 concurrent checks, each of a different 45-quotation review, while 4 readers fetch
 *       chapters, the contents and search results alongside, each a request every 50 ms: p50/p99
 *       for checks and for reader requests, errors, 429s. Targets on 2 cores: checks p99 ≤ 1 s,
 *       0 errors, reader p99 ≤ 100 ms. Then the same again with readers that never pause (a stress
 *       figure: they take all the CPU the checks leave).
 *   (b) 500 concurrent 2,000-quotation checks: most are shed with 429 + Retry-After, the server stays
 *       up, and every accepted check completes.
 *
 * The reviews are generated at run time from the novel's own sentences (test/load/review.ts): no
 * corpus text is copied into the project. Figures are printed, not asserted (they depend on the
 * machine and what else runs on it: the load average is printed beside them). Exits 1 on an error
 * in (a), or in (b) on anything but 200 or 429, or if the server does not answer afterwards.
 * LOAD_CHECKS, LOAD_FLOOD, LOAD_WORKERS, LOAD_READERS, LOAD_READER_MS override the 50, the 500, the
 * pool’s size, the 4 readers and their pace (a request every 50 ms each). Beside the
 * latencies it prints the CPU time the server process used during (a): what the work cost, which
 * (unlike latency) the machine’s other load hardly changes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadBookFile } from '../../src/formats/load.js';
import type { TocEntry } from '../../src/server/api-types.js';
import { defaultCheckWorkers } from '../../src/server/start.js';
import type { ReaderOptions, ReaderRun } from './readers.js';
import { generateReview } from './review.js';
import { latencyLine } from './stats.js';

const NOVEL = path.resolve(
  import.meta.dirname,
  '../../../shared/corpus/pdnc/PrideAndPrejudice/novel_text.txt',
);
const CHECKS = Number(process.env.LOAD_CHECKS ?? 50);
const FLOOD = Number(process.env.LOAD_FLOOD ?? 500);
const WORKERS = Number(process.env.LOAD_WORKERS ?? defaultCheckWorkers());
/** Readers fetching one request after another while the checks run. */
const READERS = Number(process.env.LOAD_READERS ?? 4);
/**
 * Each reader's pace in (0) and (a): a request every this many ms. 4 readers every 50 ms are 80
 * requests a second, a reading room of hundreds of people each turning a page or searching every few
 * seconds. (a, readers flat out) repeats (a) with readers that never pause.
 */
const READER_MS = Number(process.env.LOAD_READER_MS ?? 50);
const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Which server to measure: the built one (dist), what `npm start` runs, when it is newer than every
 * source file; else the TypeScript source, with a note (a check costs about a fifth more there).
 */
function serverBuild(): { build: 'dist' | 'src'; note: string } {
  const built = path.join(ROOT, 'dist/server/start.js');
  if (!existsSync(built))
    return { build: 'src', note: 'the TypeScript source (no build: run npm run build)' };
  const builtAt = statSync(built).mtimeMs;
  const src = path.join(ROOT, 'src');
  const newer = readdirSync(src, { recursive: true, encoding: 'utf8' }).find(
    (f) => f.endsWith('.ts') && !f.startsWith('web') && statSync(path.join(src, f)).mtimeMs > builtAt,
  );
  return newer
    ? {
        build: 'src',
        note: `the TypeScript source (src/${newer} is newer than the build: run npm run build)`,
      }
    : { build: 'dist', note: 'the build in dist/, as npm start runs it' };
}

/** The V8 flags `npm start` gives Node (package.json), given to the measured server too. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return (pkg.scripts.start ?? '').split(/\s+/).filter((a) => a.startsWith('--'));
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

interface Outcome {
  status: number;
  ms: number;
  retryAfter: string | null;
  error?: string;
}

async function post(url: string, body: string): Promise<Outcome> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    const ms = performance.now() - t0;
    const outcome: Outcome = { status: res.status, ms, retryAfter: res.headers.get('retry-after') };
    if (res.status !== 200 && res.status !== 429) outcome.error = `${res.status} ${text.slice(0, 200)}`;
    return outcome;
  } catch (e) {
    return { status: 0, ms: performance.now() - t0, retryAfter: null, error: String(e) };
  }
}

/** A line test/load/server.ts prints: where it listens, or its figures since the last ones. */
interface ServerLine {
  url?: string;
  eventLoopDelay?: string;
  cpuMs?: number;
}

/** Starts test/load/server.ts in a child process and waits for its URL. */
async function startServerProcess(dataDir: string, build: 'dist' | 'src') {
  const child = spawn(
    process.execPath,
    [
      ...startFlags(),
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'server.ts'),
      dataDir,
      String(WORKERS),
      build,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: ServerLine[] = [];
  const waiters: (() => void)[] = [];
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    let at = out.indexOf('\n');
    while (at >= 0) {
      lines.push(JSON.parse(out.slice(0, at)) as ServerLine);
      out = out.slice(at + 1);
      at = out.indexOf('\n');
      for (const w of waiters.splice(0)) w();
    }
  });
  const next = () =>
    new Promise<ServerLine>((resolve, reject) => {
      const take = () => (lines.length > 0 ? resolve(lines.shift()!) : waiters.push(take));
      take();
      child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
  const { url } = await next();
  if (!url) throw new Error('the server did not say where it listens');
  return {
    url,
    /**
     * The server's event-loop delay since the last call (how long its thread was ever busy), and the
     * CPU time the server process used since then (its thread and the check workers).
     */
    figures: async (): Promise<{ eventLoopDelay: string; cpuMs: number }> => {
      child.kill('SIGUSR2');
      const line = await next();
      return { eventLoopDelay: line.eventLoopDelay ?? '?', cpuMs: line.cpuMs ?? Number.NaN };
    },
    stop: () => child.kill('SIGTERM'),
    stopped,
  };
}

/** The readers (readers.ts) in a worker thread of their own. */
function startReaders(options: ReaderOptions) {
  const thread = new Worker(path.join(ROOT, 'src/server/jobs/ts-worker.mjs'), {
    workerData: { entry: '../../../test/load/readers.ts', ...options },
  });
  return {
    /** Starts the readers, each a request every intervalMs (0: as soon as answered). */
    run: (intervalMs: number) => thread.postMessage({ run: intervalMs }),
    /** Stops them; what they saw since `run`. */
    stop: () =>
      new Promise<ReaderRun>((resolve, reject) => {
        thread.once('message', resolve);
        thread.once('error', reject);
        thread.postMessage({ stop: true });
      }),
    close: () => thread.terminate(),
  };
}

/** Waits until the book's analysis is done. */
async function analysed(bookUrl: string): Promise<void> {
  for (;;) {
    const { analysisStatus } = (await (await fetch(bookUrl)).json()) as { analysisStatus: string };
    if (analysisStatus === 'done') return;
    if (analysisStatus === 'failed') throw new Error('the analysis failed');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<number> {
  if (!existsSync(NOVEL)) {
    console.log(`load: skipped: the corpus novel is not at ${NOVEL}`);
    return 0;
  }
  const { build, note } = serverBuild();
  console.log(
    `load: ${availableParallelism()} cores, ${WORKERS} check worker(s); load average before: ${load()}`,
  );
  console.log(`load: measuring ${note}; node ${startFlags().join(' ')}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-load-'));
  const server = await startServerProcess(dataDir, build);
  const api = `${server.url}api`;
  let failed = false;
  let readers: ReturnType<typeof startReaders> | null = null;
  try {
    const form = new FormData();
    form.append('file', new File([readFileSync(NOVEL)], 'novel_text.txt'));
    const added = await fetch(`${api}/books`, { method: 'POST', body: form });
    if (added.status !== 201)
      throw new Error(`could not add the novel: ${added.status} ${await added.text()}`);
    const { id } = (await added.json()) as { id: string };
    let t0 = performance.now();
    await analysed(`${api}/books/${id}`); // the checks use the finished analysis, as a person's would
    console.log(`load: Pride and Prejudice added; analysis took ${(performance.now() - t0).toFixed(0)} ms`);
    const book = await loadBookFile(NOVEL);
    const detail = (await (await fetch(`${api}/books/${id}`)).json()) as { toc: TocEntry[] };
    const checkUrl = `${api}/books/${id}/check`;

    // Each worker indexes the book on its first check; that first check is the figure a person sees once.
    t0 = performance.now();
    const warm = await Promise.all(
      Array.from({ length: WORKERS }, (_, i) =>
        post(checkUrl, JSON.stringify({ text: generateReview(book, 45, 1000 + i), format: 'md' })),
      ),
    );
    console.log(
      `load: first check per worker (indexes the book): ${warm.map((o) => `${o.ms.toFixed(0)} ms`).join(', ')}`,
    );

    // (a) CHECKS concurrent 45-quotation checks, readers alongside.
    const reading = startReaders({
      api,
      bookId: id,
      chapters: detail.toc.map(({ start, end }) => ({ start, end })),
      readers: READERS,
    });
    readers = reading;
    const pace = (intervalMs: number) =>
      intervalMs > 0
        ? `each asking every ${intervalMs} ms (${Math.round((READERS * 1000) / intervalMs)} requests a second in all)`
        : 'each asking as soon as it is answered';

    // Baseline: the same readers with no checks running, on the same machine at the same time, so the
    // share of reader latency due to the machine (its load, the load generator) is seen beside (a).
    {
      reading.run(READER_MS);
      await new Promise((r) => setTimeout(r, 3000));
      const alone = await reading.stop();
      console.log(latencyLine(`load (0): ${READERS} readers ${pace(READER_MS)}, 3 s, no checks`, alone.ms));
      console.log(`load (0): the server's event-loop delay: ${(await server.figures()).eventLoopDelay}`);
    }

    /** The 50 checks with readers alongside; false on an error. */
    const checksWithReaders = async (label: string, intervalMs: number, seed: number): Promise<boolean> => {
      const reviews = Array.from({ length: CHECKS }, (_, i) =>
        JSON.stringify({ text: generateReview(book, 45, seed + i), format: 'md' }),
      );
      const t0 = performance.now();
      reading.run(intervalMs);
      const outcomes = await Promise.all(reviews.map((body) => post(checkUrl, body)));
      const { ms: readerMs, errors: readerErrors } = await reading.stop();
      const wall = performance.now() - t0;
      const errors = outcomes.filter((o) => o.error);
      console.log(
        `\n${label}: ${CHECKS} concurrent checks of different 45-quotation reviews, ${READERS} readers alongside ${pace(intervalMs)}, in ${(wall / 1000).toFixed(1)} s; load average ${load()}`,
      );
      console.log(
        latencyLine(
          `${label}: checks`,
          outcomes.filter((o) => o.status === 200).map((o) => o.ms),
        ),
      );
      console.log(
        `${label}: checks: errors ${errors.length}, 429s ${outcomes.filter((o) => o.status === 429).length}`,
      );
      console.log(latencyLine(`${label}: reader requests`, readerMs));
      console.log(`${label}: reader errors ${readerErrors.length}`);
      const figures = await server.figures();
      console.log(`${label}: the server's event-loop delay: ${figures.eventLoopDelay}`);
      // Latency on a shared machine depends on what else runs; the CPU the checks cost does not.
      console.log(
        `${label}: server CPU ${figures.cpuMs.toFixed(0)} ms for the ${CHECKS} checks and ${readerMs.length} reader requests`,
      );
      for (const e of [...errors.map((o) => o.error), ...readerErrors].slice(0, 5))
        console.log(`${label}: error: ${e}`);
      return errors.length === 0 && readerErrors.length === 0;
    };
    if (!(await checksWithReaders('load (a)', READER_MS, 1))) failed = true;
    // The same with readers that never pause: they take every moment of CPU the checks leave (the
    // checks run at a lower priority), so this shows what a flood of reading costs the checks.
    if (!(await checksWithReaders('load (a, readers flat out)', 0, 1 + CHECKS))) failed = true;

    // (b) FLOOD concurrent 2,000-quotation checks: shed, never fall over.
    const big = Array.from({ length: 5 }, (_, i) =>
      JSON.stringify({ text: generateReview(book, 2000, 500 + i), format: 'md' }),
    );
    console.log(
      `\nload (b): ${FLOOD} concurrent checks of 2,000-quotation reviews (${(big[0]!.length / 1000).toFixed(0)} KB each)…`,
    );
    t0 = performance.now();
    const flood = await Promise.all(
      Array.from({ length: FLOOD }, (_, i) => post(checkUrl, big[i % big.length]!)),
    );
    const wallB = performance.now() - t0;
    const accepted = flood.filter((o) => o.status === 200);
    const shed = flood.filter((o) => o.status === 429);
    const other = flood.filter((o) => o.status !== 200 && o.status !== 429);
    const withRetryAfter = shed.filter((o) => o.retryAfter !== null).length;
    console.log(`load (b): done in ${(wallB / 1000).toFixed(1)} s; load average ${load()}`);
    console.log(
      `load (b): accepted and completed ${accepted.length}, shed with 429 ${shed.length} (${withRetryAfter} with Retry-After), other ${other.length}`,
    );
    console.log(
      latencyLine(
        'load (b): accepted checks',
        accepted.map((o) => o.ms),
      ),
    );
    console.log(
      latencyLine(
        'load (b): 429 answers',
        shed.map((o) => o.ms),
      ),
    );
    console.log(`load (b): the server's event-loop delay: ${(await server.figures()).eventLoopDelay}`);
    for (const o of other.slice(0, 5)) console.log(`load (b): error: ${o.error}`);
    if (other.length > 0 || withRetryAfter !== shed.length) failed = true;

    // Still up: a reader request and a short check are answered.
    const after = await fetch(`${api}/books/${id}`);
    const afterCheck = await post(
      checkUrl,
      JSON.stringify({ text: generateReview(book, 45, 1), format: 'md' }),
    );
    console.log(
      `load: afterwards the server answers: reader ${after.status}, check ${afterCheck.status} in ${afterCheck.ms.toFixed(0)} ms`,
    );
    if (after.status !== 200 || afterCheck.status !== 200) failed = true;
  } finally {
    await readers?.close();
    server.stop();
    await server.stopped;
    rmSync(dataDir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
