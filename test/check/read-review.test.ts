import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../src/check/extract/index.js';
import { parseReviewDocument } from '../../src/check/review/document.js';
import { MAX_REVIEW_BYTES, readReview, readReviewBytes } from '../../src/check/review/read.js';
import { isVerbatimError } from '../../src/errors.js';
import { writeZip } from '../fixtures/zip-writer.js';

/** A minimal Word document: two paragraphs, the second in the "Quote" style (a block quotation). */
function makeDocx(paragraphs: { text: string; style?: string }[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs
    .map(
      (p) =>
        `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`,
    )
    .join('');
  return writeZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    },
    {
      name: 'word/styles.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style></w:styles>',
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  ]);
}

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
