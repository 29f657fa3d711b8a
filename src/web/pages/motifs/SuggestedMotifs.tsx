import { useEffect } from 'preact/hooks';
import { api } from '../../api.js';
import { useAsync } from '../../components/useAsync.js';
import { countOf } from '../../lib/format.js';
import { motifsHref } from '../../lib/links.js';

/** Words that recur through the book and are distinctive of it; each adds itself to the terms. */
export function SuggestedMotifs({ bookId, terms }: { bookId: string; terms: string[] }) {
  const [motifs, reload] = useAsync(() => api.motifs(bookId), bookId);
  // Until the analysis is done, character names cannot be told from motifs: ask again when it is.
  const running = motifs.value?.analysisStatus === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, 1500);
    return () => clearTimeout(timer);
  }, [running, reload, motifs.value]);
  if (motifs.state === 'loading') return <p aria-busy="true">Finding the book's recurring words…</p>;
  if (motifs.state === 'error' || !motifs.value) return null;
  const m = motifs.value;
  return (
    <section class="suggested-motifs" aria-labelledby="suggested-heading">
      <h2 id="suggested-heading">Suggested motifs</h2>
      {running ? (
        <p class="note" aria-busy="true">
          Still finding the characters, whose names will be left out; the list updates by itself.
        </p>
      ) : null}
      <p class="note">
        {m.basis === 'library'
          ? `Words this book uses more than the other ${countOf(m.referenceBooks, 'book')} in your library, through at least a quarter of its chapters (names left out).`
          : 'Words used most through the book. Add other books to your library to see what is distinctive of this one.'}
      </p>
      {m.motifs.length === 0 ? <p>No word recurs enough to suggest.</p> : null}
      <ul class="motif-list" data-testid="motifs">
        {m.motifs.map((x) => (
          <li key={x.stem}>
            <a
              href={motifsHref(bookId, terms.includes(x.word) ? terms : [...terms, x.word])}
              title={`${countOf(x.count, 'use')} in ${countOf(x.chapters, 'chapter')}${x.forms.length > 1 ? `: ${x.forms.join(', ')}` : ''}`}
            >
              {x.word}
            </a>{' '}
            <span class="count">{x.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
