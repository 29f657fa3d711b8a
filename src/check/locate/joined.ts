import type { Book } from '../../book/types.js';
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
    const parts = joinedParts(q, text, book, index);
    if (!parts) {
      out.push(q);
      continue;
    }
    for (const p of parts) out.push(partAsQuote(q, p, text));
  }
  return out;
}

/** The parts of a joined quotation to check one by one, or null to keep it whole. */
function joinedParts(
  q: ExtractedQuote,
  text: string,
  book: Book,
  index: BookIndex,
): ExtractedQuote['parts'] | null {
  if (q.parts.length < 2 || q.block || q.setOff !== 'quote-marks') return null;
  // Only parts the writer's own words join (not a paragraph break of a speech over paragraphs).
  if (!q.between.every((g) => /\p{L}/u.test(text.slice(g.start, g.end)))) return null;
  const whole = buildPattern(text, q.parts);
  if (locatePassage(whole, book, index).verdict === 'verbatim') return null;
  let previousEnd: number | null = null;
  for (const p of q.parts) {
    const pattern = buildPattern(text, [p]);
    if (pattern.wordCount < MIN_PART_WORDS) return null;
    const found = locatePassage(pattern, book, index);
    if (found.verdict !== 'verbatim' || !found.location) return null;
    // Two turns of one exchange ("“Did you hear him?” he asks, “Not at all.”", the second
    // another's reply): one spliced quotation, which the locate stage reports as such.
    const gap = previousEnd === null ? null : found.location.start - previousEnd;
    if (gap !== null && gap >= 0 && gap <= SAME_EXCHANGE_CHARS) return null;
    previousEnd = found.location.end;
  }
  return q.parts;
}

/** One part of a joined quotation as a quotation of its own, its marks around it. */
function partAsQuote(q: ExtractedQuote, part: ExtractedQuote['parts'][number], text: string): ExtractedQuote {
  const open = /[“"‘'«„]\s*$/.exec(text.slice(Math.max(q.outer.start, part.start - 2), part.start));
  const close = /^\s*[”"’'»]/.exec(text.slice(part.end, Math.min(q.outer.end, part.end + 2)));
  return {
    ...q,
    parts: [part],
    between: [],
    outer: {
      start: open ? part.start - open[0].length : part.start,
      end: close ? part.end + close[0].length : part.end,
    },
  };
}
