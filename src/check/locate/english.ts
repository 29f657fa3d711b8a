import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packagePath } from '../../package-files.js';

/**
 * Whether a word is an English word in its own right (274,000 words of the `word-list` package,
 * inflections included). A writer's word that differs from the book's by one letter is a misprint
 * when it is no word ("sensaton"), but another word when it is one ("errors" for "terrors",
 * "sensations" for "sensation"): that is an alteration a reader wants to see. The names stage asks
 * it too (is "Hope" a name or a word?), so every check meets it.
 *
 * The list is one sorted word a line, searched in place by bisection. Building a Set of its words
 * cost ~150 ms of a one-shot check's CPU (and 20 MB); reading the whole 2.8 MB file as a string,
 * ~35 ms of the 0.6 s (most of it decoding). So the file is read in blocks, on demand, for the few
 * dozen words a check looks up: bisection touches ~10 blocks a word, the first ones shared by all.
 */
let list: LineText | null = null;

/**
 * Words already looked up: a check asks about the same words again (each name-like word of the
 * review, each misprint candidate in every place tried), and a server about the same vocabulary
 * check after check; bisection costs ~20 slices of the list a word.
 */
const known = new Map<string, boolean>();

export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  let answer = known.get(w);
  if (answer === undefined) {
    list ??= fileLines(wordListPath());
    answer = inSortedLines(list, w);
    // a vocabulary, not a text: bounded by the distinct words of the books and reviews checked
    if (known.size > 200_000) known.clear();
    known.set(w, answer);
  }
  return answer;
}

/**
 * A text of lines as bisection reads it: its length and the code unit at a position, and a slice.
 * A string is one; a file of one-byte characters read in blocks (`fileLines`) is the other.
 */
export interface LineText {
  readonly length: number;
  charCodeAt(at: number): number;
  slice(start: number, end: number): string;
}

/**
 * The list's file, `words.txt` beside the `word-list` package's entry (the path its default export
 * gives). Found with `require.resolve` rather than imported: the package computes the path from its
 * own `import.meta.url`, which the CLI bundle (scripts/bundle-cli.mjs) cannot keep for it.
 */
function wordListPath(): string {
  const entry = createRequire(packagePath('package.json')).resolve('word-list');
  return path.join(path.dirname(entry), 'words.txt');
}

/** Bytes read at once from the word list: one disk page; a word never needs more than two. */
const BLOCK = 4096;

/**
 * A file of ASCII lines (the word list is: test/check/english.test.ts reads it back) as a `LineText`,
 * read a block at a time, each block kept once read. The file stays open while the process lives,
 * like the module that asks.
 */
function fileLines(file: string): LineText {
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  const blocks = new Map<number, Buffer>();
  const block = (n: number): Buffer => {
    let b = blocks.get(n);
    if (!b) {
      b = Buffer.allocUnsafe(Math.min(BLOCK, size - n * BLOCK));
      readSync(fd, b, 0, b.length, n * BLOCK);
      blocks.set(n, b);
    }
    return b;
  };
  const byte = (at: number): number => block(Math.floor(at / BLOCK))[at % BLOCK]!;
  return {
    length: size,
    charCodeAt: byte,
    slice(start, end) {
      const n = Math.floor(start / BLOCK);
      if (Math.floor((end - 1) / BLOCK) === n)
        return block(n).toString('latin1', start % BLOCK, (start % BLOCK) + end - start);
      let s = '';
      for (let i = start; i < end; i++) s += String.fromCharCode(byte(i));
      return s;
    },
  };
}

const NEWLINE = 10;

/**
 * Whether `word` is a whole line of `text`, whose lines are sorted in code-unit order but for a few
 * lines a little out of place: the `word-list` file has two ("manlihood" after "manlily", where it
 * belongs three lines higher, before "manlike"; "sharrowed" after "sharrows"), so the
 * `NEAR` lines on either side of where bisection ends are looked at too. test/check/english.test.ts
 * reads every word of the installed list back, so a new version with a word further astray fails it.
 */
export function inSortedLines(text: LineText, word: string): boolean {
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
function lineStart(text: LineText, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== NEWLINE) i--;
  return i;
}

/** The end (the newline, or the text's end) of the line starting at `at`. */
function lineEnd(text: LineText, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) !== NEWLINE) i++;
  return i;
}
