import type { Span } from '../../book/span.js';
import { NAME, VERBS } from '../credits/index.js';

/**
 * The book's own speech tag next to a located line: "…,” said Ruth" or "Tommy said: “…". A second
 * witness beside the speaker model, used when the model is unsure: a named tag right at the quote
 * marks is what a reader would go by too. Pronoun tags ("she said") give nothing.
 */
const IN_LINE = '(?:[^\\u201c\\u201d"\\n]|\\n(?![ \\t]*\\n))';
// "…,” said Ruth" / "…,” Ruth said" — the second order only after a comma, dash, ! or ?: after a full
// stop, "Ruth said, “…" starts the next line.
const AFTER_TAG = new RegExp(
  `^${IN_LINE}{0,80}?(?:[\\u201d"\\u2019]\\s*(?:${VERBS})\\s+(${NAME})|[,!?\\u2014\\u2013-][\\u201d"\\u2019]\\s*(${NAME})\\s+(?:${VERBS}))\\b`,
  'u',
);
const BEFORE_TAG = new RegExp(
  `(${NAME})(?:\\s+\\p{Ll}+ly)?\\s+(?:${VERBS})(?:\\s+\\p{Ll}+ly)?\\s*[,:]?\\s*[\\u201c"\\u2018]${IN_LINE}{0,60}$`,
  'u',
);
// "“A,” said Tommy. “B.”": B continues Tommy's speech.
const BEFORE_TAG_INVERTED = new RegExp(
  `[\\u201d"\\u2019]\\s*(?:${VERBS})\\s+(${NAME})[,.;]?\\s*[\\u201c"\\u2018]${IN_LINE}{0,60}$`,
  'u',
);
const NOT_A_NAME = /^(?:He|She|They|It|I|We|You|The|This|That|Then|And|But)$/;

export function speechTagNear(bookText: string, loc: Span): string | null {
  const after = AFTER_TAG.exec(bookText.slice(loc.end, loc.end + 160));
  const fromAfter = after ? (after[1] ?? after[2] ?? null) : null;
  if (fromAfter && !NOT_A_NAME.test(fromAfter.split(/\s+/)[0]!)) return fromAfter.trim();
  const preceding = bookText.slice(Math.max(0, loc.start - 140), loc.start);
  const before = BEFORE_TAG.exec(preceding) ?? BEFORE_TAG_INVERTED.exec(preceding);
  const fromBefore = before?.[1] ?? null;
  if (fromBefore && !NOT_A_NAME.test(fromBefore.split(/\s+/)[0]!)) return fromBefore.trim();
  return null;
}
