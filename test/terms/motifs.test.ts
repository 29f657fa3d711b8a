import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { bookFromText } from '../../src/book/build.js';
import { suggestMotifs } from '../../src/terms/motifs.js';
import { countWords } from '../../src/text/keyness.js';

/** Eight chapters: "carer" in every one, "ship" in one only, "Ruth" (a character) in every one. */
function novel() {
  const chapters = Array.from({ length: 8 }, (_, i) =>
    [
      `CHAPTER ${i + 1}.`,
      '',
      `Ruth was a carer, and the carers met at the centre. The carer drove on. ${i === 3 ? 'The ship, the ship, the ship sailed; the ship and the ship again.' : 'The road was long and the day was grey.'}`,
    ].join('\n'),
  );
  const text = chapters.join('\n\n');
  const book = bookFromText(text, { title: 'Carers' });
  const starts = [...text.matchAll(/^CHAPTER [^\n]+/gm)];
  book.structure.chapters = starts.map((m, index) => ({
    index,
    title: m[0],
    start: m.index,
    end: starts[index + 1]?.index ?? text.length,
    heading: { start: m.index, end: m.index + m[0].length },
    part: null,
  }));
  return book;
}

const analysis: Analysis = {
  version: 'test',
  quoteStyle: 'double',
  characters: [
    {
      id: 'c0',
      name: 'Ruth',
      aliases: ['Ruth'],
      gender: 'female',
      mentions: 8,
      mentionOffsets: [],
      firstAppearance: 0,
    },
  ],
  quotes: [],
  places: [],
};

/** Another book: the same everyday words, no carers, no ships. */
const reference = countWords(
  'The road was long and the day was grey. Ruth walked to the centre and met a friend. '.repeat(200),
);

describe('suggested motifs', () => {
  it('suggests the recurring distinctive word against the library, grouped by stem', () => {
    const s = suggestMotifs(novel(), analysis, { counts: reference, books: 1 });
    expect(s.basis).toBe('library');
    expect(s.motifs[0]).toMatchObject({
      word: 'carer',
      stem: 'carer',
      count: 24,
      chapters: 8,
      chapterShare: 1,
    });
    expect(s.motifs[0]!.forms).toEqual(['carer', 'carers']);
    expect(s.motifs[0]!.g2).toBeGreaterThan(10.83);
  });

  it('leaves out character names, function words and a word of one chapter', () => {
    const words = suggestMotifs(novel(), analysis, { counts: reference, books: 1 }).motifs.map((m) => m.word);
    expect(words).not.toContain('ruth');
    expect(words).not.toContain('the');
    // "ship" is used 5 times, all in one chapter of eight: an episode, not a motif.
    expect(words).not.toContain('ship');
  });

  it('with no other book to compare with, says so and falls back to frequent, spread words', () => {
    const s = suggestMotifs(novel(), analysis, null);
    expect(s.basis).toBe('book-only');
    expect(s.referenceBooks).toBe(0);
    expect(s.motifs.map((m) => m.word)).toContain('carer');
    expect(s.motifs.every((m) => m.g2 === null)).toBe(true);
  });

  it('gives no suggestion, not an error, for a book too short to have any', () => {
    const s = suggestMotifs(bookFromText('A word.', { title: 'Tiny' }), null, null);
    expect(s.motifs).toEqual([]);
  });
});
