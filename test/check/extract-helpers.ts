import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotations } from '../../src/check/extract/index.js';
import type { ExtractBook, Extraction } from '../../src/check/extract/types.js';
import { buildBookIndex } from '../../src/check/locate/book-index.js';
import { parseReviewDocument } from '../../src/check/review/document.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The self-written fixture novel (test/fixtures/check/novel.txt) as the extract stage sees a book. */
export function fixtureBook(): ExtractBook {
  const text = readFileSync(path.resolve(here, '../fixtures/check/novel.txt'), 'utf8');
  return { index: buildBookIndex(text), text };
}

export function extract(text: string, book: ExtractBook | null = null): Extraction {
  return extractQuotations(parseReviewDocument(text), { book });
}

/** The quoted words of every quotation (parts joined by " | "). */
export function quoted(text: string, book: ExtractBook | null = null): string[] {
  return extract(text, book).quotes.map((q) => q.parts.map((p) => text.slice(p.start, p.end)).join(' | '));
}

/** Each quotation as "set-off: words", the way a reader would list what was found. */
export function found(text: string, book: ExtractBook | null = null): string[] {
  return extract(text, book).quotes.map(
    (q) =>
      `${q.setOff}: ${q.parts.map((p) => text.slice(p.start, p.end).replace(/\n[ \t>]*/g, ' ')).join(' | ')}`,
  );
}
