import { numberValue } from '../../book/numerals.js';
import type { Chapter } from '../../book/types.js';
import type { QuoteLocation } from '../types.js';
import type { Located } from './index.js';
import { movePlace } from './move-place.js';

/**
 * A line the book prints at several places is placed in the chapter the writer cites beside it:
 * "“Huh!” — Dr. Kennicott (Ch. 36)" (probe round AF85: Main Street prints "Huh!" at 23 places; the
 * first, in Chapter II, was taken, and a wrong credit supported there). The citation is the writer's
 * word for the place, so it overrules the book order and the neighbours' pull (neighbours.ts); it
 * only chooses among the places the line was found at, and only when one of them alone fits.
 */

/** "Ch. 36", "ch 12", "chap. XII", "Chapter 3": a chapter and its number as a writer cites it. */
const CITED_CHAPTER = /\b(?:chapter|chapt|chap|ch)\.?[ \t]*(\d{1,3}|[ivxlcdm]{1,8})\b/i;
/** How far after the quotation, on its line, a citation is looked for (characters). */
const AFTER_REACH = 80;
/** How far before the quotation, on its line, a citation is looked for ("Ch. 36: “Huh!”"). */
const BEFORE_REACH = 40;

/**
 * The chapter number the writer cites on the quotation's line, right after it (up to the next
 * quotation) or right before it, or null.
 */
export function citedChapter(
  text: string,
  outer: { start: number; end: number },
  nextStart: number,
): number | null {
  const lineEnd = text.indexOf('\n', outer.end);
  const afterEnd = Math.min(nextStart, lineEnd < 0 ? text.length : lineEnd, outer.end + AFTER_REACH);
  const lineStart = text.lastIndexOf('\n', outer.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, outer.start - BEFORE_REACH), outer.start);
  for (const stretch of [text.slice(outer.end, afterEnd), before]) {
    const m = CITED_CHAPTER.exec(stretch);
    const n = m ? numberValue(m[1]!) : null;
    if (n !== null && n > 0) return n;
  }
  return null;
}

/** The number a chapter's heading prints ("CHAPTER XXXVI.", "Chapter 36: The End", "XXXVI."), or null. */
function printedNumber(chapter: Chapter): number | null {
  const m = /^(?:[^\d\n]{0,40}?\b(?:chapter|chap|ch)\.?\s+)?(\d{1,3}|[ivxlcdm]{1,8})\b/i.exec(chapter.title);
  return m ? numberValue(m[1]!) : null;
}

/**
 * Moves a repeated line to the one place among those it was found at whose chapter is the cited
 * one: by the number its heading prints, else by its position among the book's chapters (a study
 * guide may count through volumes that each start again at Chapter I). Returns whether it moved.
 */
export function placeByCitedChapter(located: Located, cited: number, chapters: readonly Chapter[]): boolean {
  if (located.kind !== 'passage' || !located.location || located.otherLocations.length === 0) return false;
  const places = [located.location, ...located.otherLocations];
  const fits = (test: (c: Chapter) => boolean) =>
    places.filter(
      (p) => p.chapterIndex !== null && chapters[p.chapterIndex] && test(chapters[p.chapterIndex]!),
    );
  let chosen: QuoteLocation[] = fits((c) => printedNumber(c) === cited);
  if (chosen.length === 0) chosen = fits((c) => c.index + 1 === cited);
  if (chosen.length !== 1 || chosen[0] === located.location) return false;
  return movePlace(
    located,
    chosen[0]!,
    `placed in the chapter the writer cites (${cited}), of ${places.length} places`,
  );
}
