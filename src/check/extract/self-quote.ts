import type { Span } from '../../book/span.js';
import type { ExtractedQuote } from './types.js';

/**
 * A forum reply quoting the comment it answers ("> this is literally Amy's whole personality"), an
 * essay repeating its own thesis in a block quote: the words stand earlier on the page, in the
 * writer's own prose. Not found in the book, such a quotation quotes the page, not the novel, and
 * is not reported (a "not found" there would be a false alarm about the book).
 */

/** At least this many words: a short phrase ("I agree") recurs on any page by chance. */
const MIN_WORDS = 4;

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Whether the quotation's words stand, in order and together, earlier on the page outside every quotation. */
export function quotesThePage(
  text: string,
  quote: ExtractedQuote,
  quotes: readonly ExtractedQuote[],
): boolean {
  const own = quote.parts.flatMap((p) => words(text.slice(p.start, p.end)));
  if (own.length < MIN_WORDS) return false;
  const quoted: Span[] = quotes.map((q) => q.outer);
  // The writer's words before the quotation, with every quotation's words left out.
  let prose = '';
  let at = 0;
  for (const s of [...quoted].sort((a, b) => a.start - b.start)) {
    if (s.start >= quote.outer.start) break;
    if (s.start > at) prose += ` ${text.slice(at, s.start)} `;
    at = Math.max(at, s.end);
  }
  if (quote.outer.start > at) prose += ` ${text.slice(at, quote.outer.start)} `;
  const before = ` ${words(prose).join(' ')} `;
  return before.includes(` ${own.join(' ')} `);
}
