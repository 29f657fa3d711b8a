import { ErrorNote } from './ErrorNote.js';

/**
 * What a page built on the book's analysis (useAnalysedView) says while the analysis runs, or that it
 * failed. `doing`: what the running analysis is finding, in the page's terms.
 */
export function AnalysisProgress({
  status,
  error,
  doing,
}: {
  status: string;
  error?: string | null;
  doing: string;
}) {
  if (status === 'running')
    return (
      <p aria-busy="true" class="note">
        {doing}… this page updates by itself.
      </p>
    );
  if (status === 'failed')
    return (
      <ErrorNote error={new Error(error ?? 'unknown reason')} title="The analysis of this book failed" />
    );
  return null;
}
