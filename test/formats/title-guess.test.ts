import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/formats/title-guess.js';

describe('guessMetadata', () => {
  it('reads leftover Gutenberg lines near the top', () => {
    expect(
      guessMetadata('The Project Gutenberg EBook of A Tale, by Ann Other\n\nCHAPTER I\n', 'x.txt'),
    ).toEqual({
      title: 'A Tale',
      author: 'Ann Other',
    });
    expect(guessMetadata('Title: Hard Facts\n\nAuthor: C. D.\n\nCHAPTER I\n', 'x.txt')).toEqual({
      title: 'Hard Facts',
      author: 'C. D.',
    });
  });

  it('takes a standalone short first line, made readable', () => {
    expect(guessMetadata('THE LANTERN KEEPER\n\nCHAPTER I\n', 'x.txt').title).toBe('The Lantern Keeper');
  });

  it('does not take prose, a chapter heading or a numeral as the title; falls back to the file name', () => {
    expect(guessMetadata('It was a dark night.\n\nMore.', '120_treasure_island.txt').title).toBe(
      'Treasure Island',
    );
    expect(guessMetadata('The fog came in before\nthe boats did.\n', 'fog.txt').title).toBe('Fog');
    expect(guessMetadata('CHAPTER I\n\nText', 'the-lantern.txt').title).toBe('The Lantern');
    expect(guessMetadata('I\n\nText', 'novel_text.txt').title).toBeNull();
  });
});

describe('guessMetadata: the author on a title page', () => {
  it('reads "by Name" on a line of its own under the title', () => {
    expect(guessMetadata('THE WINTER CLOCK\n\nby Marian Coyle\n\n\nCHAPTER I.\n', 'x.txt')).toMatchObject({
      title: 'The Winter Clock',
      author: 'Marian Coyle',
    });
    expect(guessMetadata('HARD TIMES\n\nBY CHARLES DICKENS\n\nBOOK THE FIRST\n', 'x.txt').author).toBe(
      'Charles Dickens',
    );
  });

  it('does not take a line of prose or a title beginning "By" as the author', () => {
    expect(guessMetadata('BY THE SEA\n\nCHAPTER I\n', 'x.txt').author).toBeNull();
    expect(guessMetadata('A TALE\n\nBy the river they waited for the boats.\n', 'x.txt').author).toBeNull();
    expect(guessMetadata('A TALE\n\nBy The River\n', 'x.txt').author).toBeNull();
  });
});
