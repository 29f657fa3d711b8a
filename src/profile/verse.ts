/**
 * Quotations that are verse recited, not conversation: a song, a poem or a nursery rhyme a character
 * says or sings ("How doth the little crocodile⏎    Improve his shining tail,…"). Dialogue share counts
 * talk, and PDNC's annotation mostly leaves recited verse out (Alice's verses are in quotation marks
 * and unannotated); set aside on both sides, as letters are (written.ts). Rule `verse/lines`: the
 * quotation runs over at least VERSE_MIN_LINES lines, every line after the first opens on a capital
 * (a wrapped line of prose mostly opens on a small letter), none but the last ends on an article, and
 * its lines are short (the longest at most VERSE_MAX_LINE characters: an edition wraps prose at 65–75).
 */
import { partsOf, type QuoteInput } from './types.js';

/** A couplet is as often two wrapped lines of a short speech: three lines at least. */
export const VERSE_MIN_LINES = 3;
/** The longest line of verse, in characters without its indentation. */
export const VERSE_MAX_LINE = 52;

export function verseRule(text: string, quote: QuoteInput): string | null {
  const lines = linesOf(text, quote);
  if (lines.length < VERSE_MIN_LINES) return null;
  if (lines.some((l) => l.length > VERSE_MAX_LINE)) return null;
  const capitalised = lines.slice(1).every((l) => /^[^\p{L}]*\p{Lu}/u.test(l));
  // A line of verse does not end on an article: "we're sailing tomorrow in the⏎Russia" is wrapped prose.
  const endsOnArticle = lines.slice(0, -1).some((l) => /\b(?:the|a|an)$/i.test(l));
  return capitalised && !endsOnArticle ? 'verse/lines' : null;
}

/**
 * The lines of the text the quotation's parts run over, whole: a line the quotation shares with
 * narration or another part ("Tell Colonel⏎Herncastle," said she, "that Miss⏎Verinder…") is as long
 * as the edition printed it, so wrapped prose is not mistaken for short lines.
 */
function linesOf(text: string, quote: QuoteInput): string[] {
  const starts = new Set<number>();
  for (const p of partsOf(quote)) {
    let at = text.lastIndexOf('\n', p.start - 1) + 1;
    while (at < p.end) {
      starts.add(at);
      const next = text.indexOf('\n', at);
      if (next < 0) break;
      at = next + 1;
    }
  }
  return [...starts]
    .sort((a, b) => a - b)
    .map((at) => {
      const end = text.indexOf('\n', at);
      return text.slice(at, end < 0 ? text.length : end).trim();
    })
    .filter((l) => l.length > 0);
}
