import { useState } from 'preact/hooks';
import type { BookDetail } from '../../../server/api-types.js';
import { api } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useAnalysis } from '../../components/useAnalysis.js';
import { useAsync } from '../../components/useAsync.js';
import { windowFor } from '../../lib/window.js';
import { PassageView } from './PassageView.js';
import { SearchPanel } from './SearchPanel.js';
import { Toc } from './Toc.js';

interface Props {
  bookId: string;
  start: number | null;
  end: number | null;
  chapter: number | null;
}

/** The reader: table of contents, one chapter (window) of text, search. */
export function ReaderPage(props: Props) {
  const [book] = useAsync(() => api.book(props.bookId), props.bookId);
  if (book.state === 'error') return <ErrorNote error={book.error} title="Could not open the book" />;
  if (!book.value) return <p aria-busy="true">Opening the book…</p>;
  return <Reader book={book.value} {...props} />;
}

function Reader({ book, start, end, chapter }: Props & { book: BookDetail }) {
  const [part, setPart] = useState<{ key: string; part: number }>({ key: '', part: 0 });
  const routeKey = `${start}:${end}:${chapter}`;
  const win = windowFor(book.toc, book.length, {
    offset: start,
    chapter,
    part: part.key === routeKey ? part.part : 0,
  });
  const analysis = useAnalysis(book.id, book.analysisStatus);
  const highlight = start !== null ? { start, end: Math.max(start, end ?? start) } : null;
  const showPart = (p: number) => {
    setPart({ key: routeKey, part: p });
    window.scrollTo(0, 0);
  };

  return (
    <div class="reader">
      <aside class="sidebar">
        <Toc bookId={book.id} toc={book.toc} current={win.chapter} />
      </aside>
      <article class="text-column">
        <h1 class="reader-title">
          {book.title}
          {book.author ? <span class="byline"> by {book.author}</span> : null}
        </h1>
        <SearchPanel bookId={book.id} />
        {analysis.status !== 'done' ? (
          <p class="note" aria-live="polite">
            {analysis.status === 'failed'
              ? `Speakers are not shown: the analysis failed (${analysis.error ?? book.analysisError ?? 'unknown reason'}).`
              : 'Finding who speaks each line… the speakers appear here when it is done.'}
          </p>
        ) : null}
        <PassageView
          key={analysis.status}
          bookId={book.id}
          toc={book.toc}
          win={win}
          highlight={highlight}
          onPart={showPart}
        />
      </article>
    </div>
  );
}
