import type { TocEntry } from '../../../server/api-types.js';
import { chapterHref } from '../../lib/links.js';

/** The table of contents; parts are shown as headings above their chapters. */
export function Toc({ bookId, toc, current }: { bookId: string; toc: TocEntry[]; current: number }) {
  return (
    <nav class="toc" aria-label="Table of contents">
      <h2>Contents</h2>
      <ol>
        {toc.map((entry, i) => (
          <li key={entry.start}>
            {entry.part && entry.part !== toc[i - 1]?.part ? <div class="toc-part">{entry.part}</div> : null}
            <a href={chapterHref(bookId, i)} aria-current={i === current ? 'location' : undefined}>
              {entry.title || `Chapter ${i + 1}`}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
