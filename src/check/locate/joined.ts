import type { Book } from '../../book/types.js';
import { hasReplyVerb } from '../../lexicon.js';
import type { ExtractedQuote } from '../extract/index.js';
import type { BookIndex } from './book-index.js';
import { locatePassage } from './index.js';
import { buildPattern } from './pattern.js';

/**
 * The extract stage joins two marked quotations with a few words of the writer's between them when
 * those words read like a speech tag: "“Yes,” he said, and added, “…”" is one speech split by its
 * tag. But "She tells the maid, “Stop your scrubbing a moment,” and asks about her neighbour: “Who
 * is Mr. Boldwood?”" quotes two lines far apart in the book. With the book at hand: a joined
 * quotation the book does not have as it stands, but has part by part, word for word, and far
 * apart, is that many quotations, each checked (and credited) on its own.
 */

/** Each part must be at least this many words to stand as a quotation of its own ("Yes" does not). */
const MIN_PART_WORDS = 3;
/**
 * Parts the book has in order within this many characters (a few turns of one exchange) stay one
 * quotation: the writer spliced turns of one conversation, and the splice is what to report.
 */
const SAME_EXCHANGE_CHARS = 1000;

export function separateJoinedLines(
  quotes: readonly ExtractedQuote[],
  text: string,
  book: Book,
  index: BookIndex,
): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  for (const q of quotes) {
    if (bookHasApart(q, text, book, index)) out.push(...q.parts.map((_, i) => partAsQuote(q, i)));
    else out.push(q);
  }
  return out;
}

/** Whether a joined quotation's parts are to be checked one by one (else it stays whole). */
function bookHasApart(q: ExtractedQuote, text: string, book: Book, index: BookIndex): boolean {
  if (q.parts.length < 2 || q.block || q.setOff !== 'quote-marks') return false;
  if (q.between.length !== q.parts.length - 1) return false;
  // Only parts the writer's own words join (not a paragraph break of a speech over paragraphs).
  if (!q.between.every((g) => /\p{L}/u.test(text.slice(g.start, g.end)))) return false;
  const whole = buildPattern(text, q.parts);
  if (locatePassage(whole, book, index).verdict === 'verbatim') return false;
  // "“The fog is very dense!” Guppy answers, “Not that it affects you.”": the writer's words say the
  // second part is another's reply, so two turns of one exchange are two quotations after all.
  const replies = q.between.some((g) => hasReplyVerb(text.slice(g.start, g.end)));
  let previousEnd: number | null = null;
  for (const p of q.parts) {
    const pattern = buildPattern(text, [p]);
    if (pattern.wordCount < MIN_PART_WORDS) return false;
    const found = locatePassage(pattern, book, index);
    if (found.verdict !== 'verbatim' || !found.location) return false;
    // Two turns of one exchange ("“Did you hear him?” he asks, “Not at all.”", the second
    // another's reply): one spliced quotation, which the locate stage reports as such.
    const gap = previousEnd === null ? null : found.location.start - previousEnd;
    if (gap !== null && gap >= 0 && gap <= SAME_EXCHANGE_CHARS && !replies) return false;
    previousEnd = found.location.end;
  }
  return true;
}

/** Part `i` of a joined quotation as a quotation of its own: its marks are up to the writer's words between. */
function partAsQuote(q: ExtractedQuote, i: number): ExtractedQuote {
  return {
    ...q,
    parts: [q.parts[i]!],
    between: [],
    outer: {
      start: i === 0 ? q.outer.start : q.between[i - 1]!.end,
      end: i === q.parts.length - 1 ? q.outer.end : q.between[i]!.start,
    },
  };
}
