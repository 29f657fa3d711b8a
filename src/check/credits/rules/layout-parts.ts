import { CREDIT_QUALIFIER_ALTERNATION } from '../../../lexicon.js';
import type { LazyRegExp } from '../../../text/lazy-regexp.js';
import { UPPERS } from '../../../text/letters.js';
import { BRACKETED, isCitationOnly } from '../../extract/trailer.js';
import { DESCRIPTION, LETTERS, NARRATOR, REF, UPPER, WRITTEN_NAME } from '../name-pattern.js';
import { type CreditSite, type Segment, segment } from '../site.js';
import { type RuleMatch, readWith } from './rule.js';
import { DASHES } from './tag-parts.js';

/**
 * What the layout rules share (layout.ts, dash-line.ts, parenthesis.ts): how a credited name may be
 * written on a line of its own, what may follow it there, and where beside the quotation such a line
 * stands.
 */

/** A title as printed ("Pride and Prejudice", "The Picture of Dorian Gray"): capitalised words and the small words between ("Moby-Dick or, the Whale"). */
export const TITLE_CASE = `${UPPER}[${LETTERS}'’\\-]*(?:\\s+(?:(?:and|of|the|a|an|in|to|with|for|on|at|by|from|or),?\\s+)*${UPPER}[${LETTERS}'’\\-]*)*`;
/**
 * What may follow a credited name on its line: ", Pride and Prejudice", " in Emma", " (ch. 3)", ", *Emma*,
 * Vol. II". A title needs its comma (or "in"): "Henry Tilney and Miss Morland" is two people, not a
 * name and a book.
 */
export const CITATION = `(?:(?:\\s*[,;:(${DASHES}]\\s*(?:in\\s+)?|\\s+in\\s+)(?:${REF}|\\*[^*\\n]{1,80}\\*|_[^_\\n]{1,80}_|${UPPER}{1,3}(?:&${UPPER}{1,3})+|${TITLE_CASE})\\)?|\\s*\\(?\\s*${REF}\\)?|\\s+\\*[^*\\n]{1,80}\\*)*`;
/**
 * A name with "St." inside it ("Myra St. Claire", "Emily St. Aubert"), which WRITTEN_NAME cuts at the
 * abbreviation (a full stop and a capital may end a sentence). Kept apart from WRITTEN_NAME, which
 * every credit pattern compiles (there it cost a one-shot check ~70 ms): only the layout credits that
 * need it use it, behind a test for " St. " (layout.ts, dash-line.ts).
 */
export const SAINTS_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:St\.[ \t]*)?\p{Lu}[\p{L}'’-]*){1,3}`;

export const CREDITED = `(?:${NARRATOR}|${WRITTEN_NAME}|${DESCRIPTION})`;
/**
 * "— old Mr. Sedley", "(young Branghton)", "— little Pearl", "— Old Mr. Turveydrop": the age that
 * tells a father from his son, or a child, kept with the name (before CREDITED).
 */
export const AGED = `(?:(?:${CREDIT_QUALIFIER_ALTERNATION})[ \\t]+(?=[${UPPERS}]))?`;

/** A credit line standing in the block after the quotation ("<p>— Lord Henry</p>"). */
export function followingLine(site: CreditSite, re: RegExp | LazyRegExp): RuleMatch | null {
  if (!site.following || /\p{L}/u.test(site.trail.text.replace(/\s+/g, ''))) return null;
  // From the block's own start: a Markdown "- Lord Henry" line is a list item whose marker is the dash.
  const f = site.following;
  const block = site.doc.blocks.find((b) => b.content.start === f.start);
  // "- Godfrey, turning red: “Hold your tongue…”": a line that holds the next quotation introduces
  // it; it is no credit line of the quotation above.
  if (block && site.nextStart < block.content.end) return null;
  const from = block ? block.span.start : f.start;
  return readWith(segment(site.text, from, f.start + f.text.length), re, { pronoun: false });
}

/** The credit or citation the extract stage set beside the quotation (`— Emma`, `(Basil)`), as a line of its own. */
export function trailer(site: CreditSite): Segment | null {
  const t = site.quote.trailer;
  if (!t) return null;
  // "Get up (Ch. 12) — Mrs Verloc": a place cited before the dash is in the trailer (trailer.ts);
  // the credit line is what follows it.
  const cited = CITED_BEFORE_DASH.exec(site.text.slice(t.start, t.end));
  const start = cited && isCitationOnly(cited[1]!) ? t.start + cited[0].length : t.start;
  return segment(site.text, start, t.end);
}

const CITED_BEFORE_DASH = new RegExp(`^[ \\t]*(${BRACKETED})[ \\t]*(?=[${DASHES}~]|--?)`, 'u');

/** The last part of a block quotation, for credits the extract stage kept inside it. */
export function lastPart(site: CreditSite): Segment | null {
  if (!site.quote.block) return null;
  const p = site.quote.parts[site.quote.parts.length - 1]!;
  return segment(site.text, p.start, p.end);
}
