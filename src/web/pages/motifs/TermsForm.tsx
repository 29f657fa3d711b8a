import { useState } from 'preact/hooks';
import { motifsHref } from '../../lib/links.js';

/** Terms separated by commas, so a phrase ("hail sham") is one term. */
export function splitTerms(input: string): string[] {
  return [
    ...new Set(
      input
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}

export function TermsForm({ bookId, terms }: { bookId: string; terms: string[] }) {
  const [value, setValue] = useState(terms.join(', '));
  const submit = (e: Event) => {
    e.preventDefault();
    window.location.hash = motifsHref(bookId, splitTerms(value));
  };
  return (
    <form class="terms-form" onSubmit={submit}>
      <label for="terms-input">
        Words to follow through the book, separated by commas (every form counts: "donation" finds
        "donations")
      </label>
      <div class="row">
        <input
          id="terms-input"
          type="search"
          value={value}
          placeholder="e.g. carer, donation, hail sham"
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Look up</button>
      </div>
    </form>
  );
}
