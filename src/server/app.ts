import { Hono } from 'hono';
import type { Book } from '../book/types.js';
import type { FindInLibrary } from '../check/elsewhere.js';
import { BookCache } from './book-cache.js';
import type { AppContext } from './context.js';
import {
  type AnalysisRunner,
  type CheckerPort,
  DEFAULT_LIMITS,
  type FindPort,
  type LibraryPort,
  type ServerLimits,
} from './deps.js';
import { makeErrorHandler } from './errors.js';
import { AnalysisQueue } from './jobs/analysis-queue.js';
import { bookRoutes } from './routes/books.js';
import { checkRoutes } from './routes/check.js';
import { findRoutes } from './routes/find.js';
import { readerRoutes } from './routes/reader.js';
import { styleRoutes } from './routes/style.js';
import { termsRoutes } from './routes/terms.js';
import { worldRoutes } from './routes/world.js';
import { originGuard, securityHeaders } from './security.js';
import { staticRoutes } from './static.js';

export interface AppOptions {
  library: LibraryPort;
  loadBookBytes: (bytes: Uint8Array, filename: string) => Promise<Book>;
  analyze: AnalysisRunner;
  analysisVersion: string;
  checker: CheckerPort;
  /** Folder of the built front end (dist/web), or null to serve the API only. */
  webRoot: string | null;
  limits?: Partial<ServerLimits>;
  /** True when bound to a loopback address: then only loopback Host headers are served. */
  loopbackOnly?: boolean;
  log?: (message: string) => void;
  /** Finds a passage across the library (`verbatim find`); absent: the find route answers 404. */
  findPassage?: FindPort;
  /**
   * The library books holding a passage, among those already indexed for `find`: a check names the
   * book a missing quotation comes from (`inLibraryBook`). Absent: checks do not look.
   */
  findInLibrary?: FindInLibrary;
  /** Called after a book is added (the server indexes it for `find` then). */
  onBookAdded?: (bookId: string) => void;
}

export interface VerbatimApp {
  app: Hono;
  analyses: AnalysisQueue;
}

/** The web app: JSON API under /api, the front end everywhere else. Tested in-process with app.request(). */
export function createApp(options: AppOptions): VerbatimApp {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const books = new BookCache(options.library);
  const analyses = new AnalysisQueue(
    options.library,
    options.analyze,
    options.analysisVersion,
    (id) => books.find(id),
    log,
  );
  const ctx: AppContext = {
    library: options.library,
    books,
    analyses,
    loadBookBytes: options.loadBookBytes,
    checker: options.checker,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    log,
    ...(options.findPassage ? { findPassage: options.findPassage } : {}),
    ...(options.findInLibrary ? { findInLibrary: options.findInLibrary } : {}),
    ...(options.onBookAdded ? { onBookAdded: options.onBookAdded } : {}),
  };

  const app = new Hono();
  app.onError(makeErrorHandler(log));
  app.use('*', securityHeaders());
  app.use('*', originGuard({ loopbackOnly: options.loopbackOnly ?? true }));
  app.route('/api', bookRoutes(ctx));
  app.route('/api', readerRoutes(ctx));
  app.route('/api', worldRoutes(ctx));
  app.route('/api', checkRoutes(ctx));
  app.route('/api', styleRoutes(ctx));
  app.route('/api', termsRoutes(ctx));
  app.route('/api', findRoutes(ctx));
  app.all('/api/*', (c) =>
    c.json(
      { error: { code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}.`, hint: null } },
      404,
    ),
  );
  app.route('/', staticRoutes(options.webRoot));
  return { app, analyses };
}
