/**
 * The book's headings, which `terms` does not count as uses of a word: each chapter's and part's
 * heading, and before the first of them the book's title line and byline ("THE SALT ROAD", "by Wren
 * Calder"). A heading is a label the book gives itself or a part of itself, not a use of the word in
 * its prose: counted, "road" in The Salt Road would have the title as its first concordance line and
 * one more use "in narration" than the narration has. The chapters' titles are still shown, as the
 * labels of the per-chapter counts.
 */
import type { Span } from '../book/span.js';
import type { Book } from '../book/types.js';

/** Letters and digits only, lower-cased: "THE SALT ROAD." and "The Salt Road" compare equal. */
const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Heading spans, sorted by start. */
export function headingSpans(book: Book): Span[] {
  const { chapters, parts, paragraphs } = book.structure;
  const spans: Span[] = [...chapters.map((c) => c.heading), ...parts.map((p) => p.heading)];
  const firstDivision = Math.min(chapters[0]?.start ?? book.text.length, parts[0]?.start ?? book.text.length);
  const title = book.metadata.title ? bare(book.metadata.title) : '';
  const byline = book.metadata.author ? `by ${bare(book.metadata.author)}` : '';
  for (const p of paragraphs) {
    if (p.start >= firstDivision) break;
    const line = bare(book.text.slice(p.start, p.end));
    if ((title && line === title) || (byline && line === byline)) spans.push({ start: p.start, end: p.end });
  }
  return spans.sort((a, b) => a.start - b.start);
}
