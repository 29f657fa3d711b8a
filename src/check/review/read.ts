// fs.promises, not node:fs/promises: the bundled CLI then loads it (and the streams it pulls in,
// ~4 ms) only when a review is read from a file.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { VerbatimError } from '../../errors.js';
import { LIMITS } from '../../limits.js';
import { decodeText } from '../../text/decode.js';
import type { ReviewFormat } from '../types.js';
import { convertReviewHtml } from './html.js';

/**
 * Reading a review file: plain text, Markdown, HTML or DOCX. HTML and DOCX come back as Markdown-like
 * text (headings `#`, block quotations `> `, list items, table rows; format `md`), so one document
 * reader serves every format, with the source line (HTML) or paragraph (DOCX) of each line kept.
 */

/** Reviews are essays, not books: anything bigger is refused with a clear message (src/limits.ts). */
export const MAX_REVIEW_BYTES = LIMITS.reviewBytes;

export interface ReviewText {
  text: string;
  /** The format the text is in now (`md` for converted HTML/DOCX). */
  format: 'txt' | 'md' | 'html';
  /** The format the file was in. */
  sourceFormat: ReviewFormat;
  /** For HTML and DOCX: the source line (HTML) or paragraph (DOCX) of each line of `text`, 1-based. */
  sourceLines?: number[];
  /** What `sourceLines` counts. */
  lineUnit: 'line' | 'paragraph';
}

export function reviewFormatOf(path: string, bytes: Uint8Array): ReviewFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'txt';
}

export async function readReviewBytes(bytes: Uint8Array, path: string): Promise<ReviewText> {
  if (bytes.length === 0) {
    throw new VerbatimError('empty_input', 'the review is empty', { file: path, hint: 'nothing to check' });
  }
  if (bytes.length > MAX_REVIEW_BYTES) {
    throw new VerbatimError(
      'too_large',
      `the review is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; reviews up to ${MAX_REVIEW_BYTES / 1024 / 1024} MB are checked`,
      { file: path, hint: 'split it into smaller files' },
    );
  }
  const format = reviewFormatOf(path, bytes);
  if (format === 'docx') {
    let html: string;
    try {
      // mammoth is the heaviest module Verbatim uses (~100 ms to load): only DOCX reviews pay for it.
      const { default: mammoth } = await import('mammoth');
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes) },
        {
          styleMap: [
            "p[style-name='Quote'] => blockquote > p:fresh",
            "p[style-name='Intense Quote'] => blockquote > p:fresh",
            "p[style-name='Block Text'] => blockquote > p:fresh",
          ],
        },
      );
      html = result.value;
    } catch (e) {
      throw new VerbatimError(
        'bad_review',
        `not a readable DOCX file (${e instanceof Error ? e.message : String(e)})`,
        {
          file: path,
          hint: 'save it again from your word processor, or export it as .txt or .html',
        },
      );
    }
    const converted = convertReviewHtml(html, 'paragraph');
    return { ...converted, format: 'md', sourceFormat: 'docx', lineUnit: 'paragraph' };
  }
  const { text } = decodeText(bytes, { file: path });
  if (format === 'html') {
    return { ...convertReviewHtml(text), format: 'md', sourceFormat: 'html', lineUnit: 'line' };
  }
  return { text, format, sourceFormat: format, lineUnit: 'line' };
}

/**
 * A review file read whole. Read synchronously: the CLI reads its reviews one at a time (a class
 * set's workers each read their own), and Node's promise file API alone costs a one-shot check
 * ~10 ms to load (fs/promises brings readline and streams with it; bench/cli.bench.ts).
 */
export async function readReview(path: string): Promise<ReviewText> {
  let size: number;
  try {
    const s = statSync(path);
    if (!s.isFile()) throw new VerbatimError('usage', 'not a file', { file: path });
    size = s.size;
  } catch (e) {
    if (e instanceof VerbatimError) throw e;
    throw new VerbatimError('not_found', 'no such review file', { file: path, hint: 'check the path' });
  }
  if (size > MAX_REVIEW_BYTES) {
    throw new VerbatimError(
      'too_large',
      `the review is ${(size / 1024 / 1024).toFixed(1)} MB; reviews up to ${MAX_REVIEW_BYTES / 1024 / 1024} MB are checked`,
      { file: path, hint: 'split it into smaller files' },
    );
  }
  return readReviewBytes(new Uint8Array(readFileSync(path)), path);
}
