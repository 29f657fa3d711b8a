/**
 * Showing a line at another of its places (src/check/locate/move-place.ts): the place's own verdict
 * and diff come with it, but never a place where the words are not found at all.
 */
import { describe, expect, it } from 'vitest';
import type { Located, PlaceJudgement } from '../../src/check/locate/index.js';
import { movePlace } from '../../src/check/locate/move-place.js';

const here = { start: 100, end: 140, chapter: 'CHAPTER I.', chapterIndex: 0 };
const there = { start: 900, end: 944, chapter: 'CHAPTER II.', chapterIndex: 1 };

function judgement(verdict: PlaceJudgement['verdict'], note: string): PlaceJudgement {
  return { verdict, diff: [], score: verdict === 'not_found' ? 0.5 : 0.9, notes: [note], elided: [] };
}

function located(atThere: PlaceJudgement): Located {
  const shown = judgement('altered', 'at the first place');
  return {
    ...shown,
    kind: 'passage',
    kindReason: '',
    location: here,
    otherLocations: [there],
    occurrences: null,
    judgedAt: new Map([
      [here.start, shown],
      [there.start, atThere],
    ]),
  };
}

describe('moving the place shown', () => {
  it('takes the other place’s own verdict and notes', () => {
    const l = located(judgement('verbatim', 'at the second place'));
    expect(movePlace(l, there, 'moved')).toBe(true);
    expect(l.location).toEqual(there);
    expect(l.verdict).toBe('verbatim');
    expect(l.notes).toEqual(['at the second place', 'moved']);
  });

  it('does not move to a place where the words are not found (probe round AF213)', () => {
    const l = located(judgement('not_found', 'at the second place'));
    expect(movePlace(l, there, 'moved')).toBe(false);
    expect(l.location).toEqual(here);
    expect(l.verdict).toBe('altered');
    expect(l.notes).toEqual(['at the first place']);
  });
});
