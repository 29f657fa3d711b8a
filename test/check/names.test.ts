import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import type { Book } from '../../src/book/types.js';
import { checkReview } from '../../src/check/index.js';
import { renderReportHtml } from '../../src/check/report/html.js';
import { renderReportMarkdown } from '../../src/check/report/markdown.js';
import { renderReportText } from '../../src/check/report/text.js';
import { loadBookFile } from '../../src/formats/load.js';
import { makeBook } from '../fixtures/test-book.js';

let book: Book;
let analysis: ReturnType<typeof analyzeBook>;
beforeAll(async () => {
  book = await loadBookFile(path.join(import.meta.dirname, '../fixtures/check/novel-clock.txt'));
  analysis = analyzeBook(book);
});

/** The names check says are not in the book, for a review. */
function notInBook(review: string): string[] {
  const r = checkReview(review, book, { analysis });
  return (r.names ?? []).filter((n) => n.judged && !n.inBook).map((n) => n.name);
}

describe('names in writing: which people and places the book never mentions', () => {
  const cases: [string, string, string[]][] = [
    ['a character of the book', 'Hester keeps the keys while Captain Rook waits.', []],
    [
      'an invented character',
      'Later Edmund Blackwood visits the shop and argues with Hester.',
      ['Edmund Blackwood'],
    ],
    ['an invented titled character', 'The vicar, Reverend Ashcombe, warns Hester.', ['Reverend Ashcombe']],
    // "Darcy" alone is also a word of English (the word list has it): left out rather than guessed.
    [
      'a character of another book',
      'Hester reminds me of Elizabeth Bennet arguing with Darcy.',
      ['Elizabeth Bennet'],
    ],
    ['a place the book has', 'The story stays in Harwick all winter.', []],
    ['an invented place', 'Hester sails to Quellmoor at the end.', ['Quellmoor']],
    ['the author and the title', 'In The Winter Clock, Marian Coyle gives Hester the last word.', []],
    [
      'a name owning the book’s title is its author’s (italics lost in HTML, or no author known)',
      'Agatha Pell’s The Winter Clock is about Hester and her keys.',
      [],
    ],
    [
      'the author named in full once is the author again by the family name alone',
      'In Agatha Varnham’s The Winter Clock, Hester keeps the keys. Varnham suggests that no clock is ever quite stopped.',
      [],
    ],
    [
      'a quote page’s citation, “― Name, Title”, names the author',
      '“Anything that has stopped can be made to go.”\n― Agatha Pell, The Winter Clock\n\nHester keeps the keys.',
      [],
    ],
    ['a possessive ends the name', 'Edmund Blackwood’s Letter upsets Hester.', ['Edmund Blackwood']],
    [
      'sentence-initial capitals',
      'Although slow, it works. Perhaps Hester is right. Meanwhile the clocks tick.',
      [],
    ],
    [
      'a critic, in a sentence about the work',
      'The critic Abigail Fenwright praised the novel in her review.',
      [],
    ],
    // The author and critics, named where the book's metadata does not give them.
    ['the author at work', 'Coyle opens with a storm, and Hester keeps the keys.', []],
    ["the author's narrator", "Coyle's narrator never trusts Hester.", []],
    [
      "an author's novel, under her full name",
      "Charlotte Brontë's novel is full of storms; Hester keeps the keys.",
      [],
    ],
    [
      'the author opening her novel somewhere',
      'Marian Coyle opens her novel in the harbour town, and Hester keeps the keys.',
      [],
    ],
    ['a critic arguing', 'As Abigail Fenwright argues, Hester is the heart of it.', []],
    ['a critic cited', 'According to Fenwright, Hester never forgives Captain Rook.', []],
    ['an MLA citation', 'Hester never forgives Captain Rook (Fenwright 12).', []],
    [
      'the author named first in prose, then in an MLA citation',
      'Fenwright sets the scene in the harbour. Hester never forgives Captain Rook (Fenwright 12).',
      [],
    ],
    [
      "an author's anti-heroine",
      "Fenwright's anti-heroine keeps the keys; Hester never forgives Captain Rook.",
      [],
    ],
    [
      'the author framing her novel',
      'Abigail Fenwright frames her novel as a confession; Hester keeps the keys.',
      [],
    ],
    [
      'the author handing a character the words',
      'Coyle has Hester say that the sea keeps its accounts. Fenwright gives Captain Rook the line about keys, and Marian Coyle puts these words in Hester’s mouth.',
      [],
    ],
    ["an author's italic title", "Abigail Fenwright's *The Tide Clock* keeps Hester at home.", []],
    ["an author's novel with an adjective", "Abigail Fenwright's gothic novel keeps Hester at home.", []],
    [
      "an author's novel with several words before it",
      "Abigail Fenwright's most famous Rook novel opens with a storm; Hester keeps the keys.",
      [],
    ],
    // An invented character doing what characters do is still caught.
    [
      'an invented character who writes',
      'Edmund Blackwood visits Hester and argues with her.',
      ['Edmund Blackwood'],
    ],
    ['a film and its actor', 'The film starring Margot Dellacourt moved the story to Quellmoor.', []],
    ['a byline', 'By Kenzie Marlowe | Updated April 9\n\nHester is the heart of it.', []],
    [
      'a byline with an initial (probe round AF234)',
      'Reviewed by T. Okafor · ★★★★☆\n\nHester is the heart of it.',
      [],
    ],
    [
      'an essay’s heading of name, class and date (probe round AF234)',
      'Jordan Reyes\nEnglish 11 Honors, Period 3\nMarch 4\n\nHester is the heart of it.',
      [],
    ],
    ['a commenter’s handle', 'Comments\n\nLinda R. — Hester keeps the keys, and I love her for it.', []],
    [
      'the one a forum reply greets (probe round AF245)',
      'Hi Marta, I had the same trouble keeping the grown-ups apart. Hester keeps the keys.\n\nDear Okonkwo,\nHester is the heart of it.',
      [],
    ],
    ['a name inside a quotation is not the review naming it', 'Hester says “Quellmoor is lost.”', []],
    ['headings of English words', '## Key Themes\n\nHester doubts everyone.', []],
    [
      'the site a page copies its quotations from',
      '# The Winter Clock — quotations (Wikiquote style)\n\nHester keeps the keys; Goodreads readers agree.',
      [],
    ],
  ];
  for (const [what, review, expected] of cases) {
    it(what, () => {
      expect(notInBook(review)).toEqual(expected);
    });
  }

  it('a place the book names only in a possessive ("Jackson’s Island") is the book’s', () => {
    const island = makeBook(
      'CHAPTER I.\n\nThe boys rowed out to Jackson’s Island at midnight. Nobody saw them go.\n',
    );
    const r = checkReview('Quentin Varley runs away to Jackson’s Island to be a pirate.', island);
    expect((r.names ?? []).filter((n) => n.judged && !n.inBook).map((n) => n.name)).toEqual([
      'Quentin Varley',
    ]);
  });

  it('lists every name with what it means in the book, and warns once in the report', () => {
    const review =
      'Hester and Mrs. Pruett talk; then Edmund Blackwood arrives twice. Edmund Blackwood leaves.\n';
    const r = checkReview(review, book, { analysis });
    const pruett = r.names!.find((n) => n.name === 'Mrs. Pruett')!;
    expect(pruett.character).toBe('Mrs. Pruett');
    expect(pruett.inBook).toBe(true);
    expect(pruett.bookMentions).toBeGreaterThan(0);
    const edmund = r.names!.find((n) => n.name === 'Edmund Blackwood')!;
    expect(edmund.reviewMentions).toBe(2);
    expect(edmund.reviewLine).toBe(1);
    expect(r.warnings.filter((w) => w.ruleId === 'review/names-not-in-book')).toHaveLength(1);
    expect(renderReportText(r, book)).toContain(
      'the review names someone or somewhere the book never mentions: Edmund Blackwood (line 1)',
    );
  });

  it('shows the names in every report format, those the book never mentions first', () => {
    const review =
      'Hester and Mrs. Pruett talk; then Edmund Blackwood arrives.\n\nThe critic Abigail Fenwright praised the novel.\n';
    const r = checkReview(review, book, { analysis });
    const text = renderReportText(r, book);
    expect(text).toContain(
      'NAMES IN THE REVIEW (4)\n  4 people and places: 1 the book never mentions, 1 named outside the story (not judged); the rest in the book.\n  not in the book: Edmund Blackwood (line 1)\n  in the book: Hester, Mrs. Pruett\n  not judged (about the work or real people): Abigail Fenwright (line 3)\n',
    );
    expect(renderReportMarkdown(r, book)).toContain(
      '## Names in the review (4)\n\n4 people and places: 1 the book never mentions',
    );
    expect(renderReportMarkdown(r, book)).toContain('- **Not in the book**: Edmund Blackwood (line 1)');
    const html = renderReportHtml(r, book);
    expect(html).toContain('<h2>Names in the review (4)</h2>');
    expect(html).toContain(
      '<li class="not_in_book"><strong>Not in the book:</strong> Edmund Blackwood (line 1)</li>',
    );
    const all = checkReview('Hester keeps the keys for Captain Rook.', book, { analysis });
    expect(renderReportText(all, book)).toContain(
      '2 people and places, all in the book.\n  in the book: Hester, Captain Rook',
    );
    expect(renderReportText(checkReview('It rains all week.', book, { analysis }), book)).not.toContain(
      'NAMES',
    );
  });
});

/**
 * A short novel of our own with places the review may write more fully ("Lyme Regis" for the
 * book's "Lyme"), name after a preposition ("at Lyme", "in Bath"), or open a sentence before
 * ("Later Lady Corran", "Soon Nell Ashby").
 */
const COAST = `CHAPTER I.

Nell Ashby had a new bonnet and no wish to wear it. Her godmother, Lady Corran, took rooms in Bath every winter, and in the hall of those rooms Nell waited for the carriage.

“We go to Lyme tomorrow,” said Lady Corran. “The sea will do you good.”

“I would rather stay in Bath,” said Nell Ashby.

CHAPTER II.

They drove to Lyme in the rain. At Lyme the wind was so high that Lady Corran kept to the inn, and Nell walked on the Cobb alone, in a new cloak, thinking of Bath and of nothing at all. She was soon cold, and wished herself elsewhere.

“You will catch your death, Nell,” said Lady Corran later, and Nell laughed.

“Then I shall catch it at Lyme,” said Nell, “which is better than Bath.”
`;

describe('names in writing: places written out, after prepositions, and sentence openers', () => {
  let coast: Book;
  let coastAnalysis: ReturnType<typeof analyzeBook>;
  beforeAll(() => {
    coast = makeBook(COAST, { title: 'The Cobb' });
    coastAnalysis = analyzeBook(coast);
  });
  /** Every name listed, "!" before those the book never mentions, the character it means after "=". */
  function listed(review: string): string[] {
    const r = checkReview(review, coast, { analysis: coastAnalysis });
    return (r.names ?? []).map(
      (n) => `${n.inBook ? '' : '!'}${n.name}${n.character ? `=${n.character}` : ''}`,
    );
  }
  const cases: [string, string, string[]][] = [
    [
      'a place the book writes shorter ("Lyme Regis" for "Lyme") is the book’s',
      'Nell walks to Glasgow and then to Lyme Regis.',
      ['Nell=Nell Ashby', '!Glasgow', 'Lyme Regis'],
    ],
    [
      'a first word the book writes only as a word does not make a place the book’s',
      'Nell sails to New Amsterdam.',
      ['Nell=Nell Ashby', '!New Amsterdam'],
    ],
    [
      'a place is the book’s by its own word, not by its "Hall"',
      'Nell stays at Quellmoor Hall.',
      ['Nell=Nell Ashby', '!Quellmoor Hall'],
    ],
    [
      'a given name of the book does not make a full name the book’s',
      'Nell Blackwood laughs.',
      ['!Nell Blackwood'],
    ],
    [
      'places after a preposition, English words the book writes as names',
      'Lady Corran falls at Lyme and recovers in Bath.',
      ['Lady Corran=Lady Corran', 'Lyme', 'Bath'],
    ],
    [
      'a sentence-opening adverb is not part of a titled name',
      'Later Lady Corran scolds Nell.',
      ['Lady Corran=Lady Corran', 'Nell=Nell Ashby'],
    ],
    ['a sentence-opening adverb before a given name', 'Elsewhere Nell reads.', ['Nell=Nell Ashby']],
    ['a sentence-opening adverb before a full name', 'Soon Nell Ashby recovers.', ['Nell Ashby=Nell Ashby']],
    [
      'a sentence-opening conjunction before a title',
      'Then Lady Corran sleeps.',
      ['Lady Corran=Lady Corran'],
    ],
  ];
  for (const [what, review, expected] of cases) {
    it(what, () => {
      expect(listed(review)).toEqual(expected);
    });
  }
});
