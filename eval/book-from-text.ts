import { createHash } from 'node:crypto';
import { buildBook } from '../src/book/build.js';
import type { Book } from '../src/book/types.js';

/** A Book from a plain text already stripped of front matter (as PDNC's novel_text.txt is). */
export function bookFromPdnc(text: string, title: string): Book {
  const hash = createHash('sha256').update(text).digest('hex');
  return buildBook(
    {
      format: 'txt',
      text,
      metadata: { title, author: null, language: 'en' },
      frontMatter: '',
      backMatter: '',
      encoding: 'utf-8',
      headings: [],
      warnings: [],
    },
    { hash, path: null },
  );
}
