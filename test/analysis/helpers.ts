import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBook } from '../../src/book/build.js';
import type { Book } from '../../src/book/types.js';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function bookOf(text: string, title = 'Fixture'): Book {
  return buildBook(
    {
      format: 'txt',
      text,
      metadata: { title, author: null, language: 'en' },
      frontMatter: '',
      backMatter: '',
      encoding: 'utf-8',
      headings: [],
      warnings: [],
    },
    { hash: 'f'.repeat(64), path: null },
  );
}

export function fixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}
