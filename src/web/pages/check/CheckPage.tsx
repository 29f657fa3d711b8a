import { useState } from 'preact/hooks';
import type { CheckResult } from '../../../server/api-types.js';
import { api, type ReviewInput } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { ReportView } from './ReportView.js';
import { ReviewForm } from './ReviewForm.js';

/** Check a review, essay or article against the book. */
export function CheckPage({ bookId }: { bookId: string }) {
  const [review, setReview] = useState<ReviewInput | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (input: ReviewInput) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.check(bookId, input));
      setReview(input);
    } catch (e) {
      setError(e);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page check">
      <h1>Check a review against the book</h1>
      <ReviewForm onSubmit={run} busy={busy} />
      {error ? <ErrorNote error={error} title="The check could not run" /> : null}
      {result && review ? <ReportView bookId={bookId} result={result} review={review} /> : null}
    </section>
  );
}
