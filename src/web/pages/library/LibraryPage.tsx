import { useEffect } from 'preact/hooks';
import { api } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useAsync } from '../../components/useAsync.js';
import { BookTable } from './BookTable.js';
import { FindBox } from './FindBox.js';
import { UploadZone } from './UploadZone.js';

const POLL_MS = 1500;

/** The library: every book with its analysis status, add by drop or picker, remove. */
export function LibraryPage() {
  const [books, reload] = useAsync(() => api.books(), 'books');
  const busy = books.value?.some((b) => b.analysisStatus === 'running') ?? false;
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [busy, reload]);

  return (
    <section class="page library">
      <h1>Library</h1>
      <UploadZone onAdded={reload} />
      <FindBox />
      {books.state === 'error' ? <ErrorNote error={books.error} title="Could not list the books" /> : null}
      {books.state === 'loading' ? <p aria-busy="true">Loading the library…</p> : null}
      {books.value ? <BookTable books={books.value} onChanged={reload} /> : null}
    </section>
  );
}
