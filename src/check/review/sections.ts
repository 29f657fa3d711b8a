import type { ReviewBlock, ReviewDocument } from './document.js';

/**
 * A section of a review named by its heading ("## Answer Key", "Works Cited" on a line alone): where
 * it opens and where it ends, in block indices.
 */
export interface Section {
  /** The block that heads the section. */
  heading: number;
  /** The first block after it: the next heading of its level or higher, else `blocks.length`. */
  end: number;
}

/** A heading's or a short line's words without Markdown emphasis, "#" or colons. */
function headingWords(text: string, block: ReviewBlock): string {
  return text
    .slice(block.content.start, block.content.end)
    .replace(/[*_#:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Longer than this, a heading or paragraph heads no section: the names sought are a few words
 * ("Works Cited", "Answer Key to Chapter 3"), and an essay's paragraphs, read for them one by one,
 * were most of the cost of looking.
 */
const MAX_HEADING_CHARS = 200;

/** The first section whose heading (a heading, or a paragraph alone) matches `name` whole; null if none. */
export function findSection(doc: ReviewDocument, name: RegExp): Section | null {
  const { text, blocks } = doc;
  const heading = blocks.findIndex(
    (b) =>
      (b.kind === 'heading' || b.kind === 'paragraph') &&
      b.content.end - b.content.start <= MAX_HEADING_CHARS &&
      name.test(headingWords(text, b)),
  );
  if (heading < 0) return null;
  // A line alone heads only up to the next heading of any level.
  const level = blocks[heading]!.kind === 'heading' ? blocks[heading]!.level : 7;
  let end = heading + 1;
  while (end < blocks.length && !(blocks[end]!.kind === 'heading' && blocks[end]!.level <= level)) end++;
  return { heading, end };
}
