import type { Span } from '../../book/span.js';
import { titleAlternation } from '../../lexicon.js';
import { LETTERS, UPPERS } from '../../text/letters.js';

/**
 * Quotations run together in one paragraph without marks, parted by dashes and credits:
 * `I am here. – Who is there? — Alice Why is a raven like a writing desk? — Mad Hatter (Chapter 7)`.
 * The paragraph is cut at each dash that follows the end of a sentence; a name (and a chapter in
 * brackets) right after the dash is the credit of the words before it, not part of the next ones.
 */

export interface Segment {
  /** The words of one quotation. */
  span: Span;
  /** The credit after them (`— Mad Hatter (Chapter 7)`), or null. */
  trailer: Span | null;
}

const TITLES = titleAlternation();
const NAME_WORD = `[${UPPERS}][${LETTERS}'’\\-]*\\.?`;
const NAME = `(?:[Tt]he\\s+)?(?:(?:${TITLES})\\.?\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
/** A dash after a sentence's end (or a closing mark): where one quotation of the run stops. */
const SEPARATOR = /(?<=[.!?…"”’'»)])[ \t]+(?:[—–―~]|-{1,2})[ \t]*/gu;
/** A credit right after the dash: a name, maybe a chapter in brackets, then the next words or the end. */
const CREDIT = new RegExp(
  `^${NAME}(?:[ \\t]*\\([^()\\n]{1,40}\\))?(?=[ \\t]+["“‘«]?[${UPPERS}]|[ \\t]*$)`,
  'u',
);

function trim(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** The quotations of a run-in paragraph, or one segment (the whole body) when there is no separator. */
export function runInSegments(text: string, body: Span): Segment[] {
  const s = text.slice(body.start, body.end);
  const out: Segment[] = [];
  let from = body.start;
  const re = new RegExp(SEPARATOR.source, 'gu');
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const dash = body.start + m.index;
    const after = body.start + m.index + m[0].length;
    const credit = CREDIT.exec(text.slice(after, body.end));
    const words = trim(text, { start: from, end: dash });
    if (words.end > words.start) {
      out.push({ span: words, trailer: credit ? { start: dash, end: after + credit[0].length } : null });
    }
    from = credit ? after + credit[0].length : after;
    re.lastIndex = from - body.start;
  }
  const last = trim(text, { start: from, end: body.end });
  if (last.end > last.start) out.push({ span: last, trailer: null });
  return out;
}
