import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { Book } from '../../book/types.js';
import { VerbatimError } from '../../errors.js';
import { megabytes } from '../../limits.js';
import type { AppContext } from '../context.js';
import type { ReviewInput } from '../deps.js';
import { checkExtension, parse, UploadForm } from '../validate.js';
import { BookIdParam } from './books.js';

export const REVIEW_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;

const CheckQuery = z.object({ as: z.enum(['view', 'json', 'html']).default('view') });

const PastedReview = z.object({
  text: z.string().min(1, 'the review is empty'),
  format: z.enum(['txt', 'md', 'html']).default('txt'),
});

/** Checks a review against a book: pasted text (JSON) or an uploaded file (multipart). */
export function checkRoutes(ctx: AppContext): Hono {
  const r = new Hono();

  const tooLarge = () => {
    throw new VerbatimError(
      'too_large',
      `The review is larger than ${megabytes(ctx.limits.maxReviewBytes)}.`,
      {
        hint: 'Check a shorter text, or split it.',
      },
    );
  };

  r.post(
    '/books/:id/check',
    bodyLimit({ maxSize: ctx.limits.maxReviewBytes + 64 * 1024, onError: tooLarge }),
    async (c) => {
      const { id } = parse(BookIdParam, c.req.param());
      const { as } = parse(CheckQuery, c.req.query());
      const { book } = ctx.books.open(id);
      // A full queue is said before the body is read: a flood costs the server as little as possible.
      // The body's length stands in for the review's (bytes are never fewer than characters, and a
      // JSON body's wrapping is small); the pool decides again on the review's own text.
      const busy = ctx.checker.busy?.(Number(c.req.header('content-length') ?? 0) || 0);
      if (busy) throw busy;
      const review = await readReviewFrom(c.req.raw, ctx);
      const analysis = ctx.analyses.analysisOf(book.id);
      // A library holding only this book has nothing to say about passages not in it.
      const others = ctx.library.listBooks().some((s) => s.id !== book.id);
      const body = await ctx.checker.checkTo(
        as,
        review,
        book,
        analysis,
        others
          ? {
              otherBooks: () => libraryBooksBut(ctx, book.id),
              ...(ctx.findInLibrary ? { findInLibrary: ctx.findInLibrary } : {}),
            }
          : undefined,
      );
      if (as === 'html') {
        return c.body(body, 200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Disposition': `attachment; filename="verbatim-check-${book.id}.html"`,
        });
      }
      return c.body(body, 200, {
        'Content-Type': 'application/json; charset=utf-8',
        ...(as === 'json'
          ? { 'Content-Disposition': `attachment; filename="verbatim-check-${book.id}.json"` }
          : {}),
      });
    },
  );

  return r;
}

async function readReviewFrom(req: Request, ctx: AppContext): Promise<ReviewInput> {
  const type = req.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) {
    const body: unknown = await req.json().catch(() => {
      throw new VerbatimError('usage', 'The request body is not valid JSON.');
    });
    const pasted = parse(PastedReview, body);
    if (new TextEncoder().encode(pasted.text).length > ctx.limits.maxReviewBytes) {
      throw new VerbatimError(
        'too_large',
        `The review is larger than ${megabytes(ctx.limits.maxReviewBytes)}.`,
      );
    }
    return { ...pasted, name: 'the pasted review' };
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData();
    const { file } = parse(UploadForm, { file: form.get('file') });
    checkExtension(file.name, REVIEW_EXTENSIONS, 'review');
    if (file.size === 0) throw new VerbatimError('empty_input', `${file.name} is empty.`);
    const { text, format, sourceLines, lineUnit } = await ctx.checker.readReview(
      new Uint8Array(await file.arrayBuffer()),
      file.name,
    );
    // An HTML or DOCX file arrives converted: its source lines (or paragraphs) go along, so the
    // report's line numbers are the writer's. Pasted HTML is converted by the checker itself.
    return { text, format, name: file.name, source: { sourceLines, lineUnit } };
  }
  throw new VerbatimError('usage', 'Send the review as JSON {"text": …} or as a multipart file upload.', {
    hint: `Content-Type was "${type || 'missing'}".`,
  });
}

/** The library's other books, read one at a time (the checker asks only when most quotations are not found). */
function* libraryBooksBut(ctx: AppContext, bookId: string): Iterable<Book> {
  for (const summary of ctx.library.listBooks()) {
    if (summary.id === bookId) continue;
    const other = ctx.library.getBook(summary.id);
    if (other) yield other;
  }
}
