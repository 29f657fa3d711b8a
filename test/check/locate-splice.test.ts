/**
 * Stage 4, locate: an ellipsis that joins two turns of a conversation across another speaker's line
 * is reported with a note naming whose line it hides (src/check/locate/splice.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Located } from '../../src/check/locate/index.js';
import { type BookLine, lineLeftOutBetweenTurns, noteSplicedTurns } from '../../src/check/locate/splice.js';

// A short exchange, offsets into BOOK.
const BOOK =
  '“I have a view, I have a view.” Miss Ash was startled. “A view? How delightful.” “This is my son,” said the old man. “He has a view too.”';
const at = (words: string): { start: number; end: number } => {
  const start = BOOK.indexOf(words);
  return { start, end: start + words.length };
};
const line = (words: string, speaker: string | null): BookLine => ({ ...at(words), speaker });
const LINES: BookLine[] = [
  line('“I have a view, I have a view.”', 'Mr. Elm'),
  line('“A view? How delightful.”', 'Miss Ash'),
  line('“This is my son,”', 'Mr. Elm'),
  line('“He has a view too.”', 'Mr. Elm'),
].sort((a, b) => a.start - b.start);

const span = (from: string, to: string) => ({ start: at(from).start, end: at(to).end });

describe('an ellipsis across another speaker’s line', () => {
  const cases: [
    string,
    { start: number; end: number },
    { start: number; end: number }[],
    BookLine[],
    string | null,
  ][] = [
    [
      'joins two turns of one speaker across another’s line: the hidden line is named',
      span('I have a view, I', 'This is my son'),
      [span('Miss Ash was', 'delightful.”')],
      LINES,
      'Miss Ash',
    ],
    [
      'leaves out only the speech tag: nothing to say',
      span('This is my son', 'He has a view too'),
      [at('said the old man.')],
      LINES,
      null,
    ],
    [
      'hides a line whose speaker the model does not know: nothing to say',
      span('I have a view, I', 'This is my son'),
      [span('Miss Ash was', 'delightful.”')],
      LINES.map((l) => (l.speaker === 'Miss Ash' ? { ...l, speaker: null } : l)),
      null,
    ],
    [
      'hides a line by the same speaker (a long speech): nothing to say',
      span('I have a view, I', 'This is my son'),
      [span('Miss Ash was', 'delightful.”')],
      LINES.map((l) => ({ ...l, speaker: 'Mr. Elm' })),
      null,
    ],
    ['has no ellipsis: nothing to say', span('I have a view, I', 'This is my son'), [], LINES, null],
  ];
  for (const [name, located, elided, lines, hidden] of cases) {
    it(name, () => {
      expect(lineLeftOutBetweenTurns(located, elided, lines)?.speaker ?? null).toBe(hidden);
    });
  }

  it('keeps the verdict and tells the reader whose line the ellipsis hides', () => {
    const located: Located = {
      verdict: 'verbatim',
      kind: 'passage',
      kindReason: '',
      location: { ...span('I have a view, I', 'This is my son'), chapter: null, chapterIndex: null },
      otherLocations: [],
      occurrences: null,
      diff: [],
      score: 1,
      notes: [],
      elided: [span('Miss Ash was', 'delightful.”')],
    };
    const noted = noteSplicedTurns(located, LINES, BOOK);
    expect(noted.verdict).toBe('verbatim');
    expect(noted.notes).toEqual([
      'the ellipsis joins two turns of the conversation, leaving out Miss Ash’s line between them (“A view? How delightful.”)',
    ]);
  });
});
