/**
 * The text the analysis reads: the book's text with every Unicode space inside a line (no-break space
 * U+00A0, thin space U+2009, narrow no-break space U+202F…) written as a plain space.
 *
 * Why: EPUB converters such as pandoc put a no-break space after "Mr." and "Mrs."; the name patterns
 * join a title to its name across `[ \t]`, so "Mr.\u00a0Bennet" and "Mrs.\u00a0Bennet" were both the
 * bare "Bennet", one woman, and Pride and Prejudice fell from 0.811 to 0.708 (`npm run eval:speakers --
 * --nbsp`). Each of these spaces is one UTF-16 unit, like the space that replaces it, so every offset
 * into this text is an offset into `book.text`: quotations, mentions and names point at the book as printed.
 */
import { isLineBreak, isSpace } from '../text/chars.js';

export function withPlainSpaces(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0 || !isSpace(c) || isLineBreak(c)) continue;
    out ??= [];
    out.push(text.slice(from, i), ' ');
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}
