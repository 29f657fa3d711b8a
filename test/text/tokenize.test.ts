import { describe, expect, it } from 'vitest';
import { segmentParagraphs, segmentSentences } from '../../src/text/segment.js';
import { countWords, tokenize } from '../../src/text/tokenize.js';

function tokens(text: string) {
  const sentences = segmentSentences(text, segmentParagraphs(text));
  return tokenize(text, sentences);
}

describe('tokenize', () => {
  it('keeps apostrophes and single hyphens inside words, and spans slice the original', () => {
    const text = 'I don’t know Bennet’s to-morrow plans -- 1,250.5 pounds!';
    const toks = tokens(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual([
      'I',
      'don’t',
      'know',
      'Bennet’s',
      'to-morrow',
      'plans',
      '--',
      '1,250.5',
      'pounds',
      '!',
    ]);
    expect(toks.map((t) => t.shape)).toEqual([
      'word',
      'word',
      'word',
      'word',
      'word',
      'word',
      'punct',
      'number',
      'word',
      'punct',
    ]);
    expect(toks[1]!.norm).toBe("don't");
  });

  it('reports capitalisation', () => {
    const text = 'CHAPTER Darcy the McGregor I 42';
    expect(tokens(text).map((t) => t.cap)).toEqual(['upper', 'title', 'lower', 'mixed', 'title', 'none']);
  });

  it('numbers tokens within sentences', () => {
    const text = 'He came. She went away.';
    const toks = tokens(text);
    expect(toks.map((t) => [t.sentence, t.indexInSentence])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    expect(tokenize(text).every((t) => t.sentence === -1)).toBe(true);
  });

  it('marks words inside double quotations, resetting at paragraph ends', () => {
    const text = '“Stop,” said he, "or I shall go.\n\nAnd then what?';
    const inside = tokens(text)
      .filter((t) => t.shape === 'word')
      .map((t) => `${text.slice(t.start, t.end)}:${t.inQuote ? 'q' : '-'}`);
    expect(inside).toEqual([
      'Stop:q',
      'said:-',
      'he:-',
      'or:q',
      'I:q',
      'shall:q',
      'go:q',
      'And:-',
      'then:-',
      'what:-',
    ]);
  });

  it('keeps a speech quoted after a quotation nested in it with the same straight marks', () => {
    const text = '"When he sees a Post, he says "that\'s a Post," and goes on talking," said she.';
    const words = tokens(text).filter((t) => t.shape === 'word');
    const at = (w: string) => words.find((t) => text.slice(t.start, t.end) === w)!.inQuote;
    expect([at('Post'), at('goes'), at('talking'), at('said'), at('she')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('understands single-quote dialogue without mistaking apostrophes for quotes', () => {
    const text = '‘I can’t,’ said Anne. ‘It’s the girls’ turn.’ She went.';
    const inside = tokens(text)
      .filter((t) => t.shape === 'word')
      .map((t) => `${text.slice(t.start, t.end)}:${t.inQuote ? 'q' : '-'}`);
    expect(inside).toEqual([
      'I:q',
      'can’t:q',
      'said:-',
      'Anne:-',
      'It’s:q',
      'the:q',
      'girls:q',
      'turn:q',
      'She:-',
      'went:-',
    ]);
  });

  it('skips italics underscores and counts words like tokenize does', () => {
    const text = '_You_ want to tell me, and I—have 2 objections.';
    const words = tokenize(text).filter((t) => t.shape === 'word');
    expect(words.map((t) => text.slice(t.start, t.end))).toEqual([
      'You',
      'want',
      'to',
      'tell',
      'me',
      'and',
      'I',
      'have',
      'objections',
    ]);
    expect(countWords(text)).toBe(words.length);
  });
});
