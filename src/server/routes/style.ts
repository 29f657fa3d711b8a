import { Hono } from 'hono';
import type { Book } from '../../book/types.js';
import { profileBook } from '../../profile/index.js';
import { characterVoices } from '../../voices/index.js';
import type { AnalysisState, StyleView, VoicesView } from '../api-types.js';
import type { AppContext } from '../context.js';
import type { AnalysisLike } from '../deps.js';
import { parse } from '../validate.js';
import { BookIdParam } from './books.js';

/**
 * The Style page (`verbatim profile`) and the character pages (`verbatim voices`). Both need the
 * analysis; like the world page, they start it when it was never run and say it is running.
 */
export function styleRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  const withAnalysis = (id: string): { book: Book; analysis: AnalysisLike | null; state: AnalysisState } => {
    const { book } = ctx.books.open(id);
    const summary = ctx.library.summary(book.id);
    let status = summary?.analysisStatus ?? 'none';
    const analysis = status === 'failed' ? null : ctx.analyses.analysisOf(book.id);
    if (!analysis && status !== 'failed' && !ctx.analyses.isQueued(book.id)) {
      ctx.analyses.enqueue(book.id);
      status = 'running';
    }
    if (analysis) status = 'done';
    return { book, analysis, state: { status, error: summary?.analysisError ?? null } };
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
