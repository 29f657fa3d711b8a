import { useState } from 'preact/hooks';
import type { SearchResult } from '../../../server/api-types.js';
import { api } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { readerHref } from '../../lib/links.js';

/** Search inside the book; each result shows its context and opens the reader at the match. */
export function SearchPanel({ bookId }: { bookId: string }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (e: Event) => {
    e.preventDefault();
    if (!query.trim()) return;
    try {
      setError(null);
      setResult(await api.search(bookId, query));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="search" aria-label="Search in this book">
      <form onSubmit={run}>
        <input
          type="search"
          value={query}
          placeholder="Search in this book"
          aria-label="Search in this book"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="submit">Search</button>
        {result ? (
          <button type="button" class="link" onClick={() => setResult(null)}>
            Close results
          </button>
        ) : null}
      </form>
      {error ? <ErrorNote error={error} title="Search failed" /> : null}
      {result ? (
        <div class="search-results">
          <p>
            {result.total === 0
              ? `No matches for “${result.query}”.`
              : `${result.total} match${result.total === 1 ? '' : 'es'}${result.truncated ? ` (first ${result.hits.length} shown)` : ''}.`}
          </p>
          <ol>
            {result.hits.map((h) => (
              <li key={h.start}>
                <a href={readerHref(bookId, h.start, h.end)}>
                  <span class="where">{h.chapter ?? ''}</span> …{h.before}
                  <strong>{h.match}</strong>
                  {h.after}…
                </a>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
