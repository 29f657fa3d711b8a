/** Short invented novels for structure tests (never corpus text). */
import type { LoadedText } from '../../src/book/types.js';

const body = (n: number) =>
  `It was a grey morning in the town, and the people in chapter ${n} went about their business with the\n` +
  'patience of those who expect nothing, and receive it. Mr. Hale said little; Mrs. Hale said less.\n\n' +
  '“Shall we go?” asked she.\n\n“Not yet,” said he, and looked at the window for a long while.';

export const withContents = [
  'THE GREY TOWN',
  'CONTENTS',
  'CHAPTER I. The Morning',
  'CHAPTER II. The Walk',
  'CHAPTER III. The Return',
  'CHAPTER I.\nThe Morning',
  body(1),
  'CHAPTER II.\nThe Walk',
  body(2),
  'I. Then he said it was so, and she believed him, for there was nothing else to believe in that house.',
  'CHAPTER III.\nThe Return',
  body(3),
  'THE END',
].join('\n\n\n');

export const withParts = [
  'BOOK THE FIRST',
  'Chapter One',
  body(1),
  'Chapter Two',
  body(2),
  'BOOK THE SECOND',
  'Chapter Three',
  body(3),
].join('\n\n');

export const bareNumerals = ['I', body(1), 'II.', body(2), 'III', body(3), 'IV', body(4)].join('\r\n\r\n');

export const staves = ['STAVE I: MARLEY’S GHOST', body(1), 'STAVE II: THE FIRST SPIRIT', body(2)].join(
  '\n\n',
);

export const noHeadings = [body(1), body(2)].join('\n\n');

export function loaded(text: string, headings: LoadedText['headings'] = []): LoadedText {
  return {
    format: headings.length ? 'html' : 'txt',
    text,
    metadata: { title: 'The Grey Town', author: 'A. Writer', language: 'en' },
    frontMatter: '',
    backMatter: '',
    encoding: 'utf-8',
    headings,
    warnings: [],
  };
}
