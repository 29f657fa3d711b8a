import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LOWERS } from '../../text/letters.js';
import type { ReviewDocument } from '../review/document.js';
import type { Unit } from './blocks.js';

/**
 * The page's own furniture, which quotes nothing: its title line, an essay's dated heading, a
 * forum's post headers and member handles, a short heading in bold (decide.ts asks before it takes a
 * unit for a quotation).
 */

/**
 * "Notes for Thursday's seminar - The Scarlet Letter, ch. 12 (The Minister's Vigil)": the first line
 * of the review with no full stop of its own is its title, whatever dash or parenthesis it ends with
 * (the book's own words there are still found: they align with the book).
 */
export function isTitleLine(doc: ReviewDocument, u: Unit): boolean {
  if (u.blockIndex !== 0 || !u.trailer) return false;
  const words = doc.text.slice(u.body.start, Math.min(u.body.end, u.trailer.start)).trim();
  return !words.includes('\n') && !/[.!?…”"’']$/.test(words);
}

/**
 * "Anna Kowalski⏎English 10, Period 3⏎Ms. Reyes⏎14 November 2026": an essay's MLA heading (or a
 * letter's), short lines with a date among them, or three or more short lines opening the page. A
 * name on its own line there is the teacher's, not a credit under a quotation.
 */
export function isDatedHeading(doc: ReviewDocument, u: Unit): boolean {
  const block = doc.blocks[u.blockIndex];
  if (!block) return false;
  const lines = doc.text.slice(block.content.start, block.content.end).split('\n');
  if (lines.length >= 2 && lines.some((l) => isDateline(l))) return true;
  // …or undated, opening the page: "Maria Lopez⏎English 10, Period 3⏎Mr. Carter" (probe round Q3)
  return u.blockIndex === 0 && lines.length >= 3 && lines.every(isHeadingLine);
}

/** A line of an essay's heading: a few words, no quote marks, no sentence's end. */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return (
    t.length > 0 &&
    t.split(/\s+/).length <= 6 &&
    !/[“”"‘’]|[.!?;:]$/.test(t.replace(/\b(?:Mr|Mrs|Ms|Dr)\.$/, ''))
  );
}

/**
 * "**baker_st_irregular** wrote:", "lit_fan22 said:": a forum post's header; what follows is a
 * member's post, not a quotation (a character who writes is a capitalised name: "Wentworth writes:").
 */
export const FORUM_POSTER = new RegExp(
  String.raw`^[\s*_>]*(?:u\/|@)?(?=[\w.-]*[_\d]|[${LOWERS}])[\w.-]+[*_]*\s+(?:wrote|said|says|replied|posted)\s*:\s*$`,
  'u',
);

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?';
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|[AP]M))?(?:\\s+[A-Z]{2,4})?';
/**
 * A date or a time alone ("March 3, 2024 at 9:12 pm", "4 May 2024 09.00 BST", "2024-03-03"): the
 * line under a blog comment's "Joan P. says:", never a quotation.
 */
const DATELINE = lazyRegExp(
  () =>
    new RegExp(
      `^(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,?\\s+(?:at\\s+|@\\s*)?${CLOCK})?$|^${CLOCK}$`,
    ),
);
export function isDateline(s: string): boolean {
  return DATELINE().test(s.trim());
}

/** A forum member's handle opening a post: "**u/marchsister:**", "@laurie_stan:", "u/beth wrote:", "**u/deleted** · [removed]". */
export const SOCIAL_HANDLE =
  /^[\s*_]*(?:u\/|@)[\w.-]+[*_]*(?:(?:\s+(?:wrote|said|says|replied))?[*_]*\s*:|\s*[·•|]\s*(?:\d[\d,.]*k?\s+(?:points?|votes?|upvotes?|likes?)|\[(?:removed|deleted)\]))/;

/**
 * A sign-off: a dash and one handle or word, indented under a forum post ("  -- quill_and_ink": probe
 * round AF271, reported as a block quotation the book does not have).
 */
export const SIGN_OFF = /^[\s>*_]*(?:-{1,2}|[\u2014\u2013\u2015~])\s*[\w.@-]+[*_]*\s*$/u;

/**
 * "**Summary**" under "Here's a summary, with some key quotes:": a short line all in bold or italics
 * heads what follows; it is not the quotation the line before introduces.
 */
export function isEmphasisHeading(body: string): boolean {
  const m = /^\s*(\*\*?|__?)([^*_\n]{1,60})\1\s*:?\s*$/.exec(body);
  return !!m && m[2]!.trim().split(/\s+/).length <= 6;
}
