import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBookBytes } from '../../src/formats/load.js';
import { writeEpub, xhtml } from '../fixtures/zip-writer.js';

/**
 * The same novel as plain text, EPUB and HTML must give the same chapters and (nearly) the same
 * words. The EPUB and HTML are built at test time from a corpus novel; nothing is copied into the
 * project.
 */
const novel = path.resolve(
  import.meta.dirname,
  '../../../shared/corpus/pdnc/PrideAndPrejudice/novel_text.txt',
);
const present = existsSync(novel);
if (!present) console.log(`corpus novel ${novel} not found: cross-format test skipped`);

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe.skipIf(!present)('one novel in three formats', () => {
  it('has the same chapters and words as text, EPUB and HTML', async () => {
    const txt = await loadBookBytes(readFileSync(novel), 'novel.txt');
    const { text, structure } = txt;
    expect(structure.chapters.length).toBeGreaterThan(50);
    const docs = structure.chapters.map((c, i) => {
      const paragraphs = text
        .slice(c.heading.end, c.end)
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => `<p>${esc(p)}</p>`);
      return {
        file: `c${i}.xhtml`,
        body: `<h2>${esc(text.slice(c.heading.start, c.heading.end))}</h2>${paragraphs.join('\n')}`,
      };
    });
    const epub = await loadBookBytes(
      writeEpub({ title: 'T', chapters: docs.map((d) => ({ file: d.file, html: xhtml('c', d.body) })) }),
      'novel.epub',
    );
    const html = await loadBookBytes(
      new TextEncoder().encode(`<html><body>${docs.map((d) => d.body).join('\n')}</body></html>`),
      'novel.html',
    );
    for (const other of [epub, html]) {
      expect(other.structure.chapters.map((c) => c.title)).toEqual(structure.chapters.map((c) => c.title));
      // Only the text before the first chapter (title page) was left out of the rebuilt files.
      expect(Math.abs(other.structure.wordCount - structure.wordCount)).toBeLessThan(
        structure.wordCount * 0.001,
      );
    }
  });
});
