import type { Book } from '../../book/types.js';
import { profileFor } from '../../similar/library-profiles.js';
import type { AnalysisLike, AnalysisRunner, LibraryPort } from '../deps.js';

/**
 * Runs book analyses one at a time in the background and records each outcome in the library:
 * 'running' while queued or running, then 'done' with the analysis saved, or 'failed' with the
 * reason. A failure marks that one book; the queue and the rest of the library go on.
 * The heavy work happens in the runner (a worker thread in the server), so requests keep flowing.
 */
export class AnalysisQueue {
  private readonly pending: string[] = [];
  private current: string | null = null;
  private idleWaiters: (() => void)[] = [];
  /** Recently read analyses, parsed: the reader and world pages ask for the same one repeatedly. */
  private readonly cache = new Map<string, AnalysisLike>();

  constructor(
    private readonly library: LibraryPort,
    private readonly runner: AnalysisRunner,
    readonly version: string,
    private readonly getBook: (id: string) => Book | null,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Queues a book unless it is already queued or running. */
  enqueue(bookId: string): void {
    if (this.current === bookId || this.pending.includes(bookId)) return;
    this.pending.push(bookId);
    this.library.setAnalysisStatus(bookId, 'running');
    if (this.current === null) void this.pump();
  }

  isQueued(bookId: string): boolean {
    return this.current === bookId || this.pending.includes(bookId);
  }

  /** Resolves when nothing is queued or running (tests, shutdown). */
  whenIdle(): Promise<void> {
    if (this.current === null && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The stored analysis of a book at this version, or null. */
  analysisOf(bookId: string): AnalysisLike | null {
    const hit = this.cache.get(bookId);
    if (hit) {
      this.cache.delete(bookId);
      this.cache.set(bookId, hit);
      return hit;
    }
    const stored = this.library.getAnalysis(bookId, this.version) as AnalysisLike | null;
    if (stored) this.remember(bookId, stored);
    return stored;
  }

  forget(bookId: string): void {
    this.cache.delete(bookId);
    const i = this.pending.indexOf(bookId);
    if (i >= 0) this.pending.splice(i, 1);
  }

  private remember(bookId: string, analysis: AnalysisLike): void {
    this.cache.set(bookId, analysis);
    while (this.cache.size > 4) this.cache.delete(this.cache.keys().next().value as string);
  }

  private async pump(): Promise<void> {
    while (this.pending.length > 0) {
      const bookId = this.pending.shift()!;
      this.current = bookId;
      await this.runOne(bookId);
      this.current = null;
    }
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async runOne(bookId: string): Promise<void> {
    try {
      const book = this.getBook(bookId);
      if (!book) return; // removed while queued
      const analysis = await this.runner(book);
      if (!this.getBook(bookId)) return; // removed while running
      this.library.saveAnalysis(bookId, this.version, analysis);
      this.library.setAnalysisStatus(bookId, 'done');
      this.remember(bookId, analysis);
      // The book's word profile ("Books like this", suggested motifs), stored while the book is at
      // hand, so the first comparison with a large library does not read every book at once.
      profileFor(this.library, book);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.log(`verbatim serve: analysis of ${bookId} failed: ${reason}`);
      try {
        this.library.setAnalysisStatus(bookId, 'failed', reason);
      } catch {
        // The book was removed meanwhile: nothing left to mark.
      }
    }
  }
}
