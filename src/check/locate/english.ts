import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Whether a word is an English word in its own right (274,000 words of the `word-list` package,
 * inflections included). A writer's word that differs from the book's by one letter is a misprint
 * when it is no word ("sensaton"), but another word when it is one ("errors" for "terrors",
 * "sensations" for "sensation"): that is an alteration a reader wants to see.
 *
 * The list is read on first use only (about 60 ms, 20 MB): most checks never meet a one-letter
 * difference, and a command that checks nothing must not pay for it.
 */
let words: ReadonlySet<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
