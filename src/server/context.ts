import type { Book } from '../book/types.js';
import type { FindInLibrary } from '../check/elsewhere.js';
import type { BookCache } from './book-cache.js';
import type { CheckerPort, FindPort, LibraryPort, ServerLimits } from './deps.js';
import type { AnalysisQueue } from './jobs/analysis-queue.js';

/** Everything the routes share, built once per server by `createApp`. */
export interface AppContext {
  library: LibraryPort;
  books: BookCache;
  analyses: AnalysisQueue;
  loadBookBytes: (bytes: Uint8Array, filename: string) => Promise<Book>;
  checker: CheckerPort;
  limits: ServerLimits;
  log: (message: string) => void;
  findPassage?: FindPort;
  /** `find` among the books already indexed for it, as a check asks it (app.ts, AppOptions). */
  findInLibrary?: FindInLibrary;
  onBookAdded?: (bookId: string) => void;
}
