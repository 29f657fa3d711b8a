import { describe, expect, it } from 'vitest';
import { csvNameFor, inShard, parseShard, shardOf } from '../../src/corpus/shard.js';

const paths = Array.from({ length: 200 }, (_, i) => `authors/${i % 7}/novel-${i}.txt`);

describe('shards', () => {
  it('put every path in exactly one of N slices, whatever the order of the files', () => {
    for (const n of [1, 2, 3, 8]) {
      const forward = paths.map((p) => shardOf(p, n));
      const backward = [...paths]
        .reverse()
        .map((p) => shardOf(p, n))
        .reverse();
      expect(backward).toEqual(forward);
      for (const p of paths) {
        const owners = Array.from({ length: n }, (_, k) => inShard(p, { index: k + 1, count: n })).filter(
          Boolean,
        );
        expect(owners).toHaveLength(1);
      }
    }
  });

  it('are roughly even, and Windows separators hash like POSIX ones', () => {
    const sizes = [0, 0, 0, 0];
    for (const p of paths) sizes[shardOf(p, 4) - 1]!++;
    for (const size of sizes) expect(size).toBeGreaterThan(30);
    expect(shardOf('a\\b\\c.txt', 5)).toBe(shardOf('a/b/c.txt', 5));
  });

  it('read K/N with K from 1, and name their CSV', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('0/4')).toThrow(/between 1 and 4/);
    expect(() => parseShard('3/2')).toThrow(/between 1 and 2/);
    expect(() => parseShard('1/0')).toThrow(/at least 1/);
    expect(() => parseShard('2')).toThrow(/K\/N/);
    expect(csvNameFor({ index: 2, count: 8 })).toBe('corpus.2-of-8.csv');
    expect(csvNameFor(null)).toBe('corpus.csv');
  });
});
