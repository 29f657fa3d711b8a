import type { Span } from '../../book/span.js';

/**
 * The same words elsewhere in the book: a short line ("Not at all.", "The tide is early.") often
 * occurs more than once, spoken by different people. The locate stage reports further places it
 * finds (`otherLocations`); where no place supports the credit the attribute stage also looks for
 * the located words themselves, printed again, so that a line placed at one of its occurrences is
 * never contradicted for another person's use of it.
 */

/** Lines longer than this (words) are not looked for again: long passages do not repeat. */
const MAX_WORDS = 12;
/** At most this many further places. */
const MAX_PLACES = 8;

export function sameWordsElsewhere(bookText: string, loc: Span, known: readonly Span[]): Span[] {
  const words = bookText
    .slice(loc.start, loc.end)
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return [];
  const pattern = words.map((w) => w.replace(/['’]/g, "['’]")).join('[^\\p{L}\\p{N}]+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
  const out: Span[] = [];
  const seen = [loc, ...known];
  for (let m = re.exec(bookText); m && out.length < MAX_PLACES; m = re.exec(bookText)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!seen.some((s) => s.start < span.end && span.start < s.end)) out.push(span);
  }
  return out;
}
