import { describe, expect, it } from 'vitest';
import { isCreditLine } from '../../src/check/extract/trailer.js';
import type { ExtractBook } from '../../src/check/extract/types.js';
import { bookEvidence, isBookWords } from '../../src/check/extract/unmarked.js';
import { buildBookIndex } from '../../src/check/locate/book-index.js';
import { extract, fixtureBook, found } from './extract-helpers.js';

const book = fixtureBook();

/** Words the writer set off without marks that are the book's own: quotations. */
const BOOK_WORDS: [string, string, string[]][] = [
  [
    'an own paragraph, word for word',
    'What stays with me:\n\nThe storm came in October. By morning the lamp was out and the lower rooms were full of sand.\n\nNothing more.',
    [
      'unmarked: The storm came in October. By morning the lamp was out and the lower rooms were full of sand.',
    ],
  ],
  [
    'an own paragraph, one word changed',
    'The storm came in November. By morning the lamp was out and the lower rooms were full of sand.\n',
    [
      'unmarked: The storm came in November. By morning the lamp was out and the lower rooms were full of sand.',
    ],
  ],
  [
    'a short line of dialogue',
    'Tommy, at the door:\n\nThe water is never kind.\n',
    ['unmarked: The water is never kind.'],
  ],
  [
    'a book passage with its dialogue marks, pasted as a paragraph',
    'Tommy found Ruth on the stairs, wrapped in a blanket, reading aloud to nobody. “I have been counting the waves,” said Ruth.\n',
    [
      'unmarked: Tommy found Ruth on the stairs, wrapped in a blanket, reading aloud to nobody. “I have been counting the waves,” said Ruth.',
    ],
  ],
  [
    // (probe round AF111: neither item reported)
    'list items credited with a part and a chapter in words',
    'The voices turn tired:\n\n- The water is never kind. (Tommy, Book Three, Ch. 2)\n- I have been counting the waves. (Ruth, Part One, ch. 4)\n',
    ['list-item: The water is never kind.', 'list-item: I have been counting the waves.'],
  ],
  [
    // (probe round AF116: "(narration)" and "(the old hag Gagool)" taken into the words, called altered)
    'list items credited to the narration, or to a person described and named',
    'The voices:\n\n- The water is never kind. (narration)\n- I have been counting the waves. (the old keeper Ruth)\n',
    ['list-item: The water is never kind.', 'list-item: I have been counting the waves.'],
  ],
];

/** The writer's own prose, sharing names and words with the book: never a quotation. */
const PROSE: [string, string][] = [
  [
    'plot summary with names',
    'Ruth lives alone in the Salt House, and Tommy visits her every Sunday with oranges.',
  ],
  ['a short summary line', 'Tommy finds Ruth on the stairs.'],
  ['paraphrase of a line', 'Tommy tells Ruth that the water is patient rather than kind.'],
  ['analysis', 'The novel is about how the sea keeps taking what people try to hold on to.'],
  [
    'close paraphrase of a sentence',
    'In the end the lesson is only that the sea will always keep its accounts.',
  ],
  ['a heading-like line of names', 'Ruth, Tommy and Miss Emily'],
  [
    'an essay’s MLA heading, one line each (the teacher’s name below is no credit)',
    'Anna Kowalski\nEnglish 10, Period 3\nMs. Reyes\n14 November 2026\n\nThe Salt House and the Sea\n\nRuth lives alone.',
  ],
  [
    '…and without the date, opening the page',
    'Maria Lopez\nEnglish 10, Period 3\nMr. Carter\n\n        The Salt House and the Sea\n\nRuth lives alone.',
  ],
  [
    // (probe round AF122: "Maria Lopez⏎English 202 — Final Essay" reported as a quotation credited to "Final")
    'an essay’s heading: a name, a course and a dash',
    'Maria Lopez\nEnglish 202 — Final Essay\n\nRuth lives alone.',
  ],
  [
    'answers under the writer’s own label',
    'Who lives in the Salt House?\n\nAnswer: Tommy found Ruth on the stairs, wrapped in a blanket.',
  ],
  [
    // (probe round AF111: "*Answer: Chief Inspector Heat*" reported as the quotation “Chief Inspector Heat*”)
    '…and under the label in emphasis',
    'Who lives in the Salt House?\n\n*Answer: Tommy found Ruth on the stairs, wrapped in a blanket.*\n\n**Answer:** Tommy found Ruth on the stairs, wrapped in a blanket.',
  ],
  [
    'the writer quoting a few words inside prose',
    'Miss Emily thinks the house has “taught us all a lesson”, but which one?',
  ],
];

describe('unmarked quotations: the book’s own words', () => {
  it.each(BOOK_WORDS)('%s', (_name, text, expected) => {
    expect(found(text, book)).toEqual(expected);
  });
});

describe('a book that lost its apostrophes', () => {
  // Written for this test: the book prints "don t" and "I m", as some etexts do.
  const text = [
    'CHAPTER I.',
    '"No! no!" cried the young man. "You don t escape me now. I m not a fool."',
    'He held the door shut and would not move.',
  ].join('\n\n');
  const lost: ExtractBook = { text, index: buildBookIndex(text) };

  it('still finds the writer’s contractions set off without marks', () => {
    expect(
      found('At the opera he will not let him go:\n\n- No! no! You don’t escape me now.\n', lost),
    ).toEqual(['list-item: No! no! You don’t escape me now.']);
  });
});

describe('credit lines are no quotations', () => {
  it('a dash, a name and an epithet in title case', () => {
    // (probe round AF120: "— Nyleptha, the White Queen" reported as a quotation of the book's words)
    expect(isCreditLine('— Nyleptha, the White Queen')).toBe(true);
    expect(isCreditLine('— Sorais, the Lady of the Night')).toBe(true);
    expect(isCreditLine('— Nyleptha, the White Queen was angry')).toBe(false);
  });
  it('a paragraph of a dash and a name the book also prints is the credit of the line above', () => {
    // (probe round AF216: "<p>— Long John Silver</p>" reported as a verbatim quotation of the
    // book's narration, and the line above it left without its credit)
    const text = [
      'CHAPTER I.',
      'They called him Long Tom Quill in every port from Bristol to the Cape.',
      '"Wind and water! Wind and water!" he sang at the helm.',
    ].join('\n\n');
    const named: ExtractBook = { text, index: buildBookIndex(text) };
    // (the page's "<li><p>“…”</p><p>— Long Tom Quill</p>…" as the HTML reader gives it)
    const page = '1. “Wind and water! Wind and water!”\n\n— Long Tom Quill\n\nA refrain of his.\n';
    expect(found(page, named)).toEqual(['list-item: Wind and water! Wind and water!']);
  });
});

describe('the writer’s own prose is not a quotation', () => {
  it.each(PROSE)('%s', (_name, text) => {
    expect(found(text, book).filter((q) => q.startsWith('unmarked'))).toEqual([]);
  });
});

describe('without the book', () => {
  it('finds no unmarked quotations and no unmarked list items', () => {
    expect(
      found('The water is never kind.\n\n- I have been counting the waves.\n- They come in sevens.\n'),
    ).toEqual([]);
  });
});

describe('the evidence', () => {
  it('gives share, run and verdict from the locate stage', () => {
    const s = 'The water is never kind. It is only patient.';
    const e = bookEvidence(s, [{ start: 0, end: s.length }], book);
    expect(e).toMatchObject({ words: 9, share: 1, run: 9, errors: 0, verdict: 'verbatim' });
    expect(isBookWords(e)).toBe(true);
    const p = 'Tommy says the water is patient and never kind to anyone.';
    expect(isBookWords(bookEvidence(p, [{ start: 0, end: p.length }], book))).toBe(false);
  });

  it('marks the rule that found an unmarked quotation', () => {
    expect(extract('The water is never kind.\n', book).quotes[0]).toMatchObject({
      ruleId: 'extract/unmarked-aligned',
      setOff: 'unmarked',
      block: true,
    });
  });
});

describe('the writer’s own lines that only look set off', () => {
  it('a name in capitals and a title in capitals after its colon is a heading, no line (probe round AF224)', () => {
    const text =
      'SHERLOCK HOLMES: THE BEST LINES, AS A SCRIPT\n\nTOMMY: Nobody sensible lives there.\nQUEEN: OFF WITH HER HEAD!\n';
    expect(found(text)).toEqual([
      'screenplay: Nobody sensible lives there.',
      'screenplay: OFF WITH HER HEAD!',
    ]);
  });
  it('a byline and the publication after its dash are no quotation and no credit (probe round AF281)', () => {
    // ("by T. Hallam" was reported as a quotation not in the book, credited to "Slow Books")
    const review =
      '# The Salt House, reconsidered\n\nby T. Hallam — Slow Books Review\n\nTommy says, "You will catch your death out here."\n';
    expect(found(review, book)).toEqual(['quote-marks: You will catch your death out here.']);
  });
  it('a forum post’s indented sign-off is no block quotation (probe round AF271)', () => {
    const post =
      'Tommy says, "You will catch your death out here."\n\nHope that helps. Short version: Ruth stays and the sea waits.\n\n  -- quill_and_ink\n';
    expect(found(post, book)).toEqual(['quote-marks: You will catch your death out here.']);
  });
  it('a title in capitals keeps its bracketed gloss in small letters (probe round AF269)', () => {
    // (read as Ellen's line, not found, with the subtitle below it joined on)
    const text =
      'RUTH HALE: KEY QUOTATIONS (Chapter IX, the visit to the causeway)\nRevision sheet -- Year 11 English\n\nTOMMY: Nobody sensible lives there.\n';
    expect(found(text)).toEqual(['screenplay: Nobody sensible lives there.']);
  });
  it('a list item’s own paragraph under a label (“*Analysis:* …”) is no quotation of a quote list', () => {
    // (probe round AF218: reported as a quotation not found, the list counted as one of quotations
    // by the screenplay line and the block quote beside it)
    const text = [
      '4. Miss Emily: "The sea keeps its own accounts."',
      '   *Analysis:* Miss Emily is sure of herself and wrong; the author makes her a figure of fun.',
      '5. The most quoted line:',
      '   > Nobody sensible lives where the sea can reach the door.',
    ].join('\n\n');
    expect(found(text, book)).toEqual([
      'screenplay: The sea keeps its own accounts.',
      'block-quote: Nobody sensible lives where the sea can reach the door.',
    ]);
  });
  it('a dropped h is no quote mark: "Eat \'im!" is no quotation “im!”', () => {
    // (probe round AF101: reported as "im!", and the single-quoted line after it lost)
    expect(found("Tommy:\n\nEat 'im!\n\nThe headman: 'Catch 'im. Give 'im to us.'\n", book)).toEqual([
      "quote-marks: Catch 'im. Give 'im to us.",
    ]);
  });
  it("dialect’s elided words are no quote marks: “I’m 'fraid of 'em” (probe round AF204)", () => {
    // (reported as the quotation “fraid of 'em all”, not found, and the line it stood in lost)
    expect(found("Tommy says he is 'fraid of 'em all.\n")).toEqual([]);
  });
  it('a list of themes under a heading that mentions quotes: only the marked words', () => {
    const text =
      '### Themes these quotes illustrate\n\n1. **Loneliness** – Ruth’s life on the island.\n2. **Patience** – Tommy’s “only patient” water.\n';
    expect(found(text, book)).toEqual(['quote-marks: only patient']);
  });
  it('a site’s badge in brackets after the writer’s line is no speaker: "(Expert)"', () => {
    expect(found('Best answer · from salt_reader. (Expert)\n\nTommy says it.\n', book)).toEqual([]);
    // a name of the book's in brackets still credits an own paragraph as a quotation
    expect(found('Nobody sensible lives on a causeway. (Tommy)\n', book)).toHaveLength(1);
  });
  it('a relation in brackets after a list item’s words credits them; it is no part of them', () => {
    // (probe round AF80: "… a kind man. (her father)" was taken into the words, and called altered)
    expect(
      found(
        'Lines easy to miss:\n\n- The water is never kind. (her father)\n- Nobody sensible lives where the sea can reach the door. (Ruth)\n',
        book,
      ),
    ).toEqual([
      'list-item: The water is never kind.',
      'list-item: Nobody sensible lives where the sea can reach the door.',
    ]);
  });
});
