import type { CheckedQuote, Sentence } from '../../../server/api-types.js';
import { readerHref } from '../../lib/links.js';
import { BookPassage } from './BookPassage.js';
import { WordDiff } from './WordDiff.js';

const PROBLEM_LABEL = {
  not_found: 'Not in the book',
  altered: 'Misquoted',
  wrong_speaker: 'Wrong speaker',
} as const;

function Said({ sentence, cls, extra = '' }: { sentence: Sentence | null; cls: string; extra?: string }) {
  if (!sentence) return null;
  return <p class={`${cls} tone-${sentence.tone} ${extra}`.trim()}>{sentence.text}</p>;
}

/**
 * One quotation beside the book's passage: what is wrong first, the word diff, and the attribution
 * with its evidence, in the same sentences as the text, Markdown and HTML reports.
 */
export function QuoteCard({ bookId, quote }: { bookId: string; quote: CheckedQuote }) {
  const loc = quote.location;
  const says = quote.says;
  const place = says?.place ?? (quote.reviewLine ? `line ${quote.reviewLine}` : null);
  return (
    <article class={`quote-card ${quote.verdict} ${says?.problem ? `problem-${says.problem}` : ''}`}>
      <div class="side review-side">
        <h3>
          The review{place ? ` (${place})` : ''}
          {says?.problem ? (
            <span class={`badge badge-${says.problem}`}>{PROBLEM_LABEL[says.problem]}</span>
          ) : null}
        </h3>
        <blockquote>{quote.text}</blockquote>
        {says?.setOff ? <p class="set-off">Set off as {says.setOff}</p> : null}
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
        {quote.bookPassage && quote.bookPassage.length > 0 ? (
          <BookPassage paragraphs={quote.bookPassage} />
        ) : quote.bookText ? (
          <blockquote>{quote.bookText}</blockquote>
        ) : (
          <p class="none">{says?.verdict.text ?? 'Not in the book.'}</p>
        )}
        {says?.term ? <p class="term">{says.term}</p> : null}
        {quote.verdict === 'not_checked' && says ? <p class="none">{says.verdict.text}</p> : null}
      </div>
      {quote.verdict === 'altered' && quote.diff ? <WordDiff diff={quote.diff} /> : null}
      {says ? (
        <div class="verdicts">
          <Said sentence={says.attribution} cls="attribution" extra={`attribution-${quote.attribution}`} />
          <Said sentence={says.addressee} cls="addressee" />
        </div>
      ) : null}
      {says && says.notes.length > 0 ? <p class="notes">{says.notes.join(' ')}</p> : null}
    </article>
  );
}
