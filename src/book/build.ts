/**
 * Builds the Book the rest of Verbatim works with from what a format loader read: paragraphs,
 * sentences, parts and chapters (all spans into the one text) and a word count.
 */
import { createHash } from 'node:crypto';
import { segmentParagraphs, segmentSentences } from '../text/segment.js';
import { countWords } from '../text/tokenize.js';
import { detectStructure } from './structure.js';
import type { Book, BookStructure, LoadedText } from './types.js';

export function buildStructure(loaded: Pick<LoadedText, 'text' | 'headings'>): BookStructure {
  const { text } = loaded;
  const paragraphs = segmentParagraphs(text);
  const sentences = segmentSentences(text, paragraphs);
  const { parts, chapters } = detectStructure(text, paragraphs, loaded.headings);
  // The book's words counted once: each chapter's, and the text around the chapters.
  let wordCount = 0;
  let at = 0;
  for (const c of chapters) {
    c.words = countWords(text, { start: c.start, end: c.end });
    wordCount += countWords(text, { start: at, end: c.start }) + c.words;
    at = c.end;
  }
  wordCount += countWords(text, { start: at, end: text.length });
  return { parts, chapters, paragraphs, sentences, wordCount };
}

export function buildBook(loaded: LoadedText, source: { hash: string; path: string | null }): Book {
  return {
    id: source.hash.slice(0, 12),
    hash: source.hash,
    format: loaded.format,
    sourcePath: source.path,
    metadata: loaded.metadata,
    encoding: loaded.encoding,
    text: loaded.text,
    frontMatter: loaded.frontMatter,
    backMatter: loaded.backMatter,
    structure: buildStructure(loaded),
    warnings: [...loaded.warnings],
  };
}

/**
 * A Book from a string that is already the novel's text (no file, no front matter to set aside):
 * for the library API and for tests and evaluations that hold text in memory. The hash is of the
 * text's UTF-8 bytes, so the same text always gets the same id.
 */
export function bookFromText(text: string, metadata: Partial<Book['metadata']> = {}): Book {
  const hash = createHash('sha256').update(text).digest('hex');
  return buildBook(
    {
      format: 'txt',
      text,
      metadata: {
        title: metadata.title ?? null,
        author: metadata.author ?? null,
        language: metadata.language ?? 'en',
      },
      frontMatter: '',
      backMatter: '',
      encoding: 'utf-8',
      headings: [],
      warnings: [],
    },
    { hash, path: null },
  );
}
