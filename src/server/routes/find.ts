import { Hono } from 'hono';
import { z } from 'zod';
import { VerbatimError } from '../../errors.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { parse } from '../validate.js';

/** The passage searched: a 5,000-word paste is fine (find searches its first 200 words); a book is not. */
const FindQuery = z.object({ q: z.string().max(100_000, 'a passage of at most 100,000 characters') });

/** `GET /api/find?q=<passage>`: the library books holding a passage (`verbatim find`), as `FindResponse`. */
export function findRoutes(ctx: AppContext): Hono {
  const r = new Hono();
  r.get('/find', (c) => {
    if (!ctx.findPassage) throw notFound('Finding passages is not available here.');
    const { q } = parse(FindQuery, { q: c.req.query('q') ?? '' });
    if (!/[\p{L}\p{N}]/u.test(q)) {
      throw new VerbatimError('usage', 'Type some words of the passage to find.');
    }
    return c.json(ctx.findPassage(q));
  });
  return r;
}
