import type { AnalysisState } from '../api-types.js';
import type { AppContext } from '../context.js';
import type { AnalysisLike } from '../deps.js';

/**
 * A book's stored analysis for the pages that need it (world, style, characters, motifs), or null
 * after starting it: a book added by the CLI, or analysed by an older Verbatim whose analysis version
 * differs, is analysed now, and the page says it is running.
 */
export function analysisOrStart(
  ctx: AppContext,
  bookId: string,
): { analysis: AnalysisLike | null; state: AnalysisState } {
  const summary = ctx.library.summary(bookId);
  let status = summary?.analysisStatus ?? 'none';
  const analysis = status === 'failed' ? null : ctx.analyses.analysisOf(bookId);
  if (!analysis && status !== 'failed' && !ctx.analyses.isQueued(bookId)) {
    ctx.analyses.enqueue(bookId);
    status = 'running';
  }
  if (analysis) status = 'done';
  return { analysis, state: { status, error: summary?.analysisError ?? null } };
}
