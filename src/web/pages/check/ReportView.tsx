import type { CheckResult } from '../../../server/api-types.js';
import type { ReviewInput } from '../../api.js';
import { Downloads } from './Downloads.js';
import { QuoteCard } from './QuoteCard.js';

/**
 * The report: warnings about the review first, what is wrong in a sentence, then problems first,
 * and last the people and places the review names.
 */
export function ReportView({
  bookId,
  result,
  review,
}: {
  bookId: string;
  result: CheckResult;
  review: ReviewInput;
}) {
  const sections = result.sections ?? [
    { id: 'all', title: 'Quotations', blurb: '', quotes: result.quotes.map((_, i) => i) },
  ];
  return (
    <section class="report" aria-label="Check report">
      {result.alerts && result.alerts.length > 0 ? (
        <div class="alerts" role="alert">
          {result.alerts.map((a) => (
            <p key={a.text} class={`alert tone-${a.tone}`}>
              {a.text}
            </p>
          ))}
        </div>
      ) : null}
      <div class="report-head">
        <div>
          <p class="summary" data-testid="check-summary">
            {result.headline ?? `${result.quotes.length} quotations.`}
          </p>
          {result.counts ? <p class="counts">{result.counts}</p> : null}
        </div>
        <Downloads bookId={bookId} review={review} />
      </div>
      {result.placeWarnings && result.placeWarnings.length > 0 ? (
        <ul class="warnings">
          {result.placeWarnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {result.speakerModel === false ? (
        <p class="note">
          Who speaks each line is not known yet (the book's analysis has not finished or failed), so
          attributions are not checked. Run the check again once the library shows the book as analysed.
        </p>
      ) : null}
      {sections.map((s) => (
        <section key={s.id} class={`verdict-group section-${s.id}`}>
          <h2>
            {s.title} <span class="count">({s.quotes.length})</span>
          </h2>
          {s.blurb ? <p class="blurb">{s.blurb}</p> : null}
          {s.quotes.map((i) => {
            const q = result.quotes[i];
            return q ? <QuoteCard key={i} bookId={bookId} quote={q} /> : null;
          })}
        </section>
      ))}
      {result.nameList ? (
        <section class="verdict-group section-names">
          <h2>
            {result.nameList.title} <span class="count">({result.nameList.count})</span>
          </h2>
          <p class="blurb">{result.nameList.summary}</p>
          <ul class="names">
            {result.nameList.groups.map((g) => (
              <li key={g.id} class={`names-${g.id}`}>
                <strong>{g.label}:</strong> {g.names.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
