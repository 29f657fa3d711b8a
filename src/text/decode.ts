import { VerbatimError } from '../errors.js';

/**
 * Bytes → text for plain-text novels (and HTML without a declared charset).
 *
 * Order of decisions: a BOM wins (UTF-8, UTF-16 LE/BE); otherwise NUL bytes mean a binary file
 * (or BOM-less UTF-16, recognised by its every-other-byte NUL pattern); otherwise strict UTF-8;
 * if that fails, windows-1252 when the bytes look like a single-byte Western text (old Gutenberg
 * files are Latin-1), else an error naming the first bad byte's offset and line, because a file
 * that is mostly valid UTF-8 with a few broken bytes is damaged, and guessing would corrupt it.
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export interface DecodeOptions {
  /** Skip detection and decode as this encoding. */
  encoding?: TextEncoding;
  /** Shown in error messages. */
  file?: string;
}

/** How many leading bytes are inspected for NULs and control characters. */
const SNIFF_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const file = options.file;
  if (options.encoding) return { text: decodeAs(bytes, options.encoding), encoding: options.encoding };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrictUtf8(bytes.subarray(3), file, 3), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeAs(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeAs(bytes, 'utf-16be'), encoding: 'utf-16be' };

  const bomless16 = detectBomlessUtf16(bytes);
  if (bomless16) return { text: decodeAs(bytes, bomless16), encoding: bomless16 };
  assertNotBinary(bytes, file);

  const firstBad = firstInvalidUtf8(bytes);
  if (firstBad < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (looksLikeSingleByteText(bytes)) {
    return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
  throw invalidUtf8Error(bytes, firstBad, file);
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // TextDecoder drops a matching BOM itself (ignoreBOM defaults to false).
  return new TextDecoder(label).decode(bytes);
}

function decodeStrictUtf8(bytes: Uint8Array, file: string | undefined, offsetBase: number): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw invalidUtf8Error(bytes, bad, file, offsetBase);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * UTF-16 without a BOM: ASCII-range text then has a NUL in every other byte. Requires the pattern
 * to hold for nearly all of the sample so a binary file with some NULs is not mistaken for text.
 */
function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

function assertNotBinary(bytes: Uint8Array, file: string | undefined): void {
  // A NUL anywhere (not only in the sniffed head) means binary data: text never has one.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new VerbatimError('binary_input', `not a text file (NUL byte at offset ${nul})`, {
      file,
      hint: 'Verbatim reads plain text, EPUB and HTML novels',
    });
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // Tab, LF, VT, FF, CR and DOS end-of-file are text; other control bytes are a sign of binary data.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 26) controls++;
  }
  if (n > 0 && controls / n > 0.01) {
    throw new VerbatimError('binary_input', 'not a text file (it is full of control characters)', {
      file,
      hint: 'Verbatim reads plain text, EPUB and HTML novels',
    });
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** Length of the valid UTF-8 multi-byte sequence starting at i, or 0 (overlongs and surrogates rejected). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const c1 = bytes[i + 1];
  const cont = (x: number | undefined): boolean => x !== undefined && (x & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(c1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(c1) || !cont(bytes[i + 2])) return 0;
    if (b === 0xe0 && c1! < 0xa0) return 0;
    if (b === 0xed && c1! > 0x9f) return 0;
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(c1) || !cont(bytes[i + 2]) || !cont(bytes[i + 3])) return 0;
    if (b === 0xf0 && c1! < 0x90) return 0;
    if (b === 0xf4 && c1! > 0x8f) return 0;
    return 4;
  }
  return 0;
}

/**
 * A windows-1252 text has high bytes mostly on their own (é = E9 between ASCII letters), so only a
 * few of them happen to form valid UTF-8 sequences. A UTF-8 text with damage has mostly valid
 * sequences and a few broken ones. Compare the two counts.
 */
function looksLikeSingleByteText(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) {
      invalid++;
      i++;
    } else {
      valid++;
      i += len;
    }
  }
  return invalid > valid;
}

function invalidUtf8Error(
  bytes: Uint8Array,
  offset: number,
  file: string | undefined,
  base = 0,
): VerbatimError {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return new VerbatimError(
    'bad_encoding',
    `invalid UTF-8: byte 0x${hex} at offset ${offset + base} is not part of a valid character`,
    { file, line, hint: 'the file looks damaged; re-save it as UTF-8, or pass --encoding windows-1252' },
  );
}

/**
 * windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, turning the
 * curly quotes and dashes at 0x80–0x9F (the reason to read old files as 1252) into C1 controls.
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code point, as WHATWG specifies.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = '';
  const codes = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes.subarray(0, end - start));
  }
  return out;
}
