import { useEffect, useState } from 'preact/hooks';
import type { AnalysisStatus } from '../../server/api-types.js';
import { api } from '../api.js';

/**
 * The analysis state of a book, kept current: a book never analysed (added with the CLI) is
 * analysed now, and a running analysis is polled until it ends.
 */
export function useAnalysis(
  bookId: string,
  initial: AnalysisStatus,
): { status: AnalysisStatus; error: string | null } {
  const [state, setState] = useState<{ status: AnalysisStatus; error: string | null }>({
    status: initial,
    error: null,
  });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.analysis(bookId);
        if (!live) return;
        setState(next);
        if (next.status === 'running') timer = setTimeout(poll, 1000);
      } catch {
        // The page still works without speakers; the reader shows its own errors.
      }
    };
    if (initial === 'none') {
      api.reanalyse(bookId).then(
        () => {
          if (live) void poll();
        },
        () => {},
      );
    } else if (initial === 'running') {
      void poll();
    }
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bookId, initial]);
  return state;
}
