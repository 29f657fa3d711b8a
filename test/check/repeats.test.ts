/**
 * The same words elsewhere in the book (src/check/attribute/repeats.ts): where a short line is
 * printed again, so that a line placed at one of its occurrences is judged at all of them. A short
 * line is the same line only where it stands as a whole line, as it does at its place.
 */
import { describe, expect, it } from 'vitest';
import { sameWordsElsewhere } from '../../src/check/attribute/repeats.js';
import { indexBook } from '../../src/check/locate/index.js';
import { makeBook } from '../fixtures/test-book.js';

// Written for this test: the question asked twice, and its words once inside another speech.
const TEXT = [
  '“It is nothing much. Only a Christian name--Rita,” said Ruth.',
  '“Christian name?” asked Tommy, his pencil poised.',
  'Later, at the door of the flats, he began again.',
  '“Christian name?”',
  '“Margaret.”',
].join('\n\n');

describe('the same words elsewhere', () => {
  const book = makeBook(TEXT);
  const index = indexBook(book);
  const at = (words: string, from = 0) => {
    const start = TEXT.indexOf(words, from);
    return { start, end: start + words.length };
  };

  it('finds a short line where it stands as a whole line, not inside another speech', () => {
    // (probe round AE15: "Christian name?" was supported by Ruth's "Only a Christian name--Rita")
    const asked = at('Christian name', TEXT.indexOf('“Christian name?” asked'));
    const again = at('Christian name', TEXT.indexOf('“Christian name?”\n'));
    expect(sameWordsElsewhere(index, asked, [], TEXT)).toEqual([again]);
  });

  it('from words inside a speech, finds the whole lines too', () => {
    const inside = at('Christian name', TEXT.indexOf('Only'));
    expect(sameWordsElsewhere(index, inside, [], TEXT)).toHaveLength(2);
  });
});
