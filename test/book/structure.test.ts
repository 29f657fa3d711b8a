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

describe('chapter detection: headings in two blocks, misprints and intruders', () => {
  const para = (n: number) =>
    `The rain came on at ${n} o’clock and did not stop until the lamps were lit in every window of the\n` +
    'street, so that Mr. Hale, who had meant to walk, sat instead by the fire and read the paper twice.';

  it('joins a number-only heading with the title block under it, but not with the first line of dialogue', () => {
    const text = [
      '1',
      'The Old Sea-dog at the Inn',
      para(1),
      '2',
      'I Go to Bristol',
      para(2),
      '3',
      para(3),
    ].join('\n\n');
    const s = structure(text);
    expect(s.chapters.map((c) => c.title)).toEqual([
      '1 The Old Sea-dog at the Inn',
      '2 I Go to Bristol',
      '3',
    ]);
    expect(text.slice(s.chapters[0]!.heading.start, s.chapters[0]!.heading.end)).toBe(
      '1\n\nThe Old Sea-dog at the Inn',
    );
    const dialogue = ['CHAPTER I', '“TOM!”', para(1), 'CHAPTER II', 'CONCLUSION.', para(2)].join('\n\n');
    expect(structure(dialogue).chapters.map((c) => c.title)).toEqual(['CHAPTER I', 'CHAPTER II CONCLUSION.']);
  });

  it('keeps a misprinted chapter number in its place and drops a numeral that interrupts the sequence', () => {
    const text = [
      'CHAPTER XIV',
      para(14),
      'CHAPTER XV',
      para(15),
      // misprint: the 16th chapter is numbered XV again
      'CHAPTER XV',
      para(16),
      'CHAPTER XVII',
      para(17),
      'Chapter II: an editor’s note about this chapter',
      para(0),
    ].join('\n\n');
    expect(structure(text).chapters.map((c) => c.title)).toEqual([
      'CHAPTER XIV',
      'CHAPTER XV',
      'CHAPTER XV',
      'CHAPTER XVII',
    ]);
  });

  it('reads spelled-out numbers alone, framed numerals, and a switch from keyword to bare numerals', () => {
    const spelled = ['_One_', para(1), 'TWO', para(2), 'Three.', para(3)].join('\n\n');
    expect(structure(spelled).chapters.map((c) => c.title)).toEqual(['_One_', 'TWO', 'Three.']);
    const framed = ['— I —', para(1), '— II —', para(2), '— III —', para(3)].join('\n\n');
    expect(structure(framed).chapters).toHaveLength(3);
    const switched = [
      'ADVENTURE I. THE CASE',
      para(1),
      'ADVENTURE II. THE LEAGUE',
      para(2),
      'III. THE BAND',
      para(3),
    ].join('\n\n');
    expect(structure(switched).chapters.map((c) => c.title)).toEqual([
      'ADVENTURE I. THE CASE',
      'ADVENTURE II. THE LEAGUE',
      'III. THE BAND',
    ]);
  });

  it('takes a prose paragraph opening with a capital initial for prose', () => {
    const text = [
      'I',
      para(1),
      'II',
      para(2),
      'I WAS so pleased at having given the slip to Long John that I began to\nenjoy myself and look around me.',
      'III',
      para(3),
    ].join('\n\n');
    expect(structure(text).chapters.map((c) => c.title)).toEqual(['I', 'II', 'III']);
  });

  it('reads a chapter title wrapped over several lines, and skips letters quoted inside a chapter', () => {
    const long =
      'Chapter II: The Reverend Mr. Beebe, Miss Lavish, Miss Bartlett,\nand Miss Honeychurch Drive Out in Carriages\nto See a View; Italians Drive Them.';
    const text = [
      'Chapter I: Arrival',
      para(1),
      long,
      para(2),
      'LETTER I.',
      'Sir, I write in haste.',
      'LETTER II.',
      para(0),
      'Chapter III: Return',
      para(3),
    ].join('\n\n');
    const s = structure(text);
    expect(s.chapters.map((c) => c.title.slice(0, 12))).toEqual([
      'Chapter I: A',
      'Chapter II: ',
      'Chapter III:',
    ]);
    const letters = [
      'Letter 1',
      para(1),
      'Letter 2',
      para(2),
      'Chapter 1',
      para(3),
      'Chapter 2',
      para(4),
      'Chapter 3',
      para(5),
    ];
    expect(structure(letters.join('\n\n')).chapters).toHaveLength(5);
  });

  it('takes titles in capitals for sections when a book has no numbered headings, but not letter headings', () => {
    const story = Array.from({ length: 12 }, (_, i) => para(i)).join('\n\n');
    const collection = ['THE SISTERS', story, 'AN ENCOUNTER', story, 'ARABY', story].join('\n\n');
    expect(structure(collection).chapters.map((c) => c.title)).toEqual([
      'THE SISTERS',
      'AN ENCOUNTER',
      'ARABY',
    ]);
    const letters = ['STONE GATE, WORCESTER,', story, 'LATER.', story, 'SALLIE.', story, 'THE END'].join(
      '\n\n',
    );
    expect(structure(letters).chapters).toEqual([]);
  });

  it('counts a lone postscript as no chapter structure at all', () => {
    expect(structure([para(1), 'POSTSCRIPT.', para(2)].join('\n\n')).chapters).toEqual([]);
  });
});

describe('chapters from headings an EPUB or HTML file marks', () => {
  const body = 'It rained all day, and nobody in the house spoke of anything but the weather and the post.';
  /** Builds a text from [level, title] headings and body paragraphs, returning headings as spans. */
  function marked(items: ([number, string] | string)[]) {
    let text = '';
    const headings: { start: number; end: number; level: number; title: string }[] = [];
    for (const item of items) {
      if (text) text += '\n\n';
      const t = typeof item === 'string' ? item : item[1];
      if (typeof item !== 'string')
        headings.push({ start: text.length, end: text.length + t.length, level: item[0], title: t });
      text += t;
    }
    return detectStructure(text, segmentParagraphs(text), headings);
  }

  it('uses the level most headings share, skips contents and the title, and joins a title heading under a number', () => {
    const s = marked([
      [1, 'The Grey Town'],
      [2, 'Contents'],
      'Chapter I … Chapter II',
      [2, 'BOOK I'],
      [2, 'CHAPTER I.'],
      [3, 'The Morning'],
      body,
      [3, 'A section inside the chapter'],
      body,
      [2, 'CHAPTER II.'],
      body,
    ]);
    expect(s.parts.map((p) => p.title)).toEqual(['BOOK I']);
    expect(s.chapters.map((c) => [c.title, c.part])).toEqual([
      ['CHAPTER I. The Morning', 0],
      ['CHAPTER II.', 0],
    ]);
  });

  it('treats several shallower headings as parts', () => {
    const s = marked([
      [1, 'The Old Country'],
      [2, 'Arrival'],
      body,
      [2, 'Winter'],
      body,
      [1, 'The New'],
      [2, 'Spring'],
      body,
    ]);
    expect(s.parts.map((p) => p.title)).toEqual(['The Old Country', 'The New']);
    expect(s.chapters.map((c) => c.title)).toEqual(['Arrival', 'Winter', 'Spring']);
  });

  it('falls back to reading the text when the marked headings hold no chapter', () => {
    const text = `Contents\n\nCHAPTER I.\n\n${body} ${body}\n\nCHAPTER II.\n\n${body} ${body}`;
    const s = detectStructure(text, segmentParagraphs(text), [
      { start: 0, end: 8, level: 1, title: 'Contents' },
    ]);
    expect(s.chapters.map((c) => c.title)).toEqual(['CHAPTER I.', 'CHAPTER II.']);
  });
});
