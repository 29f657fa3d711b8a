import type { Heading, LoadedText, SourceFormat } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import { LIMITS, megabytes } from '../limits.js';
import { decodeText, type TextEncoding } from '../text/decode.js';
import { epubToText } from './epub.js';
import { splitGutenberg } from './gutenberg.js';
import { htmlToText } from './html-text.js';
import { assertLatinScript } from './script-check.js';
import { detectFormat, isZip } from './sniff.js';
import { withoutTitleBlock } from './title-block.js';
import { guessMetadata, parseGutenbergTitleLine } from './title-guess.js';
import type { ZipLimits } from './zip.js';

export interface LoadOptions {
  /** Refuse sources larger than this many bytes (checked before reading a file). Default LIMITS.bookBytes. */
  maxBytes?: number;
  /** Load text in any script (by default a mostly non-Latin text is refused). */
  allowAnyScript?: boolean;
  /** Decode plain text/HTML as this encoding instead of detecting it. */
  encoding?: TextEncoding;
  /** Force a format instead of detecting it from the name and content. */
  format?: SourceFormat;
  zipLimits?: Partial<ZipLimits>;
  /** Told when a long stage starts (for a progress line). */
  onProgress?: (stage: 'read' | 'segment') => void;
}

export const DEFAULT_MAX_BYTES = LIMITS.bookBytes;

/**
 * Bytes of a novel → LoadedText: detect the format, decode, extract text, set the Gutenberg header
 * and licence aside, refuse what Verbatim cannot read well. Throws VerbatimError naming `filename`.
 */
export async function loadText(
  bytes: Uint8Array,
  filename: string,
  options: LoadOptions = {},
): Promise<LoadedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(filename, bytes.length, maxBytes);
  if (bytes.length === 0) {
    throw new VerbatimError('empty_input', 'the file is empty (0 bytes)', { file: filename });
  }
  const format = options.format ?? detectFormat(bytes, filename);
  let raw: {
    text: string;
    headings: Heading[];
    title: string | null;
    author: string | null;
    language: string | null;
  };
  let encoding: string;
  const warnings: string[] = [];
  if (format === 'epub') {
    if (!isZip(bytes)) {
      throw new VerbatimError('bad_epub', 'not an EPUB: the file is not a zip archive', {
        file: filename,
        hint: 'an .epub file starts with the zip signature "PK"; this one is damaged or renamed',
      });
    }
    const epub = await epubToText(bytes, filename, options.zipLimits);
    raw = epub;
    warnings.push(...epub.warnings);
    encoding = 'utf-8';
  } else {
    const decoded = decodeText(bytes, { file: filename, encoding: options.encoding });
    encoding = decoded.encoding;
    if (decoded.encoding === 'windows-1252' && !options.encoding) {
      warnings.push(
        'not valid UTF-8; read as windows-1252 (Latin-1). If letters look wrong, re-save the file as UTF-8',
      );
    }
    if (format === 'html') raw = htmlToText(decoded.text, { xhtml: /\.xhtml$/i.test(filename) });
    else {
      // The BOM is not part of the text (TextDecoder drops it); nothing else is rewritten.
      raw = { text: decoded.text, headings: [], title: null, author: null, language: null };
    }
  }
  if (!raw.text.trim()) {
    throw new VerbatimError('empty_input', 'the file has no text in it', { file: filename });
  }

  const gutenberg = splitGutenberg(raw.text);
  const text = raw.text.slice(gutenberg.bodyStart, gutenberg.bodyEnd);
  if (!text.trim()) {
    throw new VerbatimError('empty_input', 'only a Project Gutenberg header and licence, no novel text', {
      file: filename,
    });
  }
  if (!options.allowAnyScript) assertLatinScript(text, filename);
  const headings = raw.headings
    .filter((h) => h.start >= gutenberg.bodyStart && h.end <= gutenberg.bodyEnd)
    .map((h) => ({ ...h, start: h.start - gutenberg.bodyStart, end: h.end - gutenberg.bodyStart }));

  // Gutenberg HTML titles itself "The Project Gutenberg eBook of Emma, by Jane Austen".
  const declared = raw.title ? parseGutenbergTitleLine(raw.title) : null;
  if (declared) {
    raw.title = declared.title;
    raw.author ??= declared.author;
  }
  const guess = raw.title && raw.author ? null : guessMetadata(text, filename);
  const declaredTitle = raw.title ?? gutenberg.title;
  const metadata = {
    title: declaredTitle ?? guess?.title ?? null,
    author: raw.author ?? gutenberg.author ?? guess?.author ?? null,
    language: raw.language ?? gutenberg.language,
  };
  const titleLine =
    !declaredTitle && guess?.titleLine
      ? { ...guess.titleLine, otherwise: guess.titleOtherwise ?? null }
      : undefined;
  return {
    format,
    text,
    metadata,
    frontMatter: raw.text.slice(0, gutenberg.bodyStart),
    backMatter: raw.text.slice(gutenberg.bodyEnd),
    encoding,
    headings: withoutTitleBlock(text, headings, metadata),
    warnings,
    ...(titleLine ? { titleLine } : {}),
  };
}

export function tooLarge(file: string, size: number, maxBytes: number): VerbatimError {
  return new VerbatimError(
    'too_large',
    `the file is ${megabytes(size)}, larger than the ${megabytes(maxBytes)} limit`,
    {
      file,
      hint: 'a novel is rarely over 5 MB: is this the right file? --max-size raises the limit',
    },
  );
}
