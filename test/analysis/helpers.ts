import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookFromText } from '../../src/book/build.js';
import type { Book } from '../../src/book/types.js';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function bookOf(text: string, title = 'Fixture'): Book {
  return bookFromText(text, { title });
}

export function fixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}
