import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../src/check/extract/index.js';
import { parseReviewDocument } from '../../src/check/review/document.js';
import { MAX_REVIEW_BYTES, readReview, readReviewBytes } from '../../src/check/review/read.js';
import { isVerbatimError } from '../../src/errors.js';
import { makeDocx } from '../fixtures/docx.js';
import { writeZip } from '../fixtures/zip-writer.js';

function tempFile(name: string, data: string | Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-review-'));
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

function quotedIn(text: string): string[] {
  return extractQuotations(parseReviewDocument(text)).quotes.map((q) =>
    q.parts.map((p) => text.slice(p.start, p.end)).join(' | '),
  );
}

describe('reading a review file', () => {
  it('reads a DOCX, keeping quote-styled paragraphs as block quotations', async () => {
    const file = tempFile(
      'essay.docx',
      makeDocx([
        { text: 'Tommy says: “Come home with me.”' },
        { text: 'Let the sea have the house.', style: 'Quote' },
      ]),
    );
    const review = await readReview(file);
    expect(review.sourceFormat).toBe('docx');
    expect(review.text).toContain('> Let the sea have the house.');
    expect(quotedIn(review.text)).toEqual(['Come home with me.', 'Let the sea have the house.']);
  });

  it('refuses a file that only looks like a DOCX, naming the file', async () => {
    const file = tempFile('broken.docx', writeZip([{ name: 'hello.txt', data: 'not word' }]));
    await expect(readReview(file)).rejects.toSatisfy(
      (e) => isVerbatimError(e) && e.code === 'bad_review' && e.toLine().includes('broken.docx'),
    );
  });

  it('reads HTML: entities decoded, <q> and <blockquote> become quotations, scripts ignored', async () => {
    const file = tempFile(
      'r.html',
      '<html><head><script>var s = "no";</script></head><body><p>She said <q>yes &amp; no</q>.</p>' +
        '<blockquote><p>The water is never kind.</p></blockquote></body></html>',
    );
    const review = await readReview(file);
    expect(quotedIn(review.text)).toEqual(['yes & no', 'The water is never kind.']);
  });

  it('reads Markdown and plain text as they are', async () => {
    const review = await readReview(tempFile('r.md', '# Title\n\nShe says “hello”.\n'));
    expect(review.format).toBe('md');
    expect(review.text).toBe('# Title\n\nShe says “hello”.\n');
  });

  it('refuses binary input, an empty file and a file that is too large, with the file name', async () => {
    const binary = tempFile('r.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    await expect(readReview(binary)).rejects.toSatisfy(
      (e) => isVerbatimError(e) && e.code === 'binary_input',
    );
    await expect(readReview(tempFile('e.txt', ''))).rejects.toSatisfy(
      (e) => isVerbatimError(e) && e.code === 'empty_input',
    );
    const big = new Uint8Array(MAX_REVIEW_BYTES + 1).fill(0x61);
    await expect(readReviewBytes(big, 'big.txt')).rejects.toSatisfy(
      (e) => isVerbatimError(e) && e.code === 'too_large' && e.toLine().includes('big.txt'),
    );
    await expect(readReview('/no/such/review.md')).rejects.toSatisfy(
      (e) => isVerbatimError(e) && e.code === 'not_found',
    );
  });
});
