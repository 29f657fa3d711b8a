import { useState } from 'preact/hooks';
import type { CheckResult } from '../../../server/api-types.js';
import { api, type ReviewInput } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { type ClassSetEntry, ClassSetTable, errorText } from './ClassSetTable.js';
import { ReportView } from './ReportView.js';
import { ReviewForm } from './ReviewForm.js';

/** Check a review, essay or article against the book; several files at once are a class set. */
export function CheckPage({ bookId }: { bookId: string }) {
  const [review, setReview] = useState<ReviewInput | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [classSet, setClassSet] = useState<ClassSetEntry[] | null>(null);
  const [open, setOpen] = useState<number | null>(null);

  const run = async (input: ReviewInput) => {
    setBusy(true);
    setError(null);
    setClassSet(null);
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

  /**
   * A class set: the essays one after another (the server checks each against the book it keeps
   * indexed), the table filling in as they come; one that fails is named in its row and the rest go on.
   */
  const runMany = async (files: File[]) => {
    setBusy(true);
    setError(null);
    setResult(null);
    setReview(null);
    setOpen(null);
    let entries: ClassSetEntry[] = files.map((file) => ({ file, result: null, error: null }));
    setClassSet(entries);
    for (const [i, file] of files.entries()) {
      let done: ClassSetEntry;
      try {
        done = { file, result: await api.check(bookId, { kind: 'file', file }), error: null };
      } catch (e) {
        done = { file, result: null, error: errorText(e) };
      }
      entries = entries.map((e, j) => (j === i ? done : e));
      setClassSet(entries);
    }
    setBusy(false);
  };

  const openEssay = (i: number) => {
    const entry = classSet?.[i];
    if (!entry?.result) return;
    setOpen(i);
    setResult(entry.result);
    setReview({ kind: 'file', file: entry.file });
  };

  return (
    <section class="page check">
      <h1>Check a review against the book</h1>
      <ReviewForm onSubmit={run} onSubmitMany={runMany} busy={busy} />
      {error ? <ErrorNote error={error} title="The check could not run" /> : null}
      {classSet ? <ClassSetTable entries={classSet} open={open} onOpen={openEssay} /> : null}
      {result && review ? <ReportView bookId={bookId} result={result} review={review} /> : null}
    </section>
  );
}
