/**
 * The novel's author as an essay's list of sources gives it (src/check/review/sources.ts): each case
 * the entry as an essay writes it, the book's title as the library has it, and the author read.
 */
import { describe, expect, it } from 'vitest';
import { parseReviewDocument } from '../../src/check/review/document.js';
import { authorInSources, sourcesSection } from '../../src/check/review/sources.js';

const CASES: [entry: string, bookTitle: string, author: string | null][] = [
  [
    "Haggard, H. Rider. *King Solomon's Mines*. Penguin Classics, 2007.",
    'King Solomons Mines',
    'H. Rider Haggard',
  ],
  [
    'Burney, Frances. *Evelina*. Oxford UP, 2008.',
    'Evelina or the History of a Young Ladys Entrance into the World',
    'Frances Burney',
  ],
  ['Lewis, S. (1920). *Main street*. Harcourt.', 'Main Street', 'S. Lewis'],
  ['- Hope, Anthony. The Prisoner of Zenda. 1894.', 'The Prisoner of Zenda', 'Anthony Hope'],
  // another book by someone else, and a critic writing about this one
  ['Bloom, Harold. *The Western Canon*. Harcourt, 1994.', 'Main Street', null],
  ['Hutchisson, James M. “All of Us Americans at 46.” *Main Street* Revisited. 1992.', 'Main Street', null],
];

describe('the novel’s author from an essay’s Works Cited', () => {
  for (const [entry, title, author] of CASES) {
    it(`${entry.slice(0, 40)}… → ${author}`, () => {
      const doc = parseReviewDocument(['An essay.', '', 'Works Cited', '', entry].join('\n'));
      expect(authorInSources(doc, sourcesSection(doc), title)).toBe(author);
    });
  }

  it('reads nothing where the essay has no list of sources', () => {
    const doc = parseReviewDocument("Haggard, H. Rider. *King Solomon's Mines*. 1885.");
    expect(authorInSources(doc, sourcesSection(doc), 'King Solomons Mines')).toBeNull();
  });
});
