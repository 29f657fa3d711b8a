/**
 * The benchmark interface. A `bench/*.bench.ts` module exports `benches: Bench[]`; `npm run bench`
 * (bench/run.ts) finds every such module, runs each bench in a fresh child process (so one bench's
 * garbage and peak memory cannot leak into another's figures) and prints a table.
 *
 * Each bench: `setup()` once (untimed; its result is handed to `run`), then `run` once cold while
 * peak RSS is recorded, then `warmup` + `iterations` timed runs. Reported: the cold time, median
 * wall-clock and median CPU time; throughput and time targets are judged on CPU time (the work on one
 * core), because wall time on a shared machine measures the other processes too.
 */
export interface BenchTarget {
  /** Throughput the bench should reach (needs `bytes`). */
  mbPerSec?: number;
  /** Median CPU time it should stay under, in milliseconds. */
  maxMs?: number;
  /** Peak RSS growth it should stay under, as a multiple of `bytes`. */
  maxMemoryRatio?: number;
  /** Median wall time it should stay under, as a multiple of its `baseline` bench's (same run). */
  maxBaselineRatio?: number;
  /** Median wall time it should stay under, in milliseconds (for benches timing child processes, whose CPU time the harness cannot see). */
  maxWallMs?: number;
}

export interface Bench<S = unknown> {
  /** Unique name, shown in the table; `npm run bench -- <substring>` filters by it. */
  name: string;
  /** Input size per run, for MB/s and the memory ratio. May be a function of the setup result. */
  bytes?: number | ((state: S) => number);
  setup?: () => S | Promise<S>;
  /** The work to time; a returned promise is awaited. */
  run: (state: S) => unknown;
  target?: BenchTarget;
  /** Timed runs after warm-up (default 10). */
  iterations?: number;
  /** Untimed warm-up runs (default 3). */
  warmup?: number;
  /** A reason to skip (e.g. the corpus is absent): the bench is listed, not run. */
  skip?: string;
  /**
   * The name of another bench measured in the same run that this one is compared with (e.g. `node -e 0`
   * for a CLI command): the table prints the ratio of the median wall times beside the figure.
   */
  baseline?: string;
  /**
   * The baseline's own work (e.g. spawning `node -e 0`), timed right before each timed run of this
   * bench, so the two see the same load on the machine: the ratio printed is then this bench's median
   * over the median of these interleaved runs, not over the baseline bench's, measured minutes apart
   * (on a shared host the two medians of one `node -e 0` swing by a third from minute to minute).
   */
  pairedBaseline?: (state: S) => unknown;
}

/** Type-erases a bench so benches with different setup types fit one array. */
export function defineBench<S>(b: Bench<S>): Bench<unknown> {
  return b as unknown as Bench<unknown>;
}

export interface BenchResult {
  name: string;
  file: string;
  skipped?: string;
  error?: string;
  bytes: number | null;
  medianMs: number;
  minMs: number;
  /** Median CPU time (user + system, all threads) of one timed run: time on one core, immune to load. */
  cpuMs: number;
  /** The first run in the fresh process, before any warm-up. */
  coldMs: number;
  mbPerSec: number | null;
  /** Peak RSS minus RSS just before the cold run, in bytes; null if not measurable. */
  peakRssGrowth: number | null;
  /** True when the process peak was reached during setup, so the run's own peak is at most the figure. */
  peakHiddenBySetup: boolean;
  /** Heap in use after the cold run (result still alive) minus before, in bytes. */
  retainedHeap: number;
  target: BenchTarget | null;
  baseline?: string;
  /** Median wall time of the `pairedBaseline` runs interleaved with this bench's timed runs. */
  pairedBaselineMs?: number;
}
