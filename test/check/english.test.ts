import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { inSortedLines, isEnglishWord } from '../../src/check/locate/english.js';

describe('whether a word is an English word (bisection over the word list)', () => {
  const words = readFileSync(wordListPath, 'utf8').split('\n');

  it('finds every word of the list, the swapped pairs included', () => {
    const missed = words.filter((w) => !isEnglishWord(w));
    expect(missed).toEqual([]);
    for (const w of ['manlily', 'manlihood', 'sharrows', 'sharrowed', 'aa', 'zzzs'])
      expect(isEnglishWord(w)).toBe(true);
  });

  it('finds a word whatever its case, and no non-word', () => {
    expect(isEnglishWord('Errors')).toBe(true);
    expect(isEnglishWord('TERRORS')).toBe(true);
    const known = new Set(words);
    const nonWords = [
      '',
      'sensaton',
      'a',
      'zzzzz',
      'aaa',
      'manlil',
      'sharrowe',
      'bennet',
      'darcy',
      'café',
      "don't",
      'two words',
      'word\nword',
    ];
    // Every word of the list with a letter dropped, doubled or appended, where that is no word.
    for (let i = 0; i < words.length; i += 97) {
      const w = words[i]!;
      nonWords.push(w.slice(1), `${w}${w.at(-1)}`, `${w}q`, `${w.slice(0, -1)}`);
    }
    const wrong = nonWords.filter((w) => !known.has(w) && isEnglishWord(w));
    expect(wrong).toEqual([]);
  });

  it('finds lines of any sorted text, at its ends and beside swapped pairs', () => {
    const text = 'b\nd\nf\ng\nh';
    for (const w of ['b', 'd', 'f', 'g', 'h']) expect(inSortedLines(text, w)).toBe(true);
    for (const w of ['a', 'c', 'e', 'i', '', 'bd']) expect(inSortedLines(text, w)).toBe(false);
    const swapped = 'a\nc\nb\nd\ne\ng\nf\nh';
    for (const w of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) expect(inSortedLines(swapped, w)).toBe(true);
  });
});
