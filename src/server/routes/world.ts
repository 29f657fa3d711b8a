import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { parse } from '../validate.js';
import { worldOf } from '../views/world.js';
import { analysisOrStart } from './analysis-state.js';
import { BookIdParam } from './books.js';

/** The world page: characters, conversation network, places. Starts the analysis if never run. */
export function worldRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  r.get('/books/:id/world', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book, toc } = ctx.books.open(id);
    const { analysis, state } = analysisOrStart(ctx, book.id);
    return c.json(worldOf(book, analysis, state, toc));
  });

  return r;
}
