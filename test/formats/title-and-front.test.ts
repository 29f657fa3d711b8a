import { describe, expect, it } from 'vitest';
import { loadBookBytes } from '../../src/formats/load.js';
import { writeEpub, xhtml } from '../fixtures/zip-writer.js';

const prose = (n: number) =>
  'The keeper climbed the stair and trimmed the wick, as he did every night of the year. '.repeat(n);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('title and author of a plain text', () => {
  it('never a part heading: "Phase the First: The Maiden" gives way to the file name', async () => {
    const text = `Phase the First: The Maiden\n\n\nI\n\n\n${prose(30)}\n\n\nII\n\n\n${prose(30)}\n`;
    const book = await loadBookBytes(bytes(text), '110_tess_of_the_durbervilles.txt');
    expect(book.metadata.title).toBe('Tess of the Durbervilles');
  });

  it('never the first story of a collection: a first line the structure reads as a heading', async () => {
    const story = (t: string) => `${t}\n\n${prose(20)}\n\n${prose(20)}\n\n`;
    const text = ['THE SISTERS', 'AN ENCOUNTER', 'ARABY', 'EVELINE'].map(story).join('\n');
    const book = await loadBookBytes(bytes(text), '2814_dubliners.txt');
    expect(book.structure.chapters.map((c) => c.title)[0]).toBe('THE SISTERS');
    expect(book.metadata.title).toBe('Dubliners');
  });

  it('a real title line wins over the file name, and "by" above the name is the author', async () => {
    const text = `THE SPORT OF THE GODS\n\n         by\n\nPAUL LAURENCE DUNBAR\n\n\nI\n\nTHE HAMILTONS\n\n${prose(30)}\n\nII\n\n${prose(30)}\n`;
    const book = await loadBookBytes(bytes(text), 'novel.txt');
    expect(book.metadata).toMatchObject({ title: 'The Sport of the Gods', author: 'Paul Laurence Dunbar' });
    const pooh = `WINNIE-THE-POOH\n\n   _BY A. A. MILNE_\n\nCHAPTER I\n\n${prose(30)}\n`;
    expect((await loadBookBytes(bytes(pooh), 'x.txt')).metadata.author).toBe('A. A. Milne');
  });

  it('a generic file name asks its folder: .../PrideAndPrejudice/novel_text.txt', async () => {
    const text = `CHAPTER I.\n\n${prose(30)}\n\nCHAPTER II.\n\n${prose(30)}\n`;
    const book = await loadBookBytes(bytes(text), '/corpus/PrideAndPrejudice/novel_text.txt');
    expect(book.metadata.title).toBe('Pride and Prejudice');
    const room = await loadBookBytes(bytes(text), '/corpus/ARoomWithAView/novel_text.txt');
    expect(room.metadata.title).toBe('A Room with a View');
  });

  it('the Gutenberg header\'s "Title:" and "Author:" come first', async () => {
    const text = `The Project Gutenberg eBook of Tess, by T. Hardy\n\nTitle: Tess of the d'Urbervilles\n\nAuthor: Thomas Hardy\n\n*** START OF THE PROJECT GUTENBERG EBOOK TESS ***\n\nPhase the First: The Maiden\n\n\nI\n\n${prose(30)}\n\nII\n\n${prose(30)}\n\n*** END OF THE PROJECT GUTENBERG EBOOK TESS ***\n`;
    const book = await loadBookBytes(bytes(text), 'pg110.txt');
    expect(book.metadata).toMatchObject({ title: "Tess of the d'Urbervilles", author: 'Thomas Hardy' });
  });
});

describe('title pages and title blocks are not chapters', () => {
  it("an EPUB's title page, listed in its table of contents like a chapter", async () => {
    const nav = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>
      <li><a href="title.xhtml">The Lantern Keeper</a></li>
      <li><a href="c1.xhtml">Chapter I</a></li>
      <li><a href="c2.xhtml">Chapter II</a></li></ol></nav></body></html>`;
    const epub = writeEpub({
      title: 'The Lantern Keeper',
      author: 'Ada Wren',
      nav: { file: 'nav.xhtml', html: nav },
      chapters: [
        {
          file: 'title.xhtml',
          html: xhtml('t', '<h1>The Lantern Keeper</h1><p>by Ada Wren</p><p>London, 1901</p>'),
        },
        { file: 'c1.xhtml', html: xhtml('1', `<h1>Chapter I</h1><p>${prose(10)}</p>`) },
        { file: 'c2.xhtml', html: xhtml('2', `<h1>Chapter II</h1><p>${prose(10)}</p>`) },
      ],
    });
    const book = await loadBookBytes(epub, 'lantern.epub');
    expect(book.structure.chapters.map((c) => c.title)).toEqual(['Chapter I', 'Chapter II']);
    expect(book.metadata).toMatchObject({ title: 'The Lantern Keeper', author: 'Ada Wren' });
  });

  it("an HTML file's title block (<h1> title, <h2> by-line at the chapters' level)", async () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>The Lantern Keeper</title>
      <meta name="author" content="Ada Wren"></head><body>
      <h1>THE LANTERN KEEPER</h1><h2>By Ada Wren</h2>
      <h2>CHAPTER I</h2><p>${prose(10)}</p><h2>CHAPTER II</h2><p>${prose(10)}</p>
      <h2>CHAPTER III</h2><p>${prose(10)}</p></body></html>`;
    const book = await loadBookBytes(bytes(html), 'lantern.html');
    expect(book.structure.chapters.map((c) => c.title)).toEqual(['CHAPTER I', 'CHAPTER II', 'CHAPTER III']);
  });

  it('a chapter later in the book that shares the title stays a chapter', async () => {
    const html = `<html><head><title>Emma</title></head><body><h2>Chapter I</h2><p>${prose(80)}</p>
      <h2>Emma</h2><p>${prose(10)}</p><h2>Chapter III</h2><p>${prose(10)}</p></body></html>`;
    const book = await loadBookBytes(bytes(html), 'emma.html');
    expect(book.structure.chapters.map((c) => c.title)).toEqual(['Chapter I', 'Emma', 'Chapter III']);
  });
});
