import { Hono } from 'hono';
import { z } from 'zod';
import { similarBooks } from '../../similar/similar.js';
import { libraryReference } from '../../terms/motif-reference.js';
import { suggestMotifs } from '../../terms/motifs.js';
import { termsReport } from '../../terms/report.js';
import { MAX_TERMS } from '../../terms/term-pattern.js';
import type { AnalysisStatus, MotifsResult, SimilarResult, TermsResult } from '../api-types.js';
import type { AppContext } from '../context.js';
import type { AnalysisLike } from '../deps.js';
import { parse } from '../validate.js';
import { analysisOrStart } from './analysis-state.js';
import { BookIdParam } from './books.js';

const TermsQuery = z.object({
  q: z
    .array(z.string().trim().min(1, 'type a word to look up').max(200))
    .min(1, 'type a word to look up')
    .max(MAX_TERMS, `at most ${MAX_TERMS} terms at once`),
  exact: z.enum(['0', '1']).default('0'),
  limit: z.coerce.number().int().min(0).max(1000).default(200),
});

/**
 * The Motifs page and "Books like this": a term's uses (`terms`), suggested motifs, and the
 * library's books closest in style (`similar`). Who says each use comes from the stored analysis;
 * while it runs, the counts are given without it (and the analysis is started if it never ran).
 */
export function termsRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  /** The stored analysis, or null after starting it (as the World page does); while it runs, 'running'. */
  const analysisOf = (bookId: string): { analysis: AnalysisLike | null; status: AnalysisStatus } => {
    const { analysis, state } = analysisOrStart(ctx, bookId);
    const status = state.status === 'done' || state.status === 'failed' ? state.status : 'running';
    return { analysis, status };
  };

  r.get('/books/:id/terms', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { q, exact, limit } = parse(TermsQuery, { ...c.req.query(), q: c.req.queries('q') ?? [] });
    const { book } = ctx.books.open(id);
    const { analysis, status } = analysisOf(book.id);
    const report = termsReport(book, analysis, q, { exact: exact === '1', concordanceLimit: limit });
    return c.json({ ...report, analysisStatus: status } satisfies TermsResult);
  });

  r.get('/books/:id/motifs', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book } = ctx.books.open(id);
    const { analysis, status } = analysisOf(book.id);
    const suggestions = suggestMotifs(book, analysis, libraryReference(ctx.library, book.id));
    return c.json({ ...suggestions, analysisStatus: status } satisfies MotifsResult);
  });

  r.get('/books/:id/similar', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book } = ctx.books.open(id);
    return c.json(similarBooks(ctx.library, book) satisfies SimilarResult);
  });

  return r;
}
