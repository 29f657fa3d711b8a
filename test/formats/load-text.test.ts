import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/formats/load-text.js';
import { rejection } from '../fixtures/rejection.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('loadText: plain text', () => {
  it('keeps the text exactly as decoded', async () => {
    const bytes = fixture('lantern-keeper.txt');
    const loaded = await loadText(bytes, 'lantern-keeper.txt');
    expect(loaded.text).toBe(new TextDecoder().decode(bytes));
    expect(loaded).toMatchObject({
      format: 'txt',
      encoding: 'utf-8',
      frontMatter: '',
      backMatter: '',
      headings: [],
    });
  });

  it('sets a Gutenberg header and licence aside, nothing lost', async () => {
    const bytes = fixture('gutenberg-wrapped.txt');
    const loaded = await loadText(bytes, 'pg.txt');
    expect(loaded.text.startsWith('THE LANTERN KEEPER')).toBe(true);
    expect(loaded.frontMatter + loaded.text + loaded.backMatter).toBe(new TextDecoder().decode(bytes));
    expect(loaded.metadata).toEqual({ title: 'The Lantern Keeper', author: 'Ada Wren', language: 'English' });
  });

  it('refuses a Gutenberg file with no novel between header and licence', async () => {
    const e = await rejection(
      loadText(
        enc(
          '*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n',
        ),
        'x.txt',
      ),
    );
    expect(e.code).toBe('empty_input');
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    expect((await rejection(loadText(new Uint8Array(0), 'empty.txt'))).toLine()).toBe(
      'empty.txt: the file is empty (0 bytes)',
    );
    expect((await rejection(loadText(enc(' \n\r\n\t '), 'blank.txt'))).code).toBe('empty_input');
  });

  it('refuses a binary file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const e = await rejection(loadText(png, 'cover.txt'));
    expect(e.code).toBe('binary_input');
    expect(e.toLine()).toMatch(/^cover\.txt: not a text file/);
  });

  it('refuses bytes over maxBytes', async () => {
    const e = await rejection(loadText(enc('x'.repeat(2000)), 'big.txt', { maxBytes: 1000 }));
    expect(e.code).toBe('too_large');
  });

  it('refuses text mostly in Cyrillic or CJK script, unless allowed', async () => {
    const russian =
      'Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему. '.repeat(
        10,
      );
    const e = await rejection(loadText(enc(russian), 'anna.txt'));
    expect(e.code).toBe('unsupported_script');
    expect(e.toLine()).toContain('mostly in Cyrillic script');
    expect(e.toLine()).toContain('Latin-script (English) novels');
    expect((await loadText(enc(russian), 'anna.txt', { allowAnyScript: true })).text).toBe(russian);

    const chinese = '滚滚长江东逝水，浪花淘尽英雄。是非成败转头空，青山依旧在，几度夕阳红。'.repeat(10);
    expect((await rejection(loadText(enc(chinese), 'sanguo.txt'))).message).toContain('Chinese (Han)');
  });

  it('accepts an English novel with some foreign words and names', async () => {
    const text = `${'The count said “Здравствуйте” and bowed to Mme. Lefèvre, who smiled. '.repeat(20)}`;
    expect((await loadText(enc(text), 'mixed.txt')).text).toBe(text);
  });

  it('decodes a windows-1252 file', async () => {
    const bytes = new Uint8Array([
      ...enc('CHAPTER I\n\n'),
      0x93,
      ...enc('Na'),
      0xef,
      ...enc('ve,'),
      0x94,
      ...enc(' she said.'),
    ]);
    const loaded = await loadText(bytes, 'old.txt');
    expect(loaded.encoding).toBe('windows-1252');
    expect(loaded.warnings).toEqual([expect.stringContaining('read as windows-1252')]);
    expect(loaded.text).toBe('CHAPTER I\n\n“Naïve,” she said.');
  });
});

describe('loadText: HTML and sniffing', () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><title>The Lantern Keeper</title><meta name="author" content="Ada Wren"></head>' +
    '<body><h2>CHAPTER I.</h2><p>The fog came in.</p><script>steal()</script></body></html>';

  it('reads HTML with title, author and headings', async () => {
    const loaded = await loadText(enc(page), 'lantern.html');
    expect(loaded.format).toBe('html');
    expect(loaded.text).toBe('CHAPTER I.\n\nThe fog came in.');
    expect(loaded.metadata).toMatchObject({
      title: 'The Lantern Keeper',
      author: 'Ada Wren',
      language: 'en',
    });
    expect(loaded.headings).toEqual([{ start: 0, end: 10, level: 2, title: 'CHAPTER I.' }]);
  });

  it('sniffs HTML and text by content when the extension is unknown', async () => {
    expect((await loadText(enc(page), 'download')).format).toBe('html');
    expect((await loadText(enc('It was a dark and stormy night.'), 'novel.md')).format).toBe('txt');
  });

  it('moves Gutenberg matter out of HTML and keeps headings aligned', async () => {
    const html =
      '<html><body><div id="pg-header"><p>Title: The Lantern Keeper</p><p>Author: Ada Wren</p>' +
      '<p>*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***</p></div>' +
      '<h2>CHAPTER I.</h2><p>The fog came in.</p>' +
      '<div id="pg-footer"><p>*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***</p><p>Licence.</p></div></body></html>';
    const loaded = await loadText(enc(html), 'pg.html');
    expect(loaded.text).toBe('CHAPTER I.\n\nThe fog came in.');
    expect(loaded.headings.map((h) => loaded.text.slice(h.start, h.end))).toEqual(['CHAPTER I.']);
    expect(loaded.metadata.author).toBe('Ada Wren');
    expect(loaded.backMatter).toContain('Licence.');
    const titled = await loadText(
      enc(
        html.replace(
          '<html>',
          '<html><head><title>The Project Gutenberg eBook of The Lantern Keeper, by Ada Wren</title></head>',
        ),
      ),
      'pg.html',
    );
    expect(titled.metadata).toMatchObject({ title: 'The Lantern Keeper', author: 'Ada Wren' });
  });
});
