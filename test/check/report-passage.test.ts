import { describe, expect, it } from 'vitest';
import {
  italicMarks,
  plainPassage,
  readerPassage,
  readerWords,
  shownSpan,
} from '../../src/check/report/passage.js';
import { isRegExpSpace } from '../../src/text/chars.js';

/** The book's words as a reader sees them: each case a short book text, the quoted words, what is shown. */

function show(book: string, quoted: string, context = 40): string {
  const start = book.indexOf(quoted);
  if (start < 0) throw new Error(`not in the book: ${quoted}`);
  const paragraphs = readerPassage(book, { start, end: start + quoted.length }, context);
  // Italic runs as /…/, the quoted words as «…», paragraphs as ¶.
  return paragraphs
    .map((p) =>
      p
        .map((r) => {
          let t = r.italic ? `/${r.text}/` : r.text;
          if (r.match) t = `«${t}»`;
          return t;
        })
        .join(''),
    )
    .join(' ¶ ');
}

describe('the book’s passage as a reader sees it', () => {
  it.each([
    [
      'joins the line wrapping of a plain-text edition',
      'He said it twice.\n\n“I shall never go\nback to the house,” said Ruth.\n\nThen nothing.',
      'I shall never go\nback to the house',
      '“«I shall never go back to the house»,” said Ruth.',
    ],
    [
      'ends the context at blank lines of any shape (three line ends, spaces, a carriage return)',
      'He said it twice.\n \r\n\nIt rained. “I shall go,” said Ruth.\n\t\nThen nothing.',
      'I shall go',
      'It rained. “«I shall go»,” said Ruth.',
    ],
    [
      'shows _italics_ as italics, without the underscores',
      '“I _never_ said so,” said Ruth.',
      'I _never_ said so',
      '“«I »«/never/»« said so»,” said Ruth.',
    ],
    [
      'keeps a paragraph break inside a quotation of two paragraphs',
      '“The first part ends here.\n\n“And the second begins,” she said.',
      'The first part ends here.\n\n“And the second begins',
      '“«The first part ends here.» ¶ «“And the second begins»,” she said.',
    ],
    [
      'knows an italic run opened before the context starts',
      '_The whole of this long sentence is in italics, every word of it, to the end_ and after.',
      'every word of it',
      '…/of this long sentence is in italics, /«/every word of it/»/, to the end/ and after.',
    ],
    [
      'leaves an underscore alone when it does not pair up, or is inside a word',
      'The file was snake_case and _unclosed here.',
      'snake_case',
      'The file was «snake_case» and _unclosed here.',
    ],
    [
      'cuts the context at word edges, with an ellipsis where it was cut',
      'Words before the line that go on for quite a while indeed. “Come home.” And then the words after the line go on too.',
      'Come home.',
      '…that go on for quite a while indeed. “«Come home.»” And then the words after the line go…',
    ],
    [
      'stays within the quotation’s paragraph',
      'A paragraph before.\n\n“Come home.”\n\nA paragraph after.',
      'Come home.',
      '“«Come home.»”',
    ],
  ])('%s', (_, book, quoted, expected) => {
    expect(show(book, quoted)).toBe(expected);
  });

  it('shows a very long passage as its start and its end', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`).join(' ');
    const shown = plainPassage(readerPassage(words, { start: 0, end: words.length }));
    expect(shown.startsWith('w0 w1 w2')).toBe(true);
    expect(shown.endsWith('w118 w119')).toBe(true);
    expect(shown).toContain(' … ');
    expect(shown.length).toBeLessThan(340);
  });

  it('gives plain text with the quoted words marked, for the terminal', () => {
    const book = '“I _never_ said so,”\nsaid Ruth.';
    const s = book.indexOf('I _never');
    const p = readerPassage(book, { start: s, end: s + 'I _never_ said so'.length });
    expect(plainPassage(p, '\n', ['«', '»'])).toBe('“«I never said so»,” said Ruth.');
  });

  it('marks the book’s "!" or "?" after the words when the writer’s quotation ends with it', () => {
    // (probe rounds AF245, AF246: "«Would you mind Ruth for a familiar name»?" read as if the writer
    // had left the "?" out)
    const book = '“Would you mind Ruth for a familiar name?” said Tommy. “Never!”';
    const s = book.indexOf('Would');
    const at = { start: s, end: s + 'Would you mind Ruth for a familiar name'.length };
    const marked = (written: string) =>
      plainPassage(readerPassage(book, shownSpan(book, at, written), 0), '\n', ['«', '»']);
    expect(marked('Would you mind Ruth for a familiar name?')).toBe(
      '«Would you mind Ruth for a familiar name?»',
    );
    expect(marked('“Would you mind Ruth for a familiar name?”')).toBe(
      '«Would you mind Ruth for a familiar name?»',
    );
    // (not a mark the writer left off, nor one the book does not have there)
    expect(marked('Would you mind Ruth for a familiar name')).toBe(
      '«Would you mind Ruth for a familiar name»',
    );
    expect(marked('Would you mind Ruth for a familiar name!')).toBe(
      '«Would you mind Ruth for a familiar name»',
    );
  });

  it('drops the underscores from the book side of a diff', () => {
    expect(readerWords('a _very_ fine\nday')).toBe('a very fine day');
    expect(readerWords('snake_case')).toBe('snake_case');
    expect([...italicMarks('x _y_ z', 0, 7)]).toEqual([2, 4]);
  });

  it('takes for a space exactly what /\\s/ does, every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isRegExpSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
