import { describe, expect, it } from 'vitest';
import { isVerbatimError, type VerbatimError } from '../../src/errors.js';
import { decodeText } from '../../src/text/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function decodeError(bytes: Uint8Array): VerbatimError {
  try {
    decodeText(bytes, { file: 'novel.txt' });
  } catch (e) {
    if (isVerbatimError(e)) return e;
    throw e;
  }
  throw new Error('expected decodeText to throw');
}

describe('decodeText', () => {
  it('reads UTF-8 and keeps curly quotes and CRLF as they are', () => {
    const r = decodeText(utf8('“Hello,” said Zoë.\r\nNext line.'));
    expect(r).toEqual({ text: '“Hello,” said Zoë.\r\nNext line.', encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM and reports it', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Chapter 1')]));
    expect(r).toEqual({ text: 'Chapter 1', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Émile said “no”.', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'Émile said “no”.', encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Ab', 'utf16le')]));
    // swap bytes of the body to make it big-endian
    for (let i = 2; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeText(be)).toEqual({ text: 'Ab', encoding: 'utf-16be' });
  });

  it('reads BOM-less UTF-16 LE text instead of calling it binary', () => {
    const r = decodeText(Buffer.from('It was a dark and stormy night.', 'utf16le'));
    expect(r).toEqual({ text: 'It was a dark and stormy night.', encoding: 'utf-16le' });
  });

  it('falls back to windows-1252 for Latin-1 text (é as a lone byte, curly quotes 0x93/0x94)', () => {
    const bytes = Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' au lait, '),
      Buffer.from([0x93]),
      Buffer.from('she said'),
      Buffer.from([0x94]),
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Café au lait, “she said”', encoding: 'windows-1252' });
  });

  it('refuses damaged UTF-8 (mostly valid sequences, one broken byte), naming offset and line', () => {
    const bytes = Buffer.concat([
      utf8('“One” — two.\n“Three” and '),
      Buffer.from([0xe2, 0x80]),
      utf8(' four.\n'),
    ]);
    const e = decodeError(bytes);
    expect(e.code).toBe('bad_encoding');
    expect(e.details.line).toBe(2);
    expect(e.message).toContain(`offset ${utf8('“One” — two.\n“Three” and ').length}`);
    expect(e.toLine()).toMatch(/^novel\.txt:2: invalid UTF-8/);
  });

  it('decodes as the encoding asked for', () => {
    expect(decodeText(Buffer.from([0x93, 0x41, 0x94]), { encoding: 'windows-1252' }).text).toBe('“A”');
  });

  it('refuses a binary file with NUL bytes', () => {
    const e = decodeError(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x41]));
    expect(e.code).toBe('binary_input');
    expect(e.message).toContain('not a text file');
  });

  it('refuses a text with binary data after the first 64 KB', () => {
    const bytes = new Uint8Array([...utf8('a'.repeat(100_000)), 0, 1, 2]);
    expect(decodeError(bytes).message).toContain('NUL byte at offset 100000');
  });

  it('refuses a file full of control characters', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeError(bytes).code).toBe('binary_input');
  });
});
