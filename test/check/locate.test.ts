/**
 * Stage 4, locate: each case a review line checked against a short novel written for these tests
 * (test/fixtures/check/novel-lines.txt), and what a reader of the report sees: the verdict, the
 * book's words at the place found, how many other places hold the same line, the changed words and
 * the notes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookFromText } from '../../src/book/build.js';
import type { Book } from '../../src/book/types.js';
import { checkReview } from '../../src/check/index.js';
import type { CheckedQuote } from '../../src/check/types.js';
import { loadBookFile } from '../../src/formats/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let book: Book;

beforeAll(async () => {
  book = await loadBookFile(path.resolve(here, '../fixtures/check/novel-lines.txt'));
});

function checkOne(review: string): CheckedQuote {
  const quotes = checkReview(review, book).quotes;
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
}

const bookWords = (q: CheckedQuote) =>
  q.location ? book.text.slice(q.location.start, q.location.end).replace(/\s+/g, ' ') : null;
const changes = (q: CheckedQuote) =>
  (q.diff ?? [])
    .filter((d) => d.type !== 'same' && d.type !== 'elided')
    .map((d) => `${d.type}: ${d.review} | ${d.book}`);

interface Case {
  name: string;
  review: string;
  verdict: CheckedQuote['verdict'];
  bookWords?: string | null;
  /** How many further places hold the same line. */
  others?: number;
  changes?: string[];
  notes?: string[];
}

const cases: Case[] = [
  // 1. A short line of common words, in the book word for word.
  {
    name: 'a three-word reply the book has on its own, at each place it is a whole line',
    review: 'Martha answers: “Not at all.”',
    verdict: 'verbatim',
    bookWords: 'Not at all',
    // “Not at all.”, “Not at all,” said Martha, “Not at all,” said Mr. Crale — not "not at all afraid"
    others: 2,
    changes: [],
  },
  {
    name: 'a short line the book has twice, not the longer line that starts the same way',
    review: '“I hope not.”',
    verdict: 'verbatim',
    bookWords: 'I hope not',
    others: 1,
    changes: [],
  },
  {
    name: 'two words',
    review: 'Jem only says “Yes, sir.”',
    verdict: 'verbatim',
    bookWords: 'Yes, sir',
    others: 1,
  },
  {
    // (probe notes: "Jane Murdstone, be quiet!" against "‘Jane Murdstone,’ said her brother, ‘be
    // silent!’" was not found: the tag's words counted as room for the words to meet by chance)
    name: 'a short line misquoted across the book’s tag between its parts',
    review: 'Mr. Crale snaps, “I hope not, for the board is ready.”',
    verdict: 'altered',
    changes: ['changed: ready | waiting'],
  },
  // 2. Words closed up or hyphenated in one edition and not in another.
  {
    name: 'hand-in-hand, today and anyone against hand in hand, to-day and any one',
    review: '“Martha and Jem walked hand-in-hand to the gate today, as anyone might.”',
    verdict: 'verbatim',
    bookWords: 'Martha and Jem walked hand in hand to the gate to-day, as any one might',
    changes: ['variant: hand-in-hand | hand in hand', 'variant: anyone | any one'],
  },
  {
    name: 'the other way round: hand in hand against hand-in-hand is no misquote either',
    review: '“walked hand in hand to the gate to day”',
    verdict: 'verbatim',
    changes: ['variant: to day | to-day'],
  },
  // 3. Old spellings a modern edition changes.
  {
    name: 'chuse, connexion, surprize, recal, negociate: verbatim, spelling modernised',
    review:
      '“I could not choose but laugh when I saw the connection between the gruel and the accounts. To my surprise, the board would recall nothing, and would negotiate nothing.”',
    verdict: 'verbatim',
    changes: [
      'variant: choose | chuse',
      'variant: connection | connexion',
      'variant: surprise | surprize',
      'variant: recall | recal',
      'variant: negotiate | negociate',
    ],
    notes: [
      'spelling modernised: “choose” for the book’s “chuse”',
      'spelling modernised: “connection” for the book’s “connexion”',
      'spelling modernised: “surprise” for the book’s “surprize”',
      'spelling modernised: “recall” for the book’s “recal”',
      'spelling modernised: “negotiate” for the book’s “negociate”',
    ],
  },
  // A letter more or less in a name is no misquote, but the reader is told (probe round AF218:
  // "the Stafford family" for the book's "Strafford" reported as word for word, no note).
  {
    name: 'Greyfords for Greyford: verbatim, with the spelling noted',
    review: '“The workhouse at Greyfords stood hard by the river”',
    verdict: 'verbatim',
    changes: ['variant: Greyfords | Greyford'],
    notes: ['spelling: “Greyfords” where the book has “Greyford”'],
  },
  // 4. An article is a word: "a ass" is the point of the line.
  {
    name: 'an ass where the book has a ass',
    review: 'Mrs. Crale says “the board is an ass”.',
    verdict: 'altered',
    bookWords: 'the board is a ass',
    changes: ['changed: an | a'],
  },
  { name: 'a ass as the book has it', review: '“The board is a ass.”', verdict: 'verbatim', changes: [] },
  // 5. A famous short line misquoted in its small words.
  {
    name: 'Please sir, can I have some more? is the misquote of Please, sir, I want some more.',
    review: 'The boy asks, “Please sir, can I have some more?”',
    verdict: 'altered',
    bookWords: 'Please, sir, I want some more',
    changes: ['added: can | ', 'changed: have | want'],
  },
  {
    // (probe round AF213: "I would prefer not to make any changes." was not found)
    name: 'a short line whose last word the writer changed only in its ending still reaches the line’s end',
    review: '“I would rather not make any changes.”',
    verdict: 'altered',
    bookWords: 'I would rather not make any change',
    changes: ['changed: changes | change'],
  },
  {
    name: 'a word left out of a longer line',
    review: '“I hope I am not late.”',
    verdict: 'altered',
    bookWords: 'I hope I am not too late',
    changes: ['missing:  | too'],
  },
  {
    name: 'a clause left out silently is one change, however many words it had',
    review: '“The clerk had not the patience of waiting for his supper.”',
    verdict: 'altered',
    changes: [
      'missing:  | who',
      'missing:  | which some clerks possess',
      'missing:  | quietly',
      'changed: supper | dinner',
    ],
  },
  {
    name: 'one letter that makes another word of the book is a changed word, not a misprint',
    review: '“when I saw the connexion between the gruel and the account”',
    verdict: 'altered',
    changes: ['changed: account | accounts'],
  },
  {
    name: 'one letter that makes another English word is a changed word, even where the book lacks that word',
    review: '“In the spring the magistrate came to insect the house.”',
    verdict: 'altered',
    changes: ['changed: insect | inspect'],
  },
  {
    name: 'one letter that makes no word at all is a misprint, not a change',
    review: '“In the spring the magistrate came to inspet the house.”',
    verdict: 'verbatim',
  },
  // ...while a few common words shared with the book are no evidence,
  {
    name: 'nor a set phrase the book prints again and again, with a word of the writer’s before it',
    review: '“Elementary, my good woman.”',
    verdict: 'not_found',
  },
  {
    name: 'a short line of common words the book has only part of, inside a sentence',
    review: '“I think she is right.”',
    verdict: 'not_found',
  },
  { name: 'a common gesture with another name', review: '“Tom held out his hand.”', verdict: 'not_found' },
  // (probe round AF56: "Elinor, for shame!", from another novel, called altered at "For shame!")
  {
    name: 'a short line whole in the book but for a name the book never prints is another book’s',
    review: '“Are you afraid of Elinor?”',
    verdict: 'not_found',
  },
  {
    name: 'a short line whole in the book but for a name of its own is altered',
    review: '“Are you afraid of Greyford?”',
    verdict: 'altered',
    changes: ['changed: Greyford | the'],
  },
  // (eval:check: Alice's "Fourteenth of March, I think it was," planted as "Terrible of March…")
  {
    name: 'a short line whose first word is changed to an everyday word, capitalised, is altered',
    review: '“Lovely, sir, I want some more.”',
    verdict: 'altered',
    changes: ['changed: Lovely | Please'],
  },
  // Brackets: the writer's words for the book's are a change, marked; a clarification is not.
  {
    name: 'a bracketed substitution of other words is altered, with the substitution noted',
    review: '“the [workhouse board] is a ass, and I will tell it to its face.”',
    verdict: 'altered',
    changes: ['editorial: [workhouse board] | board'],
    notes: ["the writer's [workhouse board] stands for the book's “board”"],
  },
  {
    name: 'a bracketed clarification beside the book’s words changes none of them',
    review: '“the board [of the workhouse] is a ass, and I will tell it to its face.”',
    verdict: 'verbatim',
  },
  {
    name: 'a Markdown footnote mark inside the quotation is the writer’s, not a word',
    review: '“the board is a ass,[^2] and I will tell it to its face.”',
    verdict: 'verbatim',
    changes: [],
    notes: ['[^2]: a footnote mark'],
  },
  {
    name: 'a capital letter in brackets is the book’s word',
    review: '“[T]he board is a ass, and I will tell it to its face.”',
    verdict: 'verbatim',
    changes: [],
  },
];

describe('locate', () => {
  for (const c of cases) {
    it(c.name, () => {
      const q = checkOne(c.review);
      expect(q.verdict).toBe(c.verdict);
      if (c.bookWords !== undefined) expect(bookWords(q)).toBe(c.bookWords);
      if (c.others !== undefined) expect(q.otherLocations).toHaveLength(c.others);
      if (c.changes !== undefined) expect(changes(q)).toEqual(c.changes);
      if (c.notes !== undefined) expect(q.notes).toEqual(c.notes);
    });
  }

  it('lists every place of a repeated line, each holding the line', () => {
    const q = checkOne('“Not at all.”');
    const places = [q.location!, ...q.otherLocations].map((l) => book.text.slice(l.start, l.end));
    expect(places).toEqual(['Not at all', 'Not at all', 'Not at all']);
    // the whole reply is the best fit, in chapter II; then the others in book order
    expect([q.location!, ...q.otherLocations].map((l) => l.chapter)).toEqual([
      'CHAPTER II.',
      'CHAPTER II.',
      'CHAPTER III.',
    ]);
  });

  it('does not join the lines of two speakers in two paragraphs as one split quotation', () => {
    const q = checkOne('“Did you hear him, Martha?” he asks, “Not at all.”');
    expect(q.verdict).not.toBe('verbatim');
  });

  it('finds shew and staid as show and stayed', () => {
    for (const [review, note] of [
      ['“he would show the board no mercy”', 'spelling modernised: “show” for the book’s “shew”'],
      [
        '“Mrs. Crale stayed in the kitchen all the while.”',
        'spelling modernised: “stayed” for the book’s “staid”',
      ],
    ] as const) {
      const q = checkOne(review);
      expect(q.verdict).toBe('verbatim');
      expect(q.notes).toEqual([note]);
    }
  });
});

describe('a line the book also prints in capitals as a chapter’s motto', () => {
  it('is placed where it is spoken, not under the heading', async () => {
    const { loadBookBytes } = await import('../../src/formats/load.js');
    const text = [
      'CHAPTER I',
      '',
      'The garden was locked, and nobody had the key. Mary walked round the wall every morning.',
      '',
      '',
      'CHAPTER II',
      '',
      '"I SHALL LIVE FOREVER AND EVER!"',
      '',
      'The spring came slowly that year, and the boy grew stronger every day in the garden.',
      '',
      '"I shall live forever and ever!" he cried, and ran along the path to the wall.',
      '',
    ].join('\n');
    const motto = await loadBookBytes(new TextEncoder().encode(text), 'garden.txt');
    const q = checkReview('Colin cries, “I shall live forever and ever!”', motto).quotes[0]!;
    expect(motto.text.slice(q.location!.start, q.location!.start + 29)).toBe('I shall live forever and ever');
  });
});

describe('words in quotation marks that the book uses', () => {
  it('are found with the writer’s own article before them', async () => {
    const { loadBookBytes } = await import('../../src/formats/load.js');
    const text =
      'CHAPTER I\n\nWhen she came to live with her uncle everybody said she was the most disagreeable-looking child ever seen.\n';
    const small = await loadBookBytes(new TextEncoder().encode(text), 'child.txt');
    const q = checkReview('At the start Mary is "a disagreeable-looking child," and she knows it.', small)
      .quotes[0]!;
    expect([q.kind, q.occurrences]).toEqual(['term', 1]);
  });
});

describe('a short misquote across the book’s tag, in a full-length book', () => {
  // (probe notes: "Jane Murdstone, be quiet!" against "‘Jane Murdstone,’ said her brother, ‘be
  // silent!’" in David Copperfield was not found: the tag's words counted as room for the line's
  // words to meet by chance, and a short line must be unlikely to meet by chance)
  it('is altered, the changed word shown', () => {
    // A novel's length (about 150,000 words), its words spread as a novel's are: the name a few
    // hundred times, "be" a few thousand.
    const words = 'river lamp garden window letter morning coach table candle orchard'.split(' ');
    const filler = Array.from({ length: 12_000 }, (_, i) =>
      i % 400 === 0
        ? 'Jane Murdstone kept the keys of the house.'
        : i % 5 === 0
          ? `It was to be the ${words[i % 10]} again.`
          : `The ${words[i % 10]} and the ${words[(i * 7) % 10]} stood where they had stood on day ${i}.`,
    ).join(' ');
    const novel = bookFromText(
      `CHAPTER I.\n\n${filler}\n\n‘Jane Murdstone,’ said her brother, ‘be silent! How dare you?’\n\n${filler}\n`,
    );
    const q = checkReview('Her brother snaps, “Jane Murdstone, be quiet!”', novel).quotes[0]!;
    expect(q.verdict).toBe('altered');
    expect((q.diff ?? []).filter((d) => d.type === 'changed').map((d) => `${d.review} | ${d.book}`)).toEqual([
      'quiet | silent',
    ]);
  });
});

describe('a line joined across a tag that quotes a word of its own', () => {
  // (probe round AF118: Where Angels Fear to Tread's “Most certainly this is the proper course,” said
  // Mrs. Herriton, preferring “course” to “tactics” for Harriet's sake. “And why ever should we tell
  // Caroline?” — the joined line was matched to the tag's “course” and called altered)
  it('is verbatim, the whole tag left out', () => {
    const novel = bookFromText(
      'CHAPTER I.\n\n“Most certainly this is the proper course,” said Mrs. Crale, preferring “course” to “tactics” for the clerk’s sake. “And why ever should we tell Martha?”\n\n“She was so mixed up in the affair.”\n',
    );
    const q = checkReview(
      'Mrs. Crale says, “Most certainly this is the proper course. And why ever should we tell Martha?”',
      novel,
    ).quotes[0]!;
    expect(q.verdict).toBe('verbatim');
    // …and a line of two parts whose second is a short reply stays two people's words apart
    const two = checkReview('“Most certainly this is the proper course. She was so mixed up.”', novel)
      .quotes[0]!;
    expect(two.verdict).not.toBe('verbatim');
  });
});

describe('a line joined across a tag with a plural’s possessive in it', () => {
  // (probe round AF148: Mansfield Park's "said Sir Thomas, after a few moments' silence," — the
  // apostrophe read as a closing mark, the tag went unread, and the joined line was called altered)
  it('is verbatim, the whole tag left out, with straight or curly apostrophes', () => {
    for (const apostrophe of ["'", '’']) {
      const novel = bookFromText(
        `CHAPTER I.\n\nFanny stood before him in the cold room.\n\n"Am I to understand," said Sir Thomas, after a few moments${apostrophe} silence, "that you mean to refuse Mr. Crawford?"\n\n"Yes, sir."\n`,
      );
      const q = checkReview('“Am I to understand that you mean to refuse Mr. Crawford?” (Sir Thomas)', novel)
        .quotes[0]!;
      expect(q.verdict).toBe('verbatim');
    }
  });
});
