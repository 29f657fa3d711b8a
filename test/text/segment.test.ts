import { describe, expect, it } from 'vitest';
import { segmentParagraphs, segmentSentences } from '../../src/text/segment.js';

function paragraphs(text: string): string[] {
  return segmentParagraphs(text).map((s) => text.slice(s.start, s.end));
}
function sentences(text: string): string[] {
  return segmentSentences(text, segmentParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('segmentParagraphs', () => {
  it('splits at blank lines, not at the hard wraps inside a paragraph', () => {
    const text = '  First line\nwraps here.\n\n\nSecond   \n   \nThird.\n';
    expect(paragraphs(text)).toEqual(['First line\nwraps here.', 'Second', 'Third.']);
  });

  it('handles CRLF and lone CR line ends the same way', () => {
    expect(paragraphs('One\r\ntwo.\r\n\r\nThree.\r\n')).toEqual(['One\r\ntwo.', 'Three.']);
    expect(paragraphs('One\rtwo.\r\rThree.')).toEqual(['One\rtwo.', 'Three.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs(' \n\t\r\n ')).toEqual([]);
  });
});

describe('segmentSentences', () => {
  it('does not break after titles and initials', () => {
    expect(sentences('Mr. and Mrs. Bennet met Dr. Jones at St. Paul’s. Then J. K. Smith came.')).toEqual([
      'Mr. and Mrs. Bennet met Dr. Jones at St. Paul’s.',
      'Then J. K. Smith came.',
    ]);
  });

  it('keeps dialogue followed by a lower-case speech tag in one sentence', () => {
    expect(sentences('“Is it?” said he. ‘Stop!’ He ran. "Oh!" cried Mrs. Long.')).toEqual([
      '“Is it?” said he.',
      '‘Stop!’',
      'He ran.',
      '"Oh!" cried Mrs. Long.',
    ]);
  });

  it('reads through hard-wrapped lines and CRLF', () => {
    const text = 'It is a truth universally\r\nacknowledged. A single man\r\nmust want a wife.';
    expect(sentences(text)).toEqual([
      'It is a truth universally\r\nacknowledged.',
      'A single man\r\nmust want a wife.',
    ]);
  });

  it('handles ellipses: a break before a capital, none before lower case', () => {
    expect(sentences('I thought... perhaps not. Well… Then she left. Wait. . . No.')).toEqual([
      'I thought... perhaps not.',
      'Well…',
      'Then she left.',
      'Wait. . .',
      'No.',
    ]);
  });

  it('ends a sentence at a dash that breaks off a speech', () => {
    expect(sentences('“But I—” “Go on,” said she. He stopped -- and went on.')).toEqual([
      '“But I—”',
      '“Go on,” said she.',
      'He stopped -- and went on.',
    ]);
  });

  it('keeps decimal numbers, “No. 5” and italic closers in place', () => {
    expect(sentences('It cost 3.50 at No. 5 Bond Street. She was _there._ He was not.')).toEqual([
      'It cost 3.50 at No. 5 Bond Street.',
      'She was _there._',
      'He was not.',
    ]);
  });

  it('keeps "&c. &c.", dates and runs of initials together, and ends a sentence after them', () => {
    expect(
      sentences('Rouge, &c. &c. Nay, I would not. St. Petersburgh, Dec. 11th, 17--. R. I. P. was cut.'),
    ).toEqual([
      'Rouge, &c. &c.',
      'Nay, I would not.',
      'St. Petersburgh, Dec. 11th, 17--.',
      'R. I. P. was cut.',
    ]);
  });

  it('treats "I." at the end of a clause as the pronoun ending a sentence', () => {
    expect(sentences('“Not I.” She laughed.')).toEqual(['“Not I.”', 'She laughed.']);
  });

  it('never crosses a paragraph boundary', () => {
    expect(sentences('He said\n\nnothing at all')).toEqual(['He said', 'nothing at all']);
  });
});

describe('segmentParagraphs on text without blank lines between paragraphs', () => {
  // An OCR'd edition: lines wrapped at ~50 characters, a blank line only between chapters.
  const paragraph = (n: number) =>
    [
      `The farmer number ${n} smiled, and the corners of his`,
      'mouth spread till they were within an unimportant',
      'distance of his ears; his eyes were reduced to',
      'chinks, and wrinkles appeared round them.',
    ].join('\n');
  const chapter = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
  const text = `CHAPTER I\n\n${chapter}\n\nCHAPTER II\n\n${chapter}`;

  it('breaks where a line ends a sentence and the next word would have fitted on it', () => {
    const paras = paragraphs(text);
    expect(paras).toHaveLength(122);
    expect(paras[0]).toBe('CHAPTER I');
    expect(paras[1]).toBe(paragraph(0));
    expect(paras[61]).toBe('CHAPTER II');
  });

  it('breaks before an indented line after a sentence end, even when the next word would not have fitted', () => {
    // Every paragraph's last line is as long as the longest lines, so only the indentation tells.
    const para = (n: number, indent: string) =>
      [
        `${indent}Farmer number ${n} smiled, and the corners of his mouth`,
        'spread till they were within an unimportant distance',
        'of his ears, and his eyes were reduced to mere chinks.',
      ].join('\n');
    const indented = Array.from({ length: 80 }, (_, i) => para(i, '  ')).join('\n');
    expect(paragraphs(indented)).toHaveLength(80);
    const flush = Array.from({ length: 80 }, (_, i) => para(i, '')).join('\n');
    expect(paragraphs(flush)).toHaveLength(1);
  });

  it('makes every line a paragraph in unwrapped text', () => {
    const line = (n: number) =>
      `${paragraph(n).replace(/\n/g, ' ')} And then he said nothing more for a long while${n % 3 ? ',' : '.'}`;
    const unwrapped = Array.from({ length: 300 }, (_, i) => line(i)).join('\r\n');
    const paras = paragraphs(unwrapped);
    expect(paras).toHaveLength(300);
    expect(paras[1]).toBe(line(1));
  });

  it('leaves ordinary blank-line texts alone even with short sentence-final lines inside a block', () => {
    const normal = Array.from({ length: 150 }, (_, i) => `${paragraph(i)}\nHe went.\nShe stayed.`).join(
      '\n\n',
    );
    expect(paragraphs(normal)).toHaveLength(150);
  });
});
