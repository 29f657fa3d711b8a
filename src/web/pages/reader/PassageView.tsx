import { useEffect, useRef } from 'preact/hooks';
import type { TocEntry } from '../../../server/api-types.js';
import { api } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useAsync } from '../../components/useAsync.js';
import { chapterHref } from '../../lib/links.js';
import type { ReaderWindow } from '../../lib/window.js';
import { Paragraph } from './Paragraph.js';

interface Props {
  bookId: string;
  toc: TocEntry[];
  win: ReaderWindow;
  highlight: { start: number; end: number } | null;
  onPart: (part: number) => void;
}

/** One window of text, fetched on demand, scrolled to the highlighted span when there is one. */
export function PassageView({ bookId, toc, win, highlight, onPart }: Props) {
  const [passage] = useAsync(() => api.passage(bookId, win.start, win.end), `${win.start}-${win.end}`);
  const ref = useRef<HTMLDivElement>(null);
  const p = passage.value;

  useEffect(() => {
    if (!p) return;
    const mark = ref.current?.querySelector('mark');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }, [p, highlight?.start, highlight?.end]);

  if (passage.state === 'error')
    return <ErrorNote error={passage.error} title="Could not load this part of the book" />;
  if (!p) return <p aria-busy="true">Loading the text…</p>;
  return (
    <div ref={ref} class="passage">
      <WindowNav bookId={bookId} toc={toc} win={win} onPart={onPart} />
      <div class="book-text" lang="en">
        {p.paragraphs.map((para) => (
          <Paragraph
            key={para.start}
            heading={isHeading(toc, para)}
            text={p.text.slice(para.start - p.start, para.end - p.start)}
            start={para.start}
            end={para.end}
            quotes={p.quotes}
            highlight={highlight}
          />
        ))}
      </div>
      <WindowNav bookId={bookId} toc={toc} win={win} onPart={onPart} />
    </div>
  );
}

function WindowNav({ bookId, toc, win, onPart }: Omit<Props, 'highlight'>) {
  return (
    <nav class="window-nav" aria-label="Move through the book">
      {win.chapter > 0 ? <a href={chapterHref(bookId, win.chapter - 1)}>← Previous chapter</a> : <span />}
      {win.parts > 1 ? (
        <span class="parts">
          <button type="button" disabled={win.part === 0} onClick={() => onPart(win.part - 1)}>
            ‹ Earlier
          </button>{' '}
          Part {win.part + 1} of {win.parts}{' '}
          <button type="button" disabled={win.part >= win.parts - 1} onClick={() => onPart(win.part + 1)}>
            Later ›
          </button>
        </span>
      ) : (
        <span class="chapter-name">{toc[win.chapter]?.title}</span>
      )}
      {win.chapter < toc.length - 1 ? (
        <a href={chapterHref(bookId, win.chapter + 1)}>Next chapter →</a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A paragraph that is a chapter's printed heading is shown as a heading. */
function isHeading(toc: TocEntry[], para: { start: number; end: number }): boolean {
  return toc.some((t) => t.start <= para.start && para.end <= t.headingEnd);
}
