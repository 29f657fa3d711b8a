import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitGutenberg } from '../../src/formats/gutenberg.js';

const fixture = readFileSync(new URL('../fixtures/gutenberg-wrapped.txt', import.meta.url), 'utf8');

describe('splitGutenberg', () => {
  it('sets the header (with the credits line) and the licence footer aside', () => {
    const g = splitGutenberg(fixture);
    const body = fixture.slice(g.bodyStart, g.bodyEnd);
    expect(g.found).toBe(true);
    expect(body.startsWith('THE LANTERN KEEPER\n\n\nCHAPTER I.')).toBe(true);
    expect(body.endsWith('The boats came in one by one.')).toBe(true);
    expect(body).not.toMatch(/PROJECT GUTENBERG|Produced by/);
    expect(fixture.slice(0, g.bodyStart)).toContain('*** START OF THE PROJECT GUTENBERG EBOOK');
    expect(fixture.slice(g.bodyEnd)).toContain('*** END OF THE PROJECT GUTENBERG EBOOK');
  });

  it('takes title, author and language from the header only', () => {
    const g = splitGutenberg(fixture);
    expect(g).toMatchObject({ title: 'The Lantern Keeper', author: 'Ada Wren', language: 'English' });
  });

  it('falls back to the title in the START marker', () => {
    const g = splitGutenberg(
      '*** START OF THIS PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***\nIt is a truth.\n',
    );
    expect(g.title).toBe('Pride And Prejudice');
    expect(g.author).toBeNull();
  });

  it('recognises the older "End of the Project Gutenberg EBook" footer', () => {
    const text =
      'Chapter 1\n\nThe end.\n\nEnd of the Project Gutenberg EBook of Something, by Someone\n\nLicence.';
    const g = splitGutenberg(text);
    expect(text.slice(g.bodyStart, g.bodyEnd)).toBe('Chapter 1\n\nThe end.');
  });

  it('reads the 1990s layout: small-print licence first, "End of Project Gutenberg\'s" last', () => {
    const text =
      'The Project Gutenberg Etext of A Tale\n\n**The Project Gutenberg Etext**\n\nLegal small print.\n' +
      '*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n\nA TALE\n\nIt began.\n\n' +
      "End of Project Gutenberg's A Tale, by Someone\n";
    const g = splitGutenberg(text);
    expect(text.slice(g.bodyStart, g.bodyEnd)).toBe('A TALE\n\nIt began.');
  });

  it('leaves a text without Gutenberg markers untouched', () => {
    const text = '\nCHAPTER I\n\nTitle: not a header here.\n';
    expect(splitGutenberg(text)).toEqual({
      bodyStart: 0,
      bodyEnd: text.length,
      title: null,
      author: null,
      language: null,
      found: false,
    });
  });

  it('handles CRLF files', () => {
    const crlf = fixture.replace(/\n/g, '\r\n');
    const g = splitGutenberg(crlf);
    expect(crlf.slice(g.bodyStart, g.bodyEnd).startsWith('THE LANTERN KEEPER\r\n')).toBe(true);
    expect(g.author).toBe('Ada Wren');
  });
});
