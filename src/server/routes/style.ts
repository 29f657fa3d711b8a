import { Hono } from 'hono';
import { profileBook } from '../../profile/index.js';
import { characterVoices } from '../../voices/index.js';
import type { StyleView, VoicesView } from '../api-types.js';
import type { AppContext } from '../context.js';
import { parse } from '../validate.js';
import { analysisOrStart } from './analysis-state.js';
import { BookIdParam } from './books.js';

/**
 * The Style page (`verbatim profile`) and the character pages (`verbatim voices`). Both need the
 * analysis; like the world page, they start it when it was never run and say it is running.
 */
export function styleRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  const withAnalysis = (id: string) => {
    const { book } = ctx.books.open(id);
    return { book, ...analysisOrStart(ctx, book.id) };
  };

  r.get('/books/:id/profile', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book, analysis, state } = withAnalysis(id);
    const body: StyleView = { ...state, profile: analysis ? profileBook(book, analysis) : null };
    return c.json(body);
  });

  r.get('/books/:id/voices', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book, analysis, state } = withAnalysis(id);
    const body: VoicesView = { ...state, voices: analysis ? characterVoices(book, analysis) : null };
    return c.json(body);
  });

  return r;
}
