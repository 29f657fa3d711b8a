import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Whether a word is an English word in its own right (274,000 words of the `word-list` package,
 * inflections included). A writer's word that differs from the book's by one letter is a misprint
 * when it is no word ("sensaton"), but another word when it is one ("errors" for "terrors",
 * "sensations" for "sensation"): that is an alteration a reader wants to see. The names stage asks
 * it too (is "Hope" a name or a word?), so every check meets it.
 *
 * The list is one sorted word a line, read on first use only (2.8 MB, ~3 ms) and searched in place
 * by bisection over its text: building a Set of its 274,000 words cost ~150 ms of a one-shot
 * check's CPU (and 20 MB) for the few dozen words a check looks up.
 */
let list: string | null = null;

export function isEnglishWord(word: string): boolean {
  list ??= readFileSync(wordListPath, 'utf8');
  return inSortedLines(list, word.toLowerCase());
}

/**
 * Whether `word` is a whole line of `text`, whose lines are sorted in code-unit order but for a few
 * lines a little out of place: the `word-list` file has two ("manlihood" after "manlily", where it
 * belongs three lines higher, before "manlike"; "sharrowed" after "sharrows"), so the
 * `NEAR` lines on either side of where bisection ends are looked at too. test/check/english.test.ts
 * reads every word of the installed list back, so a new version with a word further astray fails it.
 */
export function inSortedLines(text: string, word: string): boolean {
  if (word.length === 0 || word.includes('\n')) return false;
  // Positions are line starts: lines starting before `lo` sort below `word`, lines starting at or
  // after `hi` at or above it (bar the lines out of place).
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = lineStart(text, (lo + hi) >>> 1);
    const end = lineEnd(text, mid);
    const line = text.slice(mid, end);
    if (line === word) return true;
    if (line < word) lo = end + 1;
    else hi = mid;
  }
  // `lo` is where the word would stand; a line out of place stands up to `NEAR` lines either side.
  let before = Math.min(lo, text.length);
  let after = before;
  for (let i = 0; i < NEAR; i++) {
    if (before > 0) {
      before = lineStart(text, before - 1);
      if (text.slice(before, lineEnd(text, before)) === word) return true;
    }
    if (after < text.length) {
      if (text.slice(after, lineEnd(text, after)) === word) return true;
      after = lineEnd(text, after) + 1;
    }
  }
  return false;
}

/** How far from its place a line of the sorted text may stand: 3 in `word-list` 4.1 ("manlihood"). */
const NEAR = 4;

/** The start of the line holding position `at`. */
function lineStart(text: string, at: number): number {
  return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

/** The end (the newline, or the text's end) of the line starting at `at`. */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}
