import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { parse } from '../validate.js';
import { worldOf } from '../views/world.js';
import { BookIdParam } from './books.js';

/** The world page: characters, conversation network, places. Starts the analysis if never run. */
export function worldRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  r.get('/books/:id/world', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book, toc } = ctx.books.open(id);
    const summary = ctx.library.summary(book.id);
    let status = summary?.analysisStatus ?? 'none';
    const analysis = status === 'failed' ? null : ctx.analyses.analysisOf(book.id);
    if (!analysis && status !== 'failed' && !ctx.analyses.isQueued(book.id)) {
      // Added by the CLI, or by an older Verbatim whose analysis version differs: analyse now.
      ctx.analyses.enqueue(book.id);
      status = 'running';
    }
    if (analysis) status = 'done';
    return c.json(worldOf(book, analysis, { status, error: summary?.analysisError ?? null }, toc));
  });

  return r;
}
