import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { VerbatimError } from '../../errors.js';
import { megabytes } from '../../limits.js';
import type { AnalysisState } from '../api-types.js';
import type { AppContext } from '../context.js';
import type { BookSummaryLike } from '../deps.js';
import { notFound } from '../errors.js';
import { checkExtension, parse, UploadForm } from '../validate.js';
import { bookDetail, listItem } from '../views/summary.js';

export const BookIdParam = z.object({
  id: z.string().regex(/^[0-9a-f]{4,64}$/i, 'a book id is 4 to 64 hexadecimal digits'),
});

export const BOOK_EXTENSIONS = ['txt', 'text', 'epub', 'html', 'htm', 'xhtml'] as const;

/** Library routes: list, add (upload), show, remove, and the analysis status the pages poll. */
export function bookRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  const summaryOf = (id: string): BookSummaryLike => {
    const summary = ctx.library.summary(id);
    if (!summary) throw notFound(`No book with id ${id} in the library.`);
    return summary;
  };

  r.get('/books', (c) => c.json(ctx.library.listBooks().map(listItem)));

  r.post(
    '/books',
    bodyLimit({
      maxSize: ctx.limits.maxBookBytes + 64 * 1024,
      onError: () => {
        throw new VerbatimError(
          'too_large',
          `The file is larger than ${megabytes(ctx.limits.maxBookBytes)}.`,
          {
            hint: 'Verbatim reads novels up to that size; split or trim the file.',
          },
        );
      },
    }),
    async (c) => {
      const form = await c.req.parseBody();
      const { file } = parse(UploadForm, { file: form.file });
      checkExtension(file.name, BOOK_EXTENSIONS, 'book');
      if (file.size === 0) throw new VerbatimError('empty_input', `${file.name} is empty.`);
      if (file.size > ctx.limits.maxBookBytes) {
        throw new VerbatimError(
          'too_large',
          `${file.name} is larger than ${megabytes(ctx.limits.maxBookBytes)}.`,
        );
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const book = await ctx.loadBookBytes(bytes, file.name);
      const summary = ctx.library.addBook(book);
      ctx.onBookAdded?.(summary.id);
      ctx.analyses.enqueue(summary.id);
      return c.json(listItem({ ...summary, analysisStatus: 'running', analysisError: null }), 201);
    },
  );

  r.get('/books/:id', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book, toc } = ctx.books.open(id);
    return c.json(bookDetail(book, summaryOf(id), toc));
  });

  r.delete('/books/:id', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book } = ctx.books.open(id);
    ctx.analyses.forget(book.id);
    ctx.books.drop(book.id);
    if (!ctx.library.removeBook(book.id)) throw notFound(`No book with id ${id} in the library.`);
    return c.json({ removed: book.id });
  });

  r.get('/books/:id/analysis', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const s = summaryOf(id);
    const state: AnalysisState = { status: s.analysisStatus, error: s.analysisError ?? null };
    return c.json(state);
  });

  /** Starts (or restarts, after a failure) the analysis of a book. */
  r.post('/books/:id/analysis', (c) => {
    const { id } = parse(BookIdParam, c.req.param());
    const { book } = ctx.books.open(id);
    ctx.analyses.enqueue(book.id);
    const state: AnalysisState = { status: 'running', error: null };
    return c.json(state, 202);
  });

  return r;
}
