import { Hono } from 'hono';
import { z } from 'zod';
import { LIMITS } from '../../limits.js';
import type { AppContext } from '../context.js';
import { parse } from '../validate.js';
import { passageOf } from '../views/passage.js';
import { searchBook } from '../views/search.js';
import { BookIdParam } from './books.js';

/** The most text one passage request returns; the reader pages through longer chapters. */
export const MAX_PASSAGE = LIMITS.readerPassageCharacters;

const PassageQuery = z
  .object({
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(0),
  })
  .refine((q) => q.end >= q.start, { message: 'end must not be before start', path: ['end'] })
  .refine((q) => q.end - q.start <= MAX_PASSAGE, {
    message: `a passage is at most ${MAX_PASSAGE} characters`,
    path: ['end'],
  });

const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(500),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** Reader routes: a passage of text with its dialogue, and search inside the book. */
export function readerRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  r.get('/books/:id/passage', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { start, end } = parse(PassageQuery, c.req.query());
    const { book, toc } = ctx.books.open(id);
    return c.json(passageOf(book, ctx.analyses.analysisOf(book.id), toc, start, end));
  });

  r.get('/books/:id/search', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { q, limit } = parse(SearchQuery, c.req.query());
    const { book, toc } = ctx.books.open(id);
    return c.json(searchBook(book, toc, q, limit));
  });

  return r;
}
