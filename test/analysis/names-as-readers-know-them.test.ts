import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import { withPlainSpaces } from '../../src/analysis/spaces.js';
import type { Analysis } from '../../src/analysis/types.js';
import { bookOf } from './helpers.js';

/** Who speaks each quotation, by the speaker's display name. */
const speakersOf = (a: Analysis) =>
  a.quotes.map((q) => a.characters.find((c) => c.id === q.speaker)?.name ?? null);
const castOf = (a: Analysis) =>
  a.characters.map((c) => ({ name: c.name, aliases: c.aliases, gender: c.gender }));

describe('Unicode spaces inside names', () => {
  const plain = [
    'CHAPTER I.',
    '',
    'Mr. Harrowby came in from the garden. He was tired, and Mrs. Harrowby was waiting for him.',
    '',
    '"You are late," said Mrs. Harrowby.',
    '',
    '"The roses," said Mr. Harrowby. "They would not be left."',
    '',
    '"Roses!" said she. "And the Pollards coming at six."',
    '',
    'Mr. Harrowby sat down. "Then let them come," he said.',
    '',
    'Mrs. Harrowby rang the bell. Mr. Harrowby went up to dress.',
    '',
  ].join('\n');
  const a = analyzeBook(bookOf(plain));

  it('keeps Mr. and Mrs. apart and gives the same lines to the same people after a no-break or thin space', () => {
    expect(a.characters.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Mr. Harrowby', 'Mrs. Harrowby']),
    );
    for (const space of ['\u00a0', '\u2009', '\u202f']) {
      const converted = plain.replace(/\b(Mrs?)\. /g, `$1.${space}`);
      expect(converted).not.toBe(plain);
      const b = analyzeBook(bookOf(converted));
      expect(castOf(b)).toEqual(castOf(a));
      expect(speakersOf(b)).toEqual(speakersOf(a));
      expect(b.quotes.map((q) => q.parts)).toEqual(a.quotes.map((q) => q.parts));
    }
  });

  it('reads a same-length copy of the text, so offsets still point into the book as printed', () => {
    const t = 'Mr.\u00a0A and Mrs.\u2009B\u202fC,\nthen\u3000D.';
    const read = withPlainSpaces(t);
    expect(read).toBe('Mr. A and Mrs. B C,\nthen D.');
    expect(read.length).toBe(t.length);
    expect(withPlainSpaces('no change')).toBe('no change');
  });
});
