import type { PassageRun } from '../../../server/api-types.js';

/** The book's words as a reader sees them: its paragraphs, its italics, the quoted words marked. */
export function BookPassage({ paragraphs }: { paragraphs: PassageRun[][] }) {
  return (
    <blockquote class="book-passage">
      {paragraphs.map((runs, p) => (
        <p key={p}>
          {runs.map((r, i) => {
            const text = r.italic ? <em>{r.text}</em> : r.text;
            return r.match ? <mark key={i}>{text}</mark> : <span key={i}>{text}</span>;
          })}
        </p>
      ))}
    </blockquote>
  );
}
