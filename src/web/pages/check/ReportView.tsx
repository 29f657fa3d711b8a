import type { CheckedQuote, CheckResult } from '../../../server/api-types.js';
import type { ReviewInput } from '../../api.js';
import { Downloads } from './Downloads.js';
import { QuoteCard } from './QuoteCard.js';

const GROUPS: { verdict: CheckedQuote['verdict']; title: string; blurb: string }[] = [
  {
    verdict: 'not_found',
    title: 'Not found in the book',
    blurb: 'No passage of the book matches these words.',
  },
  { verdict: 'altered', title: 'Misquoted', blurb: 'Found, but the words differ from the book.' },
  { verdict: 'verbatim', title: 'Quoted exactly', blurb: 'Found as written.' },
  {
    verdict: 'not_checked',
    title: 'Not checked',
    blurb: 'Titles, or words credited to someone outside the book.',
  },
];

/** The report, grouped by verdict, worst first. */
export function ReportView({
  bookId,
  result,
  review,
}: {
  bookId: string;
  result: CheckResult;
  review: ReviewInput;
}) {
  const contradicted = result.quotes.filter((q) => q.attribution === 'contradicted').length;
  return (
    <section class="report" aria-label="Check report">
      <div class="report-head">
        <p class="summary" data-testid="check-summary">
          {result.quotes.length} quotation{result.quotes.length === 1 ? '' : 's'}:{' '}
          {GROUPS.map((g) => `${result.summary.byVerdict[g.verdict] ?? 0} ${g.title.toLowerCase()}`).join(
            ', ',
          )}
          {contradicted > 0 ? `; ${contradicted} credited to the wrong speaker` : ''}.
        </p>
        <Downloads bookId={bookId} review={review} />
      </div>
      {result.warnings && result.warnings.length > 0 ? (
        <ul class="warnings">
          {result.warnings.map((w) => (
            <li key={`${w.ruleId}-${w.line}`}>
              {w.line ? `Line ${w.line}: ` : ''}
              {w.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {result.speakerModel === false ? (
        <p class="note">
          Who speaks each line is not known yet (the book's analysis has not finished or failed), so
          attributions are not checked. Run the check again once the library shows the book as analysed.
        </p>
      ) : null}
      {result.quotes.length === 0 ? <p>No quotations were found in this text.</p> : null}
      {GROUPS.map((g) => {
        const quotes = result.quotes.filter((q) => q.verdict === g.verdict);
        if (quotes.length === 0) return null;
        return (
          <section key={g.verdict} class={`verdict-group verdict-${g.verdict}`}>
            <h2>
              {g.title} <span class="count">({quotes.length})</span>
            </h2>
            <p class="blurb">{g.blurb}</p>
            {quotes.map((q, i) => (
              <QuoteCard key={`${q.text}-${i}`} bookId={bookId} quote={q} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
