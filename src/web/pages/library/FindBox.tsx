import { useState } from 'preact/hooks';
import type { FindResponse } from '../../../server/api-types.js';
import { api } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { readerHref } from '../../lib/links.js';

const STATUS_TEXT: Record<Exclude<FindResponse['status'], 'found'>, string> = {
  not_found: 'No book of the library has this passage, word for word or closely.',
  too_common: 'Too common to place: give a longer passage.',
  empty_library: 'The library is empty: add a novel first.',
};

/**
 * "Which book is this from?": a passage typed or pasted, the library books holding it (`verbatim
 * find`), best first, each a link that opens the reader with the passage highlighted.
 */
export function FindBox() {
  const [passage, setPassage] = useState('');
  const [result, setResult] = useState<FindResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await api.find(passage));
    } catch (err) {
      setResult(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="find-box" aria-label="Find a passage in the library">
      <form onSubmit={submit}>
        <label for="find-passage">Which book is this from?</label>
        <textarea
          id="find-passage"
          rows={2}
          value={passage}
          placeholder="Paste a passage or a quotation"
          onInput={(e) => setPassage((e.target as HTMLTextAreaElement).value)}
        />
        <button type="submit" disabled={busy || passage.trim() === ''}>
          {busy ? 'Finding…' : 'Find'}
        </button>
      </form>
      {error ? <ErrorNote error={error} title="Could not search the library" /> : null}
      {result ? (
        <div class="find-results" aria-live="polite">
          {result.notes.map((n) => (
            <p class="note" key={n}>
              {n}
            </p>
          ))}
          {result.status === 'found' ? (
            <ol>
              {result.matches.map((m) => (
                <li key={`${m.bookId}-${m.location.start}`}>
                  <a href={readerHref(m.bookId, m.location.start, m.location.end)}>
                    {m.title ?? '(untitled)'}
                    {m.author ? ` by ${m.author}` : ''}
                  </a>
                  {' — '}
                  {m.verdict === 'verbatim'
                    ? 'word for word'
                    : `a close variant (${Math.round(m.score * 100)}% of the words)`}
                  {m.location.chapter ? `, ${m.location.chapter}` : ''}
                  <blockquote>{m.bookText}</blockquote>
                </li>
              ))}
            </ol>
          ) : (
            <p class="none">{STATUS_TEXT[result.status]}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
