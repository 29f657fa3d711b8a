import { describe, expect, it } from 'vitest';
import { numberValue, romanValue } from '../../src/book/numerals.js';
import { detectStructure } from '../../src/book/structure.js';
import { segmentParagraphs } from '../../src/text/segment.js';
import { bareNumerals, noHeadings, staves, withContents, withParts } from './fixtures.js';

function structure(text: string) {
  return detectStructure(text, segmentParagraphs(text));
}

describe('chapter detection in plain text', () => {
  it('skips the table of contents and a sentence starting with "I."', () => {
    const s = structure(withContents);
    expect(s.chapters.map((c) => c.title)).toEqual([
      'CHAPTER I. The Morning',
      'CHAPTER II. The Walk',
      'CHAPTER III. The Return',
    ]);
    const first = s.chapters[0]!;
    expect(withContents.slice(first.heading.start, first.heading.end)).toBe('CHAPTER I.\nThe Morning');
    expect(first.start).toBe(first.heading.start);
    expect(first.end).toBe(s.chapters[1]!.start);
    expect(s.chapters[2]!.end).toBe(withContents.length);
    expect(s.parts).toEqual([]);
  });

  it('groups chapters into parts and reads spelled-out numbers', () => {
    const s = structure(withParts);
    expect(s.parts.map((p) => p.title)).toEqual(['BOOK THE FIRST', 'BOOK THE SECOND']);
    expect(s.chapters.map((c) => [c.title, c.part])).toEqual([
      ['Chapter One', 0],
      ['Chapter Two', 0],
      ['Chapter Three', 1],
    ]);
    // A chapter ends where the next part begins.
    expect(s.chapters[1]!.end).toBe(s.parts[1]!.start);
  });

  it('accepts a run of bare roman numerals on their own lines (CRLF text)', () => {
    expect(structure(bareNumerals).chapters.map((c) => c.title)).toEqual(['I', 'II.', 'III', 'IV']);
  });

  it('reads staves with titles', () => {
    expect(structure(staves).chapters.map((c) => c.title)).toEqual([
      'STAVE I: MARLEY’S GHOST',
      'STAVE II: THE FIRST SPIRIT',
    ]);
  });

  it('finds no chapters in a book without headings', () => {
    expect(structure(noHeadings)).toEqual({ parts: [], chapters: [] });
  });

  it('does not take two bare numerals in prose for chapters', () => {
    const text = `${noHeadings}\n\nI.\n\n${noHeadings}\n\nII.\n\n${noHeadings}`;
    expect(structure(text).chapters).toEqual([]);
  });

  it('prefers headings the format marks', () => {
    const text = `The Grey Town\n\nThe Morning\n\n${noHeadings}\n\nThe Walk\n\n${noHeadings}`;
    const at = (t: string) => text.indexOf(t);
    const headings = [
      { start: 0, end: 13, level: 1, title: 'The Grey Town' },
      { start: at('The Morning'), end: at('The Morning') + 11, level: 2, title: 'The Morning' },
      { start: at('The Walk'), end: at('The Walk') + 8, level: 2, title: 'The Walk' },
    ];
    const s = detectStructure(text, segmentParagraphs(text), headings);
    expect(s.chapters.map((c) => c.title)).toEqual(['The Morning', 'The Walk']);
    expect(s.parts).toEqual([]);
  });
});

describe('numerals', () => {
  it('reads roman, arabic and spelled numbers and rejects malformed ones', () => {
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('mcmxx')).toBe(1920);
    expect(romanValue('IIII')).toBeNull();
    expect(numberValue('12.')).toBe(12);
    expect(numberValue('Twenty-One')).toBe(21);
    expect(numberValue('the Third')).toBe(3);
    expect(numberValue('Last')).toBe(9999);
    expect(numberValue('Tuesday')).toBeNull();
  });
});
