import { useState } from 'preact/hooks';
import { api, type ReviewInput } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';

/** Download the report exactly as `verbatim check --format html|json` writes it. */
export function Downloads({ bookId, review }: { bookId: string; review: ReviewInput }) {
  const [error, setError] = useState<unknown>(null);
  const download = async (as: 'html' | 'json') => {
    try {
      setError(null);
      const blob = await api.checkFile(bookId, review, as);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `verbatim-check-${bookId}.${as}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div class="downloads">
      <button type="button" onClick={() => download('html')}>
        Download HTML report
      </button>{' '}
      <button type="button" onClick={() => download('json')}>
        Download JSON
      </button>
      {error ? <ErrorNote error={error} title="Download failed" /> : null}
    </div>
  );
}
