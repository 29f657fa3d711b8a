import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bookFromText, buildBook } from '../../src/book/build.js';
import { chapterAt, paragraphAt, partAt, sentenceAt } from '../../src/book/locate.js';
import { loaded, withContents, withParts } from './fixtures.js';

const HASH = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';

describe('buildBook', () => {
  it('builds id, structure and word count from loaded text', () => {
    const book = buildBook(loaded(withParts), { hash: HASH, path: '/books/grey.txt' });
    expect(book.id).toBe('ab12cd34ef56');
    expect(book.sourcePath).toBe('/books/grey.txt');
    expect(book.structure.chapters).toHaveLength(3);
    expect(book.structure.parts).toHaveLength(2);
    const words = withParts.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
    expect(book.structure.wordCount).toBe(words);
    for (const s of book.structure.sentences) expect(book.text.slice(s.start, s.end).trim()).not.toBe('');
  });

  it('counts each chapter’s words once, as the whole book’s are counted', () => {
    const book = buildBook(loaded(withParts), { hash: HASH, path: null });
    for (const c of book.structure.chapters) {
      const inChapter = book.text
        .slice(c.start, c.end)
        .split(/\s+/)
        .filter((w) => /[A-Za-z]/.test(w)).length;
      expect(c.words, c.title).toBe(inChapter);
    }
    const sum = book.structure.chapters.reduce((n, c) => n + c.words!, 0);
    expect(sum).toBeLessThanOrEqual(book.structure.wordCount);
  });
});

describe('locate', () => {
  const book = buildBook(loaded(withContents), { hash: HASH, path: null });

  it('finds the chapter, paragraph and sentence at an offset', () => {
    const offset = withContents.indexOf('“Not yet,” said he, and looked at the window');
    expect(offset).toBeGreaterThan(0);
    expect(chapterAt(book, offset)?.title).toBe('CHAPTER I. The Morning');
    expect(book.text.slice(paragraphAt(book, offset)!.start, paragraphAt(book, offset)!.end)).toMatch(
      /^“Not yet,”/,
    );
    const s = sentenceAt(book, offset + 15)!;
    expect(book.text.slice(s.start, s.end)).toBe(
      '“Not yet,” said he, and looked at the window for a long while.',
    );
    const last = withContents.lastIndexOf('THE END');
    expect(chapterAt(book, last)?.title).toBe('CHAPTER III. The Return');
  });

  it('returns null outside any chapter and between paragraphs', () => {
    expect(chapterAt(book, 0)).toBeNull();
    const gap = withContents.indexOf('\n\n\n');
    expect(paragraphAt(book, gap + 1)).toBeNull();
    expect(sentenceAt(book, gap + 1)).toBeNull();
    expect(partAt(book, 10)).toBeNull();
  });

  it('finds the part', () => {
    const parts = buildBook(loaded(withParts), { hash: HASH, path: null });
    expect(partAt(parts, withParts.indexOf('Chapter Three'))?.title).toBe('BOOK THE SECOND');
  });
});

describe('bookFromText', () => {
  it('builds a book from an in-memory text, its id from the text itself', () => {
    const a = bookFromText(withParts, { title: 'Grey' });
    expect(a.metadata.title).toBe('Grey');
    expect(a.text).toBe(withParts);
    expect(a.structure.chapters).toHaveLength(3);
    expect(a.id).toBe(bookFromText(withParts).id);
    expect(a.id).not.toBe(bookFromText(`${withParts}\nMore.`).id);
    expect(a.id).toBe(createHash('sha256').update(withParts).digest('hex').slice(0, 12));
  });
});
