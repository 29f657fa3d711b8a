import type { Span } from '../../book/span.js';
import { type BookIndex, postingCount, postingsAt } from '../locate/book-index.js';
import { edgeBefore, SHORT_LINE_WORDS } from '../locate/edges.js';

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

/** The first word (a word position of the index) ending after `offset`. */
function firstWordAfter(index: BookIndex, offset: number): number {
  let lo = 0;
  let hi = index.ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Other places the book prints the words at `loc` in the same order, not overlapping `known`. Read
 * from the word index (the rarest word's postings, then the run around each), not by scanning the
 * text: a regular expression over the whole novel per quotation was a quarter of a class set's time.
 */
export function sameWordsElsewhere(
  index: BookIndex,
  loc: Span,
  known: readonly Span[],
  bookText: string,
): Span[] {
  const first = firstWordAfter(index, loc.start);
  let end = first;
  while (end < index.ids.length && index.starts[end]! < loc.end) end++;
  const n = end - first;
  if (n === 0 || n > MAX_WORDS) return [];
  let pivot = 0;
  for (let k = 1; k < n; k++) {
    if (postingCount(index, index.ids[first + k]!) < postingCount(index, index.ids[first + pivot]!))
      pivot = k;
  }
  // A short line is the same line only where its edges fit as well as at its place: "Christian
  // name?" is the question “Christian name?”, not the "Christian name" of "Only a Christian
  // name--Rita." inside another's speech (probe round AE15: a wrong credit supported there).
  const edgesAt = (s: number) => edgeBefore(s, index, bookText) + edgeBefore(s + n, index, bookText);
  const edgesHere = n <= SHORT_LINE_WORDS ? edgesAt(first) : 0;
  const out: Span[] = [];
  const seen = [loc, ...known];
  for (const p of postingsAt(index, index.ids[first + pivot]!)) {
    const s = p - pivot;
    if (s < 0 || s + n > index.ids.length) continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = index.ids[s + k] === index.ids[first + k];
    if (!same || edgesAt(s) < edgesHere) continue;
    const span = { start: index.starts[s]!, end: index.ends[s + n - 1]! };
    if (!seen.some((x) => x.start < span.end && span.start < x.end)) out.push(span);
    if (out.length >= MAX_PLACES) break;
  }
  return out;
}
