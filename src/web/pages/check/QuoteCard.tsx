import type { CheckedQuote } from '../../../server/api-types.js';
import { readerHref } from '../../lib/links.js';
import { WordDiff } from './WordDiff.js';

const ATTRIBUTION: Record<CheckedQuote['attribution'], string> = {
  supported: 'Right speaker',
  contradicted: 'Wrong speaker',
  unknown: 'Speaker not known',
  none: '',
};

/** One quotation beside the book's passage, with the word diff and the attribution verdict. */
export function QuoteCard({ bookId, quote }: { bookId: string; quote: CheckedQuote }) {
  const loc = quote.location;
  return (
    <article class={`quote-card ${quote.verdict}`}>
      <div class="side review-side">
        <h3>The review{quote.reviewLine ? ` (line ${quote.reviewLine})` : ''}</h3>
        <blockquote>{quote.text}</blockquote>
        {quote.claimedSpeaker ? <p class="claimed">Credited to {quote.claimedSpeaker}</p> : null}
      </div>
      <div class="side book-side">
        <h3>
          The book
          {loc ? (
            <>
              {' — '}
              <a href={readerHref(bookId, loc.start, loc.end)} class="location-link">
                {loc.chapter ?? 'open in the reader'}
              </a>
            </>
          ) : null}
        </h3>
        {quote.bookText ? <blockquote>{quote.bookText}</blockquote> : <p class="none">Not in the book.</p>}
        {quote.attribution !== 'none' ? (
          <p class={`attribution attribution-${quote.attribution}`}>
            {ATTRIBUTION[quote.attribution]}
            {quote.bookSpeaker ? `: in the book, ${quote.bookSpeaker} says this.` : '.'}
          </p>
        ) : null}
      </div>
      {quote.verdict === 'altered' && quote.diff ? <WordDiff diff={quote.diff} /> : null}
      {quote.notes && quote.notes.length > 0 ? <p class="notes">{quote.notes.join(' ')}</p> : null}
    </article>
  );
}
