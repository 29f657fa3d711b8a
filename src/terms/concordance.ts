/**
 * Keyword-in-context lines: each use with the words around it on one line, line breaks and runs of
 * spaces shown as one space, context cut at a word boundary so a line never starts mid-word, and at
 * the paragraph's edge (a blank line) so a line never runs into a heading or the next speech.
 */
import type { Occurrence } from './occurrences.js';

export interface ContextLine {
  left: string;
  match: string;
  right: string;
}

export function contextOf(text: string, at: Occurrence, width: number): ContextLine {
  let from = Math.max(0, at.start - width);
  let to = Math.min(text.length, at.end + width);
  const before = text.slice(from, at.start).search(/\n[ \t]*\r?\n(?![\s\S]*\n[ \t]*\r?\n)/);
  const paragraphStart = before >= 0 ? from + before : -1;
  const after = text.slice(at.end, to).search(/\r?\n[ \t]*\r?\n/);
  if (paragraphStart >= 0) from = paragraphStart;
  if (after >= 0) to = at.end + after;
  const clippedLeft = paragraphStart >= 0;
  const clippedRight = after >= 0;
  // Move inward to a space so the context starts and ends with whole words.
  if (from > 0 && !clippedLeft) {
    const space = text.slice(from, at.start).search(/\s/);
    if (space >= 0) from += space;
  }
  if (to < text.length && !clippedRight) {
    const tail = text.slice(at.end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space >= 0) to = at.end + space;
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    left: flat(text.slice(from, at.start)).trimStart(),
    match: flat(text.slice(at.start, at.end)),
    right: flat(text.slice(at.end, to)).trimEnd(),
  };
}

/**
 * At most `limit` of `items`, spread evenly over them (every k-th) so a capped concordance of a very
 * common word shows it from the whole book, not only from its first chapters.
 */
export function spreadSample<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  if (limit <= 0) return [];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}
