import { SPEECH_VERBS } from '../../lexicon.js';
import { LOWERS } from '../../text/letters.js';
import type { BookIndex } from './book-index.js';

/**
 * A quotation of at most this many words found word for word in several places is the line at the
 * places that fit a whole line best: "Not at all." is the reply “Not at all.”, not the "not at all"
 * of "I am not at all afraid". A longer run of the same words is the same line wherever it stands.
 */
export const SHORT_LINE_WORDS = 4;

/**
 * What stands in the book between word `p - 1` and word `p`, as an edge of a quoted line:
 * `2` a line edge (a full stop, ? or !, a quote mark, a paragraph break, or the start or end of the
 * book), `1` a clause break (comma, semicolon, colon, dash, parenthesis), `0` nothing (inside a
 * clause). A quotation given as a whole line ("Not at all.") fits a place with line edges on both
 * sides better than the same words inside a sentence ("I am not at all afraid").
 */
export function edgeBefore(p: number, index: BookIndex, bookText: string): 0 | 1 | 2 {
  if (p <= 0 || p >= index.ids.length) return 2;
  const gap = bookText.slice(index.ends[p - 1]!, index.starts[p]!);
  if (/[.!?"“”‘’«»]|\n[^\S\n]*\n/.test(gap)) return 2;
  return /[,;:()\u2014\u2013-]/.test(gap) ? 1 : 0;
}

/** Between two book words: a mark that opens speech before the second word. */
export const OPENS = 1;
/** …a mark that closes speech after the first. */
export const CLOSES = 2;
/** …a paragraph break. */
export const PARAGRAPH = 4;

/**
 * The quote marks and paragraph break between book word `p - 1` and word `p`, as flags (`OPENS`,
 * `CLOSES`, `PARAGRAPH`). A straight quote touching the next word opens (after a space or a dash:
 * `--"you no speak-e`); any other closes.
 */
/** A word ending in s, its apostrophe, a space and a word in lower case: "moments' silence". */
const PLURAL_POSSESSIVE = new RegExp(String.raw`^[${LOWERS}]s['\u2019] [${LOWERS}]$`, 'u');

export function marksBefore(p: number, index: BookIndex, bookText: string): number {
  if (p <= 0 || p >= index.ids.length) return 0;
  const prevEnd = index.ends[p - 1]!;
  const start = index.starts[p]!;
  // Most words are a single space apart: nothing to look at.
  if (start - prevEnd === 1 && bookText.charCodeAt(prevEnd) === 32) return 0;
  const gap = bookText.slice(prevEnd, start);
  let flags = gap.includes('\n') && /\n[^\S\n]*\n/.test(gap) ? PARAGRAPH : 0;
  for (let k = 0; k < gap.length; k++) {
    const c = gap[k]!;
    // "a few moments' silence": the apostrophe of a plural's possessive, no closing mark (Mansfield
    // Park's "said Sir Thomas, after a few moments' silence," went unread as a tag, and a writer who
    // left it out was called altered: probe round AF148).
    if (
      k === 0 &&
      (c === "'" || c === '\u2019') &&
      PLURAL_POSSESSIVE.test(bookText.slice(prevEnd - 2, start + 1))
    )
      continue;
    if (c === '\u201c' || c === '\u2018' || c === '\u00ab') flags |= OPENS;
    else if (c === '\u201d' || c === '\u2019' || c === '\u00bb') flags |= CLOSES;
    else if (c === '"' || c === "'") {
      // (an emphasis mark may stand between: Mansfield Park's `"Ha!" cried William, "_that's_ just
      // where…"`, where the tag went unread and a writer who left it out was called altered)
      const touchesNext =
        k > 0 && /^[_*'’]*$/.test(gap.slice(k + 1)) && /[\s\u2014\u2013-]/.test(gap[k - 1]!);
      flags |= touchesNext ? OPENS : CLOSES;
    }
  }
  return flags;
}

/**
 * Book words of narration between two quoted parts of one line ("said Hanson, after a while, …"), as
 * many as the split of a writer's quotation may skip (align.ts, exact.ts). Measured on the PDNC
 * split quotations of ten novels, joined: with 25, those whose tag has 26–40 words were verbatim 0 of
 * 22 (one of them a line of Lucy's in Sense and Sensibility, probe round AF75); with 40, 19 of 22;
 * 2,788 of 2,810 with shorter tags either way; eval:check and eval:realworld verdicts unchanged.
 */
export const TAG_MAX_WORDS = 40;

/**
 * The narration between two quoted parts of one line of dialogue that book word `p` starts (a mark
 * closing the first part just before it): the first word of the second part, or -1. The narration
 * has no quote marks in it and stays in the line's paragraph (a tag never runs into the next turn).
 */
export function partAfterTag(p: number, index: BookIndex, bookText: string): number {
  const first = marksBefore(p, index, bookText);
  if (!(first & CLOSES) || first & (OPENS | PARAGRAPH)) return dashTagAfter(p, index, bookText);
  for (let l = p + 1; l < index.ids.length && l - p <= TAG_MAX_WORDS; l++) {
    const m = marksBefore(l, index, bookText);
    if (m & PARAGRAPH) return -1;
    if (m & OPENS) {
      // A word or two quoted inside the tag ("said Mrs. Herriton, preferring “course” to “tactics”
      // for Harriet's sake. “And why…”"): the tag goes on after them (probe round AF118: the
      // writer's joined line was matched to the tag's “course” and called altered).
      const quoted = quotedInTag(l, index, bookText);
      if (quoted > 0 && hasOpeningWithin(quoted, p + TAG_MAX_WORDS, index, bookText)) {
        l = quoted - 1;
        continue;
      }
      return l;
    }
    if (m & CLOSES) return -1;
  }
  return -1;
}

/** Words a tag may quote inside it ("preferring “course” to “tactics”"). */
const QUOTED_IN_TAG_MAX_WORDS = 3;

/**
 * The opening mark before book word `l` starts a word or two quoted within a clause of narration
 * (no stop before the mark, no punctuation inside the quote: “and then,” is a part of the line):
 * the word after the closing mark, or -1.
 */
function quotedInTag(l: number, index: BookIndex, bookText: string): number {
  if (/[.!?,;:]/.test(bookText.slice(index.ends[l - 1]!, index.starts[l]!))) return -1;
  for (let k = l + 1; k < index.ids.length && k - l <= QUOTED_IN_TAG_MAX_WORDS; k++) {
    const m = marksBefore(k, index, bookText);
    if (m & (OPENS | PARAGRAPH)) return -1;
    if (m & CLOSES) return /[.!?,;:]/.test(bookText.slice(index.ends[k - 1]!, index.starts[k]!)) ? -1 : k;
  }
  return -1;
}

/** Another opening mark before book word `end`, in the same paragraph, from word `from`. */
function hasOpeningWithin(from: number, end: number, index: BookIndex, bookText: string): boolean {
  for (let l = from; l < index.ids.length && l <= end; l++) {
    const m = marksBefore(l, index, bookText);
    if (m & PARAGRAPH) return false;
    if (m & OPENS) return true;
  }
  return false;
}

/**
 * The same narration read backwards: book word `p` ends it (a mark opening the second part just
 * after it). The last word of the first part, or -1.
 */
export function partBeforeTag(p: number, index: BookIndex, bookText: string): number {
  const last = marksBefore(p + 1, index, bookText);
  if (!(last & OPENS) || last & PARAGRAPH) return dashTagBefore(p, index, bookText);
  for (let k = p; k > 0 && p + 1 - k <= TAG_MAX_WORDS; k--) {
    const m = marksBefore(k, index, bookText);
    if (m & PARAGRAPH) return -1;
    if (m & CLOSES) {
      if (m & OPENS) return -1;
      // (a word or two the tag quotes, read backwards: see partAfterTag)
      const quoted = quotedInTagBefore(k, index, bookText);
      if (quoted > 0 && hasClosingWithin(quoted, p + 1 - TAG_MAX_WORDS, index, bookText)) {
        k = quoted;
        continue;
      }
      return k - 1;
    }
    if (m & OPENS) return -1;
  }
  return -1;
}

/**
 * The closing mark before book word `k` ends a word or two quoted within a clause of narration
 * (quotedInTag, read backwards): the first quoted word, or -1.
 */
function quotedInTagBefore(k: number, index: BookIndex, bookText: string): number {
  if (/[.!?,;:]/.test(bookText.slice(index.ends[k - 1]!, index.starts[k]!))) return -1;
  for (let j = k - 1; j > 0 && k - j <= QUOTED_IN_TAG_MAX_WORDS; j--) {
    const m = marksBefore(j, index, bookText);
    if (m & (CLOSES | PARAGRAPH)) return -1;
    if (m & OPENS) return /[.!?,;:]/.test(bookText.slice(index.ends[j - 1]!, index.starts[j]!)) ? -1 : j;
  }
  return -1;
}

/** Another closing mark after book word `start`, in the same paragraph, back to word `from`. */
function hasClosingWithin(from: number, start: number, index: BookIndex, bookText: string): boolean {
  for (let k = from; k > 0 && k >= start; k--) {
    const m = marksBefore(k, index, bookText);
    if (m & PARAGRAPH) return false;
    if (m & CLOSES) return true;
  }
  return false;
}

/*
 * Dialogue printed with a dash and no quote marks ("--They have only themselves to blame, said Mr
 * Dedalus suavely. If they took a fool's advice…", A Portrait of the Artist; probe round AB9): the
 * tag between two parts of the line is a short clause with a verb of speech, after the first part's
 * comma, "!" or "?" and before a comma or full stop, in a paragraph that opens on a dash. A writer
 * who leaves it out quotes the line word for word, as with quote marks.
 */

/** Book words of a tag inside a dash line ("said Mr Dedalus suavely", "Mr Casey said"). */
const DASH_TAG_MAX_WORDS = 8;

/** Book word `p` is in a paragraph that opens on a dash ("--", "—", "―", "–"). */
function inDashLine(p: number, index: BookIndex, bookText: string): boolean {
  const at = index.starts[p]!;
  const blank = bookText.lastIndexOf('\n\n', at);
  const start = blank < 0 ? 0 : blank + 2;
  return /^\s*(?:--|[\u2014\u2015\u2013])/.test(bookText.slice(start, Math.min(at, start + 12)));
}

/** The words from `a` to `b` (inclusive) hold a verb of speech. */
function saysIn(a: number, b: number, index: BookIndex, bookText: string): boolean {
  return bookText
    .slice(index.starts[a]!, index.ends[b]!)
    .split(/[^\p{L}']+/u)
    .some((w) => SPEECH_VERBS.has(w.toLowerCase()));
}

/** Book word `p` as printed. */
const wordAt = (p: number, index: BookIndex, bookText: string) =>
  bookText.slice(index.starts[p]!, index.ends[p]!);

/** What the speaker does, set off after a dash line's tag: "said Stephen, laughing," / "…, gravely,". */
const isMannerWord = (p: number, index: BookIndex, bookText: string) =>
  /\p{Ll}(?:ing|ly)$/u.test(wordAt(p, index, bookText));

/** The gap between word `p - 1` and word `p`. */
const gapBefore = (p: number, index: BookIndex, bookText: string) =>
  bookText.slice(index.ends[p - 1]!, index.starts[p]!);

/** partAfterTag in a dash line: book word `p` starts the tag; the first word after it, or -1. */
function dashTagAfter(p: number, index: BookIndex, bookText: string): number {
  if (p <= 0 || !/^[,!?]\s+$/.test(gapBefore(p, index, bookText)) || !inDashLine(p, index, bookText))
    return -1;
  for (let l = p + 1; l < index.ids.length && l - p <= DASH_TAG_MAX_WORDS; l++) {
    const g = gapBefore(l, index, bookText);
    if (g.includes('\n\n') || /["\u201c\u201d]/.test(g)) return -1;
    if (/^[,.;:]\s+$/.test(g)) {
      if (!saysIn(p, l - 1, index, bookText)) return -1;
      // (what the speaker does, set off after the tag, is the tag's too: "said Stephen, laughing,")
      const next = l + 1 < index.ids.length ? gapBefore(l + 1, index, bookText) : '';
      return g[0] === ',' && /^,\s+$/.test(next) && isMannerWord(l, index, bookText) ? l + 1 : l;
    }
    if (g.trim() !== '') return -1;
  }
  return -1;
}

/** partBeforeTag in a dash line: book word `p` ends the tag; the last word of the first part, or -1. */
function dashTagBefore(p: number, index: BookIndex, bookText: string): number {
  if (p + 1 >= index.ids.length || !/^[,.;:]\s+$/.test(gapBefore(p + 1, index, bookText))) return -1;
  if (!inDashLine(p, index, bookText)) return -1;
  // (what the speaker does, set off after the tag, is the tag's too: "said Stephen, laughing,")
  let manner = false;
  for (let k = p; k > 0 && p - k < DASH_TAG_MAX_WORDS; k--) {
    const g = gapBefore(k, index, bookText);
    if (/^[,!?]\s+$/.test(g)) {
      if (saysIn(k, p, index, bookText)) return k - 1;
      if (manner || k !== p || !isMannerWord(k, index, bookText) || g[0] !== ',') return -1;
      manner = true;
      continue;
    }
    if (g.trim() !== '') return -1;
  }
  return -1;
}

/**
 * The book words in [from, to) that are speech, reading from narration at `from` (after a quoted
 * part's closing mark): each after a mark that opens speech and before one that closes it. Between
 * the parts of a split quotation the writer may drop the book's narration, its tag, but speech
 * dropped there is words left out (align.ts, exact.ts).
 */
export function speechWordsBetween(from: number, to: number, index: BookIndex, bookText: string): number[] {
  const out: number[] = [];
  let inSpeech = false;
  for (let p = from; p < to; p++) {
    const marks = marksBefore(p, index, bookText);
    if (marks & CLOSES) inSpeech = false;
    if (marks & OPENS) inSpeech = true;
    if (inSpeech) out.push(p);
  }
  return out;
}
