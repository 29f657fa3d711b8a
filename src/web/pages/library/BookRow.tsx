import { useState } from 'preact/hooks';
import type { BookListItem } from '../../../server/api-types.js';
import { api } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatCount } from '../../lib/format.js';
import { checkHref, readerHref, worldHref } from '../../lib/links.js';

/** One book; removing it asks for confirmation in the row itself. */
export function BookRow({ book, onChanged }: { book: BookListItem; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async () => {
    try {
      await api.removeBook(book.id);
      onChanged();
    } catch (e) {
      setError(e);
      setConfirming(false);
    }
  };
  const retry = async () => {
    try {
      await api.reanalyse(book.id);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <tr data-book-id={book.id}>
      <td>
        <a href={readerHref(book.id)} class="book-link">
          {book.title}
        </a>
        {error ? <ErrorNote error={error} /> : null}
      </td>
      <td>{book.author ?? '—'}</td>
      <td class="num">{formatCount(book.words)}</td>
      <td class="num">{book.chapters}</td>
      <td>{book.format.toUpperCase()}</td>
      <td>
        <StatusBadge status={book.analysisStatus} error={book.analysisError} />
        {book.analysisStatus === 'failed' || book.analysisStatus === 'none' ? (
          <button type="button" class="link" onClick={retry}>
            {book.analysisStatus === 'failed' ? 'Retry' : 'Analyse'}
          </button>
        ) : null}
      </td>
      <td class="actions">
        <a href={worldHref(book.id)}>World</a> <a href={checkHref(book.id)}>Check</a>{' '}
        {confirming ? (
          <span class="confirm">
            Remove “{book.title}”?{' '}
            <button type="button" class="danger" onClick={remove}>
              Yes, remove
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}
