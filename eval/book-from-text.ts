import { bookFromText } from '../src/book/build.js';
import type { Book } from '../src/book/types.js';

/** A Book from a plain text already stripped of front matter (as PDNC's novel_text.txt is). */
export function bookFromPdnc(text: string, title: string, author?: string): Book {
  return bookFromText(text, author ? { title, author } : { title });
}
