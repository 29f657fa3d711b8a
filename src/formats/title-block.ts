import type { Book, BookMetadata, Heading, LoadedText } from '../book/types.js';

/**
 * The title block at the front of a book (an EPUB's title page, an HTML file's <h1> title and its
 * "By Jane Austen" line) is metadata, not the first chapter. Marked headings at the very front that
 * say the book's title or its author are dropped before the structure is read from the headings;
 * dropping stops at the first heading that is anything else, so a chapter that happens to share the
 * book's name ("Emma", chapter "Emma" later on) is never touched.
 */
export function withoutTitleBlock(
  text: string,
  headings: readonly Heading[],
  metadata: BookMetadata,
): Heading[] {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  let skip = 0;
  while (skip < sorted.length && isTitleBlockHeading(sorted[skip]!.title, metadata)) {
    // Only front matter: past the first stretch of prose it is the story, whatever the heading says.
    const before = text.slice(0, sorted[skip]!.start);
    if (before.length > FRONT_CHARS) break;
    skip++;
  }
  return sorted.slice(skip);
}

/** How far into the text a title block may be (a title page, a dedication, a contents list). */
const FRONT_CHARS = 5000;

function isTitleBlockHeading(heading: string, metadata: BookMetadata): boolean {
  const h = words(heading);
  if (h === '') return false;
  const title = metadata.title ? words(metadata.title) : '';
  const author = metadata.author ? words(metadata.author) : '';
  if (title && (h === title || title.startsWith(`${h} `) || h.startsWith(`${title} `))) return true;
  if (author && (h === author || h === `by ${author}`)) return true;
  // "By Jane Austen" where no author was declared: a by-line of a few words is still a by-line.
  return /^by( \S+){1,5}$/.test(h);
}

/** Lower-case words, punctuation and italics marks dropped: "PRIDE AND PREJUDICE." = "Pride and Prejudice". */
function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * A title read from the text's first line (LoadedText.titleLine) is kept only if the structure does
 * not find a heading there: a first line that is a part or chapter heading ("THE SISTERS", the first
 * of Dubliners' stories) names a division, not the book, and the file's name is the better guess.
 */
export function settleTitle(book: Book, titleLine: LoadedText['titleLine']): Book {
  if (!titleLine) return book;
  const { parts, chapters } = book.structure;
  const isHeading = [...parts, ...chapters].some(
    (d) => d.heading.start <= titleLine.start && titleLine.start < d.heading.end,
  );
  if (!isHeading) return book;
  return { ...book, metadata: { ...book.metadata, title: titleLine.otherwise } };
}
