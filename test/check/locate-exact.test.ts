/**
 * Word for word (src/check/locate/exact.ts): the places the book has a quotation's words in order.
 * Writers drop the book's tag from a line it splits ("Not at all. He stays." for “Not at all,” said
 * Mr. Crale, before the boy could answer. “He stays.”): the words are still the book's, word for word.
 * In a long book only this exact search finds a short line of common words, so it must see past the
 * tag itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/book/types.js';
import { findExact } from '../../src/check/locate/exact.js';
import { buildPattern, indexBook } from '../../src/check/locate/index.js';
import { loadBookFile } from '../../src/formats/load.js';
import { makeBook } from '../fixtures/test-book.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let book: Book;

beforeAll(async () => {
  book = await loadBookFile(path.resolve(here, '../fixtures/check/novel-lines.txt'));
});

/** The book's words at each exact place of `quote`, and the words left out there. */
function exactly(quote: string): { words: string; left: string[] }[] {
  const index = indexBook(book);
  const pattern = buildPattern(quote, [{ start: 0, end: quote.length }]);
  return findExact(pattern, index, book.text).map((a) => ({
    words: book.text.slice(index.starts[a.firstWord], index.ends[a.endWord - 1]).replace(/\s+/g, ' '),
    left: a.steps.flatMap((s) =>
      s.op === 'elided' ? [book.text.slice(index.starts[s.from], index.ends[s.to - 1])] : [],
    ),
  }));
}

/** The words left out at the first exact place of `quote` in a book of `text` alone. */
function leftOutAtFirst(text: string, quote: string): string[] | undefined {
  const small = makeBook(text);
  const index = indexBook(small);
  const [hit] = findExact(buildPattern(quote, [{ start: 0, end: quote.length }]), index, small.text);
  return hit?.steps
    .filter((s) => s.op === 'elided')
    .map((s) => small.text.slice(index.starts[s.from], index.ends[s.to - 1]));
}

describe('exact places of a line whose tag the writer left out', () => {
  it('reads past the tag, however long, between two parts of one line', () => {
    expect(exactly('Not at all. He stays.')).toEqual([
      {
        words: 'Not at all,” said Mr. Crale, before the boy could answer. “He stays',
        left: ['said Mr. Crale, before the boy could answer'],
      },
    ]);
    expect(exactly('If the board says that, the board is a ass')).toEqual([
      { words: 'If the board says that,” said she, “the board is a ass', left: ['said she'] },
    ]);
  });

  it('reads past a tag set off by dashes and straight quotes', () => {
    const book = 'The stranger stood up.\n\n"Who are you?"--he at last said--"you do not speak."\n';
    expect(leftOutAtFirst(book, 'Who are you? you do not speak.')).toEqual(['he at last said']);
  });

  it('reads past a tag before a part that opens on an emphasis mark: "_that’s_ just where…"', () => {
    // probe round AF58 (Mansfield Park): the opening quote before "_" was read as a closing one, and a
    // writer who left out "cried William" was called altered
    const book = 'The ship came in.\n\n"Ha!" cried Will, "_that\'s_ just where I should put her."\n';
    expect(leftOutAtFirst(book, "Ha! that's just where I should put her.")).toEqual(['cried Will']);
  });

  it('reads past a tag before a part that opens on an elided word: "\'Tis a\' a muddle!"', () => {
    // probe round AF63 (Hard Times): the apostrophe of "'Tis" after the opening mark hid the mark,
    // and the line was called altered at an earlier sentence
    const book =
      'The loom stopped.\n\n"\'Tis a muddle," said Jem, shaking his head at the door.\n"\'Tis a\' a muddle!"\n';
    expect(leftOutAtFirst(book, "'Tis a muddle. 'Tis a' a muddle!")).toEqual([
      'said Jem, shaking his head at the door',
    ]);
  });

  it('reads past a tag of thirty words and more', () => {
    // probe round AF75 (Sense and Sensibility): a tag of 27 words was too long, and the joined line
    // was called altered inside the narration
    const book =
      'The stairs were dark.\n\n"Pity me, dear Ruth!" said Jem, as they walked up the stairs together, for the visitors had come so soon after the doctor that all of them followed the servant up at the same time and in the same crowd: "there is nobody here but you."\n';
    expect(leftOutAtFirst(book, 'Pity me, dear Ruth! there is nobody here but you.')?.length).toBe(1);
  });

  it('reads past a tag inside a line of dash dialogue, with no quote marks (A Portrait of the Artist)', () => {
    // probe round AB9: such lines quoted without the book's tag were reported altered
    const dashed = makeBook(
      'The dinner went on.\n\n--They have only themselves to blame, said Mr Hale mildly. If they listened they would stay.\n\n' +
        '--Ruth! Ruth! said uncle Tom. The boy.\n\nThe talk went on, said nobody, and on.\n\n' +
        '--It is called a tundish in the north, said Tommy, laughing, where they speak the best English.\n',
    );
    const index = indexBook(dashed);
    const left = (quote: string) =>
      findExact(buildPattern(quote, [{ start: 0, end: quote.length }]), index, dashed.text).map((hit) =>
        hit.steps
          .filter((s) => s.op === 'elided')
          .map((s) => dashed.text.slice(index.starts[s.from], index.ends[s.to - 1])),
      );
    expect(left('They have only themselves to blame. If they listened they would stay.')).toEqual([
      ['said Mr Hale mildly'],
    ]);
    expect(left('Ruth! Ruth! The boy.')).toEqual([['said uncle Tom']]);
    // with what the speaker does set off after the tag (probe round AF276: called altered)
    expect(left('It is called a tundish in the north, where they speak the best English.')).toEqual([
      ['said Tommy, laughing'],
    ]);
    // narration outside a dash line is no tag, whatever verb it has
    expect(left('The talk went on and on.')).toEqual([]);
  });

  it('never reads past a tag into the next speaker’s paragraph, nor past narration with no quote marks', () => {
    // “Did you hear him, Martha?” said Jem. ¶ “Not at all,” said Martha.
    expect(exactly('Did you hear him, Martha? Not at all.')).toEqual([]);
    // narration alone between two words is no tag
    expect(exactly('Mrs. Crale was not afraid of her husband')).toEqual([]);
  });
});
