import { api } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useAsync } from '../../components/useAsync.js';
import { SuggestedMotifs } from './SuggestedMotifs.js';
import { TermDetails } from './TermDetails.js';
import { TermsForm } from './TermsForm.js';
import { UsesChart } from './UsesChart.js';

/**
 * Motifs: the reader types words (or picks suggested ones) and sees where the book uses them, in
 * what forms, in whose mouth, and every use in context. The terms live in the address (`?q=…`), so
 * a page of terms can be bookmarked or shared.
 */
export function MotifsPage({ bookId, terms }: { bookId: string; terms: string[] }) {
  const key = `${bookId}\n${terms.join('\n')}`;
  const [result] = useAsync(() => (terms.length > 0 ? api.terms(bookId, terms) : Promise.resolve(null)), key);
  return (
    <section class="page motifs">
      <h1>Motifs</h1>
      <TermsForm bookId={bookId} terms={terms} />
      <SuggestedMotifs bookId={bookId} terms={terms} />
      {result.state === 'error' ? (
        <ErrorNote error={result.error} title="Could not look these words up" />
      ) : null}
      {result.state === 'loading' && terms.length > 0 ? (
        <p aria-busy="true">Looking through the book…</p>
      ) : null}
      {result.value ? (
        <>
          {result.value.analysisStatus === 'running' ? (
            <p class="note" aria-busy="true">
              Who speaks each line is still being worked out; reload in a moment to see who uses each word.
            </p>
          ) : null}
          <h2>Uses per chapter</h2>
          <UsesChart result={result.value} />
          {result.value.terms.map((t) => (
            <TermDetails key={t.term} bookId={bookId} result={result.value!} term={t} />
          ))}
        </>
      ) : null}
    </section>
  );
}
