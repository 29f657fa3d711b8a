import { createHash } from 'node:crypto';
import { VerbatimError } from '../errors.js';

/** One of N slices of a corpus: `index` counts from 1, as `--shard 1/4` … `--shard 4/4`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Reads `K/N`. K counts from 1 so that SLURM's `--array=1-N` maps straight onto it; Kubernetes'
 * 0-based JOB_COMPLETION_INDEX is given as `$((JOB_COMPLETION_INDEX + 1))` (docs/corpus.md).
 */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) {
    throw new VerbatimError('usage', `--shard must be K/N (e.g. 2/8), not "${spec}"`);
  }
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new VerbatimError('usage', `--shard ${spec}: N must be at least 1`);
  if (index < 1 || index > count) {
    throw new VerbatimError(
      'usage',
      `--shard ${spec}: K must be between 1 and ${count} (shards count from 1)`,
    );
  }
  return { index, count };
}

/**
 * Which slice (1..count) a book belongs to: a hash of its path relative to the corpus folder, so
 * every machine agrees without talking to the others, and adding or reordering files never moves a
 * book to another slice. Separators are made '/' so Windows and POSIX paths agree.
 */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath.split('\\').join('/')).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(relativePath: string, shard: Shard | null): boolean {
  return shard === null || shardOf(relativePath, shard.count) === shard.index;
}

/** `corpus.csv`, or `corpus.2-of-8.csv` for a shard. */
export function csvNameFor(shard: Shard | null): string {
  return shard ? `corpus.${shard.index}-of-${shard.count}.csv` : 'corpus.csv';
}
