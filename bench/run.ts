/**
 * `npm run bench [-- <name filter>]`: runs every bench exported by `bench/*.bench.ts` (see harness.ts),
 * each in its own child process, and prints median time, throughput and peak memory beside targets.
 * `--json <file>` also writes the results as JSON.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './harness.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

async function loadBenches(file: string): Promise<Bench[]> {
  const mod = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { benches?: Bench[] };
  if (!Array.isArray(mod.benches)) throw new Error(`${file} does not export "benches: Bench[]"`);
  return mod.benches;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** Child side: run one bench and print its result as JSON on the last line of stdout. */
async function runChild(file: string, name: string): Promise<void> {
  const bench = (await loadBenches(file)).find((b) => b.name === name);
  if (!bench) throw new Error(`no bench "${name}" in ${file}`);
  const base: BenchResult = {
    name,
    file,
    bytes: null,
    medianMs: Number.NaN,
    minMs: Number.NaN,
    cpuMs: Number.NaN,
    coldMs: Number.NaN,
    mbPerSec: null,
    peakRssGrowth: null,
    peakHiddenBySetup: false,
    retainedHeap: 0,
    target: bench.target ?? null,
    ...(bench.baseline ? { baseline: bench.baseline } : {}),
  };
  if (bench.skip) {
    console.log(JSON.stringify({ ...base, skipped: bench.skip }));
    return;
  }
  const state = bench.setup ? await bench.setup() : undefined;
  const bytes = typeof bench.bytes === 'function' ? bench.bytes(state) : (bench.bytes ?? null);
  gc();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  const coldStart = performance.now();
  let kept: unknown = await settle(bench.run(state));
  const coldMs = performance.now() - coldStart;
  const maxRssAfter = process.resourceUsage().maxRSS * 1024;
  const retainedHeap = process.memoryUsage().heapUsed - heapBefore;
  kept = null;
  void kept;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const baselineTimes: number[] = [];
  const warmup = bench.warmup ?? 3;
  const iterations = bench.iterations ?? 10;
  for (let i = 0; i < warmup + iterations; i++) {
    gc();
    if (bench.pairedBaseline) {
      const b0 = performance.now();
      await settle(bench.pairedBaseline(state));
      if (i >= warmup) baselineTimes.push(performance.now() - b0);
    }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await settle(bench.run(state));
    const dt = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (i >= warmup) {
      times.push(dt);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
  }
  const medianMs = median(times);
  const cpuMs = median(cpuTimes);
  console.log(
    JSON.stringify({
      ...base,
      bytes,
      medianMs,
      minMs: Math.min(...times),
      cpuMs,
      coldMs,
      mbPerSec: bytes ? bytes / MB / (cpuMs / 1000) : null,
      peakRssGrowth: Math.max(0, maxRssAfter - rssBefore),
      peakHiddenBySetup: maxRssAfter <= maxRssBefore,
      retainedHeap,
      ...(baselineTimes.length ? { pairedBaselineMs: median(baselineTimes) } : {}),
    } satisfies BenchResult),
  );
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Waits for a bench that returns a promise; a plain value passes through. */
async function settle(v: unknown): Promise<unknown> {
  return v instanceof Promise ? await v : v;
}

function fmt(n: number | null, digits = 1): string {
  return n === null || Number.isNaN(n) ? '—' : n.toFixed(digits);
}

function verdict(ok: boolean | null): string {
  return ok === null ? '' : ok ? 'ok' : 'MISSED';
}

function printTable(results: readonly BenchResult[]): void {
  const rows: string[][] = [
    [
      'bench',
      'size MB',
      'cold ms',
      'wall ms',
      'min ms',
      'CPU ms',
      'MB/s',
      'target MB/s',
      'peak RSS +MB',
      '× size',
      'target ×',
      'vs baseline',
      'status',
    ],
  ];
  const byName = new Map(results.map((r) => [r.name, r]));
  for (const r of results) {
    if (r.skipped || r.error) {
      rows.push([
        r.name,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        r.skipped ? `skipped: ${r.skipped}` : `ERROR: ${r.error}`,
      ]);
      continue;
    }
    const ratio = r.bytes && r.peakRssGrowth !== null ? r.peakRssGrowth / r.bytes : null;
    const t = r.target ?? {};
    const base = r.baseline ? byName.get(r.baseline) : undefined;
    // (the baseline's runs interleaved with this bench's where it has them, else the baseline bench's)
    const baseMs = r.pairedBaselineMs ?? (base && !base.skipped && !base.error ? base.medianMs : null);
    const baseRatio = baseMs === null ? null : r.medianMs / baseMs;
    const checks: (boolean | null)[] = [
      t.maxBaselineRatio !== undefined && baseRatio !== null ? baseRatio <= t.maxBaselineRatio : null,
      t.maxWallMs !== undefined ? r.medianMs <= t.maxWallMs : null,
      t.mbPerSec !== undefined && r.mbPerSec !== null ? r.mbPerSec >= t.mbPerSec : null,
      t.maxMs !== undefined ? r.cpuMs <= t.maxMs : null,
      t.maxMemoryRatio !== undefined && ratio !== null ? ratio <= t.maxMemoryRatio : null,
    ];
    const relevant = checks.filter((c) => c !== null);
    rows.push([
      r.name,
      fmt(r.bytes ? r.bytes / MB : null, 2),
      fmt(r.coldMs),
      fmt(r.medianMs),
      fmt(r.minMs),
      fmt(r.cpuMs),
      fmt(r.mbPerSec),
      t.mbPerSec !== undefined ? `≥ ${t.mbPerSec}` : '',
      `${r.peakHiddenBySetup ? '≤ ' : ''}${fmt(r.peakRssGrowth === null ? null : r.peakRssGrowth / MB)}`,
      fmt(ratio, 2),
      t.maxMemoryRatio !== undefined ? `≤ ${t.maxMemoryRatio}` : '',
      baseRatio === null
        ? ''
        : `${baseRatio.toFixed(1)} × ${baseMs!.toFixed(0)} ms (${r.baseline}${r.pairedBaselineMs !== undefined ? ', interleaved' : ''})${t.maxBaselineRatio !== undefined ? `, target ≤ ${t.maxBaselineRatio} ×` : ''}`,
      relevant.length ? verdict(relevant.every(Boolean)) : '',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const [i, r] of rows.entries()) {
    console.log(
      r
        .map((cell, c) => (c === 0 || c >= 12 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--child') {
    await runChild(argv[1]!, argv[2]!);
    return;
  }
  const jsonAt = argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  const filters = argv.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const results: BenchResult[] = [];
  const cpus = os.cpus();
  console.log(
    `node ${process.version}, ${process.arch}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, load average ` +
      `${os.loadavg()[0]!.toFixed(1)}; each bench in a fresh child process\n`,
  );
  for (const file of files) {
    for (const bench of await loadBenches(file)) {
      if (filters.length && !filters.some((f) => bench.name.includes(f))) continue;
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--child', file, bench.name],
        { encoding: 'utf8', maxBuffer: 16 * MB },
      );
      const last = child.stdout.trim().split('\n').pop() ?? '';
      try {
        results.push(JSON.parse(last) as BenchResult);
      } catch {
        results.push({
          name: bench.name,
          file,
          error: (child.stderr.trim().split('\n').pop() ?? 'no output').slice(0, 200),
          bytes: null,
          medianMs: Number.NaN,
          minMs: Number.NaN,
          cpuMs: Number.NaN,
          coldMs: Number.NaN,
          mbPerSec: null,
          peakRssGrowth: null,
          peakHiddenBySetup: false,
          retainedHeap: 0,
          target: null,
        });
      }
    }
  }
  printTable(results);
  console.log(
    '\ncold ms: the first run in a fresh process (JIT not warmed up: what a one-shot CLI call pays);\n' +
      'wall ms: median wall-clock time over the timed runs after warm-up (min ms: the fastest);\n' +
      'CPU ms: median CPU time of the process for one run (on one core, unaffected by other processes\n' +
      'competing for the cores); MB/s and the ms targets use CPU ms.\n' +
      'peak RSS +MB: the child process peak RSS minus its RSS just before the first (cold) run, so it\n' +
      'includes the run’s result and garbage not yet collected; "≤" means setup already reached a higher peak.\n' +
      'vs baseline: median wall ms ÷ the named baseline bench’s median wall ms, both measured in this run\n' +
      '("interleaved": ÷ the median of the baseline’s runs made right before each of this bench’s).\n' +
      'Benches that time child processes (the CLI) show the child’s wall time; their CPU column is the parent’s.',
  );
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  if (results.some((r) => r.error)) process.exitCode = 1;
}

await main(process.argv.slice(2));
