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
 * The chapters a cited number means: those whose heading prints it (a book in volumes may print
 * "Chapter III" in each), else the chapter at that position (a study guide may count straight
 * through the volumes).
 */
export function chaptersCited(cited: number, chapters: readonly Chapter[]): ReadonlySet<number> {
  const printed = chapters.filter((c) => printedNumber(c) === cited).map((c) => c.index);
  if (printed.length > 0) return new Set(printed);
  return new Set(chapters[cited - 1] ? [chapters[cited - 1]!.index] : []);
}

/**
 * Moves a repeated line to the first of the places it was found at in the cited chapter, unless it
 * is shown in that chapter already. Returns whether it moved.
 */
export function placeByCitedChapter(located: Located, cited: number, chapters: readonly Chapter[]): boolean {
  if (located.kind !== 'passage' || !located.location || located.otherLocations.length === 0) return false;
  const wanted = chaptersCited(cited, chapters);
  const fits = (p: QuoteLocation) => p.chapterIndex !== null && wanted.has(p.chapterIndex);
  if (fits(located.location)) return false;
  const place = located.otherLocations.find(fits);
  return (
    place !== undefined &&
    movePlace(
      located,
      place,
      `placed in the chapter the writer cites (${cited}), of ${located.otherLocations.length + 1} places`,
    )
  );
}

/** The places in the cited chapter first (judged first, so the one shown is there), else as they are. */
export function citedFirst(
  places: readonly QuoteLocation[],
  cited: number | null,
  chapters: readonly Chapter[],
): QuoteLocation[] {
  if (cited === null) return [...places];
  const wanted = chaptersCited(cited, chapters);
  const rank = (p: QuoteLocation) => (p.chapterIndex !== null && wanted.has(p.chapterIndex) ? 0 : 1);
  return [...places].sort((a, b) => rank(a) - rank(b));
}
