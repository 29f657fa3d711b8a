import { api } from '../../api.js';
import { useAsync } from '../../components/useAsync.js';
import { formatCount } from '../../lib/format.js';
import { worldHref } from '../../lib/links.js';

/**
 * The library's books closest in style to this one (Cosine Delta on the most frequent words), each
 * with the words behind the likeness: the words both books use more (or less) than the library does.
 */
export function BooksLikeThis({ bookId }: { bookId: string }) {
  const [similar] = useAsync(() => api.similar(bookId), bookId);
  return (
    <section class="books-like-this" aria-labelledby="like-heading" data-testid="books-like-this">
      <h2 id="like-heading">Books like this</h2>
      {similar.state === 'loading' ? <p aria-busy="true">Comparing with the library…</p> : null}
      {similar.state === 'error' ? <p class="note">Could not compare this book with the library.</p> : null}
      {similar.value?.note ? (
        <p class="note" data-testid="similar-note">
          {similar.value.note}
        </p>
      ) : null}
      {similar.value && similar.value.books.length > 0 ? (
        <>
          <p class="note">
            Closest in style among the {formatCount(similar.value.libraryBooks - 1)} other books of your
            library, by Cosine Delta over their {formatCount(similar.value.mfw)} most frequent words (1 =
            alike, 0 = unrelated).
          </p>
          <ol class="similar-list">
            {similar.value.books.map((b) => (
              <li key={b.id}>
                <a href={worldHref(b.id)}>{b.title ?? b.id}</a>
                {b.author ? ` by ${b.author}` : ''} <span class="count">{b.similarity.toFixed(2)}</span>
                {b.drivers.length > 0 ? (
                  <div class="drivers">
                    Both use{' '}
                    {b.drivers
                      .slice(0, 8)
                      .map((d) => `“${d.word}” ${d.z > 0 ? 'more' : 'less'}`)
                      .join(', ')}{' '}
                    than the library.
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
