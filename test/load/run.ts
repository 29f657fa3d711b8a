/**
 * `npm run load`: the web server under load, on a full-length novel from the corpus (Pride and
 * Prejudice; skipped with a message where ../shared/corpus is absent). Starts a server of its own
 * (temporary library, 127.0.0.1, port 0), adds the book, waits for its analysis, then:
 *
 *   (a) 50 concurrent checks, each of a different 45-quotation review, while readers fetch chapters,
 *       the contents and search results alongside: p50/p99 for checks and for reader requests,
 *       errors, 429s. Targets on 2 cores: checks p99 ≤ 1 s, 0 errors, reader p99 ≤ 100 ms.
 *   (b) 500 concurrent 2,000-quotation checks: most are shed with 429 + Retry-After, the server stays
 *       up, and every accepted check completes.
 *
 * The reviews are generated at run time from the novel's own sentences (test/load/review.ts): no
 * corpus text is copied into the project. Figures are printed, not asserted (they depend on the
 * machine and what else runs on it: the load average is printed beside them). Exits 1 on an error
 * in (a), or in (b) on anything but 200 or 429, or if the server does not answer afterwards.
 * LOAD_CHECKS, LOAD_FLOOD, LOAD_WORKERS, LOAD_READERS override the 50, the 500, the pool’s size and the 4 readers. Beside the
 * latencies it prints the CPU time the server process used during (a): what the work cost, which
 * (unlike latency) the machine’s other load hardly changes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadBookFile } from '../../src/formats/load.js';
import type { TocEntry } from '../../src/server/api-types.js';
import { defaultCheckWorkers } from '../../src/server/start.js';
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
async function startServerProcess(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'server.ts'), dataDir, String(WORKERS)],
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
  console.log(
    `load: ${availableParallelism()} cores, ${WORKERS} check worker(s); load average before: ${load()}`,
  );
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-load-'));
  const server = await startServerProcess(dataDir);
  const api = `${server.url}api`;
  let failed = false;
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
    const readerMs: number[] = [];
    const readerErrors: string[] = [];
    let checking = true;
    const reader = async (n: number) => {
      for (let i = n; checking; i += READERS) {
        const chapter = detail.toc[i % detail.toc.length]!;
        const url =
          i % 3 === 0
            ? `${api}/books/${id}/passage?start=${chapter.start}&end=${chapter.end}`
            : i % 3 === 1
              ? `${api}/books/${id}/search?q=${encodeURIComponent(['Darcy', 'Pemberley', 'Netherfield', 'Lydia'][i % 4]!)}`
              : `${api}/books/${id}`;
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        readerMs.push(performance.now() - t);
        if (res.status !== 200) readerErrors.push(`${url}: ${res.status}`);
      }
    };
    // Baseline: the same readers with no checks running, on the same machine at the same time, so the
    // share of reader latency due to the machine (its load, the load generator) is seen beside (a).
    t0 = performance.now();
    const alone = Array.from({ length: READERS }, (_, n) => reader(n));
    await new Promise((r) => setTimeout(r, 3000));
    checking = false;
    await Promise.all(alone);
    console.log(latencyLine('load (0): reader requests alone, 3 s, no checks', readerMs.splice(0)));
    console.log(`load (0): the server's event-loop delay: ${(await server.figures()).eventLoopDelay}`);
    checking = true;
    const reviews = Array.from({ length: CHECKS }, (_, i) =>
      JSON.stringify({ text: generateReview(book, 45, i + 1), format: 'md' }),
    );
    t0 = performance.now();
    const readers = Array.from({ length: READERS }, (_, n) => reader(n));
    const outcomes = await Promise.all(reviews.map((body) => post(checkUrl, body)));
    checking = false;
    await Promise.all(readers);
    const wallA = performance.now() - t0;
    const errorsA = outcomes.filter((o) => o.error);
    console.log(
      `\nload (a): ${CHECKS} concurrent checks of different 45-quotation reviews, ${READERS} readers alongside, in ${(wallA / 1000).toFixed(1)} s; load average ${load()}`,
    );
    console.log(
      latencyLine(
        'load (a): checks',
        outcomes.filter((o) => o.status === 200).map((o) => o.ms),
      ),
    );
    console.log(
      `load (a): checks: errors ${errorsA.length}, 429s ${outcomes.filter((o) => o.status === 429).length}`,
    );
    console.log(latencyLine('load (a): reader requests', readerMs));
    console.log(`load (a): reader errors ${readerErrors.length}`);
    const figuresA = await server.figures();
    console.log(`load (a): the server's event-loop delay: ${figuresA.eventLoopDelay}`);
    // Latency on a shared machine depends on what else runs; the CPU the checks cost does not.
    console.log(
      `load (a): server CPU ${figuresA.cpuMs.toFixed(0)} ms for the ${CHECKS} checks and ${readerMs.length} reader requests`,
    );
    for (const e of [...errorsA.map((o) => o.error), ...readerErrors].slice(0, 5))
      console.log(`load (a): error: ${e}`);
    if (errorsA.length > 0 || readerErrors.length > 0) failed = true;

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
    const afterCheck = await post(checkUrl, reviews[0]!);
    console.log(
      `load: afterwards the server answers: reader ${after.status}, check ${afterCheck.status} in ${afterCheck.ms.toFixed(0)} ms`,
    );
    if (after.status !== 200 || afterCheck.status !== 200) failed = true;
  } finally {
    server.stop();
    await server.stopped;
    rmSync(dataDir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
