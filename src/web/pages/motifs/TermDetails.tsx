import type { TermsResult } from '../../../server/api-types.js';
import { readerHref } from '../../lib/links.js';

type Term = TermsResult['terms'][number];

/** One term: how often, in which forms, in whose mouth, and every use in context (each a link into the reader). */
export function TermDetails({ bookId, result, term }: { bookId: string; result: TermsResult; term: Term }) {
  const voiceName = (voice: string | null) => term.voices?.find((v) => v.voice === voice)?.name ?? '';
  return (
    <section class="term" aria-labelledby={`term-${term.term}`} data-testid="term">
      <h2 id={`term-${term.term}`}>
        “{term.term}”: {term.total} use{term.total === 1 ? '' : 's'}
        <span class="count"> ({term.per10k} per 10,000 words)</span>
      </h2>
      {term.total === 0 ? (
        <p>
          Not in this book{term.exact ? ' in this form' : ', in any form'}. Check the spelling, or try a
          shorter word.
        </p>
      ) : (
        <>
          <p>
            <strong>Forms:</strong> {term.forms.map((f) => `${f.form} (${f.count})`).join(', ')}
          </p>
          {term.voices ? (
            <p>
              <strong>Who uses it:</strong> {term.voices.map((v) => `${v.name} (${v.count})`).join(', ')}
            </p>
          ) : null}
          <p class="note">
            {term.concordanceTruncated
              ? `${term.concordance.length} of the ${term.total} uses, spread over the whole book:`
              : 'Every use, in order:'}
          </p>
          <ol class="concordance">
            {term.concordance.map((c) => (
              <li key={c.start}>
                <a href={readerHref(bookId, c.start, c.end)}>
                  <span class="kwic-left">{c.left}</span>
                  <mark>{c.match}</mark>
                  <span class="kwic-right">{c.right}</span>
                </a>
                <span class="kwic-where">
                  {result.chapters[c.chapter]?.title}
                  {c.voice && c.voice !== 'narration' ? ` · ${voiceName(c.voice)}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
