import type { Book } from '../../book/types.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { SearchHit, SearchResult, TocEntry } from '../api-types.js';
import { tocEntryAt } from './toc.js';

const CONTEXT = 60;

/**
 * Turns a typed query into a pattern over the original text: case-insensitive, any run of
 * whitespace matches any other (line breaks in the book), and straight or curly quotes and
 * apostrophes match each other. Offsets come straight from the original text, so hits are spans.
 */
export function queryPattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escapeWord = (w: string) =>
    escapeRegExp(w)
      .replace(/['\u2018\u2019]/g, "['\u2018\u2019]")
      .replace(/["\u201c\u201d]/g, '["\u201c\u201d]')
      .replace(/[-\u2013\u2014]/g, '[-\u2013\u2014]');
  return new RegExp(words.map(escapeWord).join('\\s+'), 'giu');
}

export function searchBook(book: Book, toc: readonly TocEntry[], query: string, limit = 200): SearchResult {
  const pattern = queryPattern(query);
  const hits: SearchHit[] = [];
  let total = 0;
  if (pattern) {
    for (const m of book.text.matchAll(pattern)) {
      total++;
      if (hits.length >= limit) continue;
      const start = m.index;
      const end = start + m[0].length;
      hits.push({
        start,
        end,
        chapter: tocEntryAt(toc, start)?.title ?? null,
        before: oneLine(book.text.slice(Math.max(0, start - CONTEXT), start)),
        match: m[0],
        after: oneLine(book.text.slice(end, end + CONTEXT)),
      });
    }
  }
  return { query, total, hits, truncated: total > hits.length };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
