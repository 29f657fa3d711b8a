import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from '../../src/corpus/progress.js';

function run(isTTY: boolean): string {
  let out = '';
  let clock = 0;
  const progress = new Progress({ total: 4, isTTY, write: (s) => (out += s), now: () => clock });
  clock = 30;
  progress.book('a.txt');
  clock = 60;
  progress.book('b.epub', 'not an EPUB');
  progress.end();
  return out;
}

describe('corpus progress', () => {
  it('writes one plain line per book, with pace and ETA, where stderr is not a terminal', () => {
    expect(run(false)).toBe(
      '[1/4] ok a.txt (1/4 books, 2.0 books/min, ETA 1m30s)\n' +
        '[2/4] failed b.epub: not an EPUB (2/4 books, 1 failed, 2.0 books/min, ETA 1m00s)\n',
    );
  });

  it('redraws a bar on a terminal, keeping failures on screen above it', () => {
    const out = run(true);
    expect(out).toContain('\r\x1b[2K[######------------------] 1/4 books, 2.0 books/min, ETA 1m30s');
    expect(out).toContain('\r\x1b[2Kfailed b.epub: not an EPUB\n');
    expect(out.endsWith('ETA 1m00s\n')).toBe(true);
  });

  it('says durations the way people read them', () => {
    expect([5, 75, 3720, Number.NaN].map(formatDuration)).toEqual(['5s', '1m15s', '1h02m', '?']);
  });
});
