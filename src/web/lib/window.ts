import type { TocEntry } from '../../server/api-types.js';

/** The most text the reader renders at once; longer chapters (or books without chapters) are paged. */
export const WINDOW = 60_000;

export interface ReaderWindow {
  start: number;
  end: number;
  /** Position of the chapter in the table of contents. */
  chapter: number;
  /** Which window of the chapter (0-based) and how many it has. */
  part: number;
  parts: number;
}

/** The stretch of a chapter, widened so text before the first chapter and after the last is reachable. */
export function chapterRange(
  toc: readonly TocEntry[],
  i: number,
  length: number,
): { start: number; end: number } {
  const entry = toc[i];
  if (!entry) return { start: 0, end: length };
  return {
    start: i === 0 ? 0 : entry.start,
    end: i === toc.length - 1 ? length : (toc[i + 1]?.start ?? entry.end),
  };
}

export function chapterIndexAt(toc: readonly TocEntry[], offset: number): number {
  let found = 0;
  for (let i = 0; i < toc.length; i++) {
    if (toc[i]!.start <= offset) found = i;
    else break;
  }
  return found;
}

/** Which window to show: the one holding `offset` if given, else the `part` of chapter `chapter`. */
export function windowFor(
  toc: readonly TocEntry[],
  length: number,
  target: { offset: number | null; chapter: number | null; part?: number },
): ReaderWindow {
  const chapter =
    target.offset !== null
      ? chapterIndexAt(toc, target.offset)
      : Math.min(Math.max(0, target.chapter ?? 0), Math.max(0, toc.length - 1));
  const range = chapterRange(toc, chapter, length);
  const parts = Math.max(1, Math.ceil((range.end - range.start) / WINDOW));
  const part =
    target.offset !== null
      ? Math.min(parts - 1, Math.floor(Math.max(0, target.offset - range.start) / WINDOW))
      : Math.min(parts - 1, Math.max(0, target.part ?? 0));
  const start = range.start + part * WINDOW;
  return { start, end: Math.min(range.end, start + WINDOW), chapter, part, parts };
}
