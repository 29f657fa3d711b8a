import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import type { Book } from '../../src/book/types.js';
import { checkReview, MAX_REVIEW_CHARS } from '../../src/check/index.js';
import { isVerbatimError } from '../../src/errors.js';
import { loadBookBytes, loadBookFile } from '../../src/formats/load.js';
import { makeBook } from '../fixtures/test-book.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let novel: Book;

beforeAll(async () => {
  novel = await loadBookFile(path.resolve(here, '../fixtures/check/novel.txt'));
});

/** A book of `n` words of made-up prose (seeded, so the same every run). */
function proseBook(n: number): Book {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tos', 'vel', 'an', 'dri', 'sul', 'phe', 'gor', 'nim'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 1 + (next() % 3);
    let w = '';
    for (let k = 0; k < len; k++) w += syllables[next() % syllables.length];
    words.push(w);
  }
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 12) lines.push(`${words.slice(i, i + 12).join(' ')}.`);
  return makeBook(lines.join('\n'));
}

describe('checkReview', () => {
  it('checks apart two lines the writer joined with a verb between, which the book has far apart', () => {
    const joined =
      'Ruth tells him, “They come in sevens,” and asks about the boat: “Then I am not sensible?”';
    const report = checkReview(joined, novel);
    expect(report.quotes.map((q) => [q.text, q.verdict, q.claimedSpeaker])).toEqual([
      ['They come in sevens,', 'verbatim', 'Ruth'],
      ['Then I am not sensible?', 'verbatim', 'Ruth'],
    ]);
    // One speech split by its own tag stays one quotation.
    const split = checkReview(
      '“The water is never kind,” says Tommy, and adds, “It is only patient.”',
      novel,
    );
    expect(split.quotes.map((q) => [q.text, q.verdict])).toEqual([
      ['The water is never kind, It is only patient.', 'verbatim'],
    ]);
    // Two turns of one exchange, the second another's reply by the writer's own words: two lines,
    // each word for word, the reply's tag the second's alone.
    const reply = checkReview(
      'Tommy warns her: “Nobody sensible lives where the sea can reach the door!” Ruth answers, “Then I am not sensible.”',
      novel,
    );
    expect(reply.quotes.map((q) => [q.text, q.verdict, q.claimedSpeaker])).toEqual([
      ['Nobody sensible lives where the sea can reach the door!', 'verbatim', 'Tommy'],
      ['Then I am not sensible.', 'verbatim', 'Ruth'],
    ]);
    // …and so with a reply of a verb and "back" (a forum's "the housekeeper just snaps back, “…”").
    const snaps = checkReview(
      'When Tommy starts, “Nobody sensible lives where the sea can reach the door!” the keeper just snaps back, “Then I am not sensible.”',
      novel,
    );
    expect(snaps.quotes.map((q) => [q.text, q.verdict])).toEqual([
      ['Nobody sensible lives where the sea can reach the door!', 'verbatim'],
      ['Then I am not sensible.', 'verbatim'],
    ]);
    // With nothing before it, "“A,” Ruth replies, “B”" is Ruth's speech split by its tag: both hers.
    const both = checkReview(
      '“Nobody sensible lives where the sea can reach the door,” Ruth replies, “Then I am not sensible.”',
      novel,
    );
    expect(both.quotes.map((q) => q.claimedSpeaker)).toEqual(['Ruth', 'Ruth']);
    // A name the writer's line wraps is shown as one name (Dubliners' "Aunt⏎Julia"; probe AB9).
    const wrapped = checkReview('At the door Miss\nEmily says, “Then I am not sensible.”', novel);
    expect(wrapped.quotes.map((q) => q.claimedSpeaker)).toEqual(['Miss Emily']);
  });

  it('takes an article’s title in the Works Cited, and words quoted in a heading, for titles: no problem', () => {
    const review = [
      '# The Salt House — “Who Said It?” Worksheet',
      '',
      'Ruth says, “The water is never kind.”',
      '',
      '## Works Cited',
      '',
      'Hale, Dora. “Tides of Feeling in the Provincial Novel.” *Harwick Studies* 55/56 (1977): 94–207.',
    ].join('\n');
    const report = checkReview(review, novel);
    const kinds = report.quotes.map((q) => [q.text, q.kind, q.verdict]);
    expect(kinds).toContainEqual(['Who Said It?', 'title', 'not_checked']);
    expect(report.quotes.filter((q) => q.verdict === 'not_found')).toEqual([]);
  });

  it('takes the author from the Works Cited when the book has none: "(Morrow 12)" cites the novel', () => {
    const anonymous: Book = { ...novel, metadata: { ...novel.metadata, author: null } };
    const essay = 'Ruth says, “The sea took everything I had” (Morrow 12).';
    const sources = ['', 'Works Cited', '', 'Morrow, Agnes. *The Salt House*. Harwick Press, 1931.'];
    // With nothing to say whose name "Morrow" is, the citation names another source.
    expect(checkReview(essay, anonymous).quotes[0]).toMatchObject({ kind: 'external' });
    // The essay's own entry for the novel says it is the novel's author: a line the novel lacks.
    const cited = checkReview([essay, ...sources].join('\n'), anonymous).quotes[0]!;
    expect(cited).toMatchObject({ kind: 'passage', verdict: 'not_found' });
    // An entry for another book says nothing about this one.
    const other = [essay, '', 'Works Cited', '', 'Morrow, Agnes. *Harbour Lights*. Harwick Press, 1934.'];
    expect(checkReview(other.join('\n'), anonymous).quotes[0]).toMatchObject({ kind: 'external' });
  });

  it('gives offsets into the book text that hold the quoted words', () => {
    const report = checkReview('Tommy says: “The water is never kind.”', novel);
    const q = report.quotes[0]!;
    expect(q.verdict).toBe('verbatim');
    expect(novel.text.slice(q.location!.start, q.location!.end)).toBe('The water is never kind');
    expect(q.location!.chapter).toBe('CHAPTER II.');
  });

  it('reports every place a repeated line occurs', () => {
    const q = checkReview('“Nobody sensible lives where the sea can reach the door.”', novel).quotes[0]!;
    expect(q.verdict).toBe('verbatim');
    expect(q.otherLocations.map((l) => l.chapter)).toEqual(['CHAPTER III.']);
  });

  it('checks "X says" against the speaker model: supported and contradicted', () => {
    const analysis = analyzeBook(novel);
    const report = checkReview(
      '“The water is never kind,” Tommy says. Ruth insists: “It is only patient.”',
      novel,
      { analysis },
    );
    expect(report.quotes.map((q) => [q.claimedSpeaker, q.attribution, q.bookSpeaker])).toEqual([
      ['Tommy', 'supported', 'Tommy'],
      ['Ruth', 'contradicted', 'Tommy'],
    ]);
    expect(report.summary.hasProblems).toBe(true);
  });

  it('takes "he says" / "she says" to mean the nearest name of that gender, with a speaker model', () => {
    const report = checkReview(
      'When Tommy finds Ruth on the stairs, she says: “I have been counting the waves.” ' +
        'Later Ruth hears him out, and he says: “Come home with me.”',
      novel,
      { analysis: analyzeBook(novel) },
    );
    expect(report.quotes.map((q) => [q.claimedSpeaker, q.attribution])).toEqual([
      ['Ruth', 'supported'],
      ['Tommy', 'supported'],
    ]);
    expect(report.quotes[1]!.notes).toContain('“he” taken to mean Tommy');
  });

  it("without a speaker model, goes by the book's own speech tag, and never contradicts on it alone", () => {
    const report = checkReview(
      '“The water is never kind,” Tommy says. Ruth says: “The water is never kind.”',
      novel,
    );
    expect(report.quotes.map((q) => [q.claimedSpeaker, q.attribution, q.bookSpeaker])).toEqual([
      ['Tommy', 'supported', 'Tommy'],
      ['Ruth', 'unknown', 'Tommy'],
    ]);
    expect(report.quotes[0]!.evidence).toMatchObject({ source: 'book-tag' });
    expect(report.quotes[0]!.evidence!.summary).toContain('Tommy');
  });

  it('does not report a reply quoting the comment it answers; a line of the book quoted twice stays', () => {
    const thread = [
      'Tommy says: “The water is never kind.” And honestly that is the whole book in a line.',
      '',
      '> that is the whole book in a line',
      '',
      'Agreed. “The water is never kind.”',
    ].join('\n');
    const report = checkReview(thread, novel);
    expect(report.quotes.map((q) => [q.text, q.verdict])).toEqual([
      ['The water is never kind.', 'verbatim'],
      ['The water is never kind.', 'verbatim'],
    ]);
  });

  it('reads a Kindle clippings file: each highlight a quotation at its line, titles and locations none', () => {
    const clippings = [
      'The Salt House (Agnes Morrow)',
      '- Your Highlight on page 1 | Location 12-13 | Added on Monday, 3 March 2025 21:14:02',
      '',
      'The house stood at the end of the causeway, and when the tide came in it became an island.',
      '==========',
      'The Salt House (Agnes Morrow)',
      '- Your Note on page 1 | Location 13 | Added on Monday, 3 March 2025 21:15:40',
      '',
      'lovely opening',
      '==========',
      'The Salt House (Agnes Morrow)',
      '- Your Bookmark on page 2 | Location 30 | Added on Monday, 3 March 2025 21:16:00',
      '',
      '',
      '==========',
      'The Salt House (Agnes Morrow)',
      '- Your Highlight on page 2 | Location 31-32 | Added on Monday, 3 March 2025 21:17:11',
      '',
      'Nobody sensible lives where the sea can reach the door',
      '==========',
      '',
    ].join('\n');
    const report = checkReview(clippings, novel);
    expect(report.quotes.map((q) => [q.reviewLine, q.kind, q.verdict, q.text])).toEqual([
      [
        4,
        'passage',
        'verbatim',
        'The house stood at the end of the causeway, and when the tide came in it became an island.',
      ],
      [19, 'passage', 'verbatim', 'Nobody sensible lives where the sea can reach the door'],
    ]);
  });

  it('gives no partial credit for a few common words', () => {
    const q = checkReview('“It was the best of times, it was the worst of times.”', novel).quotes[0]!;
    expect(q.verdict).toBe('not_found');
    expect(q.location).toBeNull();
  });

  it('does not check a line credited to a critic, but does check one credited to the author', () => {
    const report = checkReview(
      'Harold Bloom writes: “Every great novel is an island of its own.” Morrow writes: “The tide never turns twice.”',
      novel,
    );
    // The fixture novel's title page says "by Agnes Morrow": "Morrow writes" credits the author, no speaker.
    expect(report.quotes.map((q) => [q.claimedSpeaker, q.credit?.kind, q.kind, q.verdict])).toEqual([
      ['Harold Bloom', 'character', 'external', 'not_checked'],
      [null, 'author', 'passage', 'not_found'],
    ]);
  });

  it('says so when the review quotes nothing', () => {
    const report = checkReview('A lovely book about the sea.', novel);
    expect(report.quotes).toEqual([]);
    expect(report.warnings.map((w) => w.ruleId)).toEqual(['review/no-quotations']);
    expect(report.summary.hasProblems).toBe(false);
  });

  it('finds a 5,000-word quotation, and does not find a 5,000-word invention', () => {
    const book = proseBook(6000);
    const words = book.text.split(/\s+/);
    const quotation = words.slice(300, 5300).join(' ');
    const found = checkReview(`“${quotation}”`, book).quotes[0]!;
    expect(found.verdict).toBe('verbatim');
    expect(book.text.slice(found.location!.start, found.location!.end).replace(/\s+/g, ' ')).toBe(
      quotation.replace(/\.$/, ''),
    );
    const invented = proseBook(5000).text.split(/\s+/).reverse().join(' ');
    expect(checkReview(`“${invented}”`, book).quotes[0]!.verdict).toBe('not_found');
  });

  it('checks at most 5,000 quotations and says where it stopped', () => {
    const review = Array.from({ length: 5001 }, (_, i) => `Line ${i}: the “sea”.`).join('\n');
    const report = checkReview(review, novel);
    expect(report.quotes).toHaveLength(5000);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ ruleId: 'review/too-many-quotations', line: 5001 }),
    );
  });

  it('warns when the review is in another language than the book', () => {
    const review =
      'Ce roman est une petite merveille. La maison de sel se dresse au bout de la chaussée, et quand la marée ' +
      'monte elle devient une île. Ruth y vit depuis la mort de sa mère; Tommy vient chaque dimanche avec des ' +
      'oranges. Mademoiselle Emily dit que « la mer tient ses propres comptes ». Un livre à lire absolument.';
    const report = checkReview(review, novel);
    expect(report.warnings.map((w) => w.ruleId)).toContain('review/language');
    expect(report.quotes[0]!.verdict).toBe('not_found');
  });

  it('refuses an enormous review, a binary one and a book without text, with clear errors', () => {
    const huge = 'word '.repeat(MAX_REVIEW_CHARS / 5 + 1);
    expect(() => checkReview(huge, novel)).toThrow(/reviews up to/);
    expect(() => checkReview('abc\u0000def', novel)).toThrow(/not text/);
    const empty = makeBook('   \n');
    try {
      checkReview('“hello”', empty);
      expect.unreachable();
    } catch (e) {
      expect(isVerbatimError(e) && e.code === 'empty_input').toBe(true);
    }
  });
});

describe('checkReview: list items with a credit and a chapter in brackets', () => {
  // (probe round AF95: "- I forbid you! (Caroline Abbott, Ch. 7)" was not found, the bracket taken in)
  it('leaves "(Tommy’s mother)" out of the words, and reads the credit', () => {
    // (probe round AF100: "(Ronny's mother)" was taken into the words, called altered)
    const q = checkReview('Lines easy to miss:\n\n- The water is never kind. (Tommy’s mother)\n', novel)
      .quotes[0]!;
    expect([q.text, q.verdict, q.claimedSpeaker]).toEqual([
      'The water is never kind.',
      'verbatim',
      'Tommy’s mother',
    ]);
  });
  it('leaves "(Tommy Quill, Ch. 5)" out of the words, in any case, and reads the credit', () => {
    const quotes = checkReview(
      'Lines easy to miss:\n\n- The water is never kind. (Tommy Quill, Ch. 5)\n- Nobody sensible lives where the sea can reach the door. (Mrs. Ashby, Chapter II)\n',
      novel,
    ).quotes;
    expect(quotes.map((q) => [q.text, q.verdict, q.claimedSpeaker])).toEqual([
      ['The water is never kind.', 'verbatim', 'Tommy Quill'],
      ['Nobody sensible lives where the sea can reach the door.', 'verbatim', 'Mrs. Ashby'],
    ]);
  });
});

describe('checkReview: a repeated line where the quotations beside it are', () => {
  const filler = 'The rain kept on against the windows of the long room all that week. '.repeat(40);
  const text = [
    'CHAPTER I.',
    '“Sit down by the fire,” he said, pushing forward a chair for the inspector.',
    filler,
    'CHAPTER II.',
    filler,
    '“Sit down by the fire,” I said grimly. “Have you found a clue that will hang me, Mr. Jamieson?”',
  ].join('\n\n');
  const book = makeBook(text);

  it('places the line at the place next to the neighbour the review quotes with it', () => {
    const r = checkReview(
      'When the detective arrives, she says, “Sit down by the fire,” and asks whether he has “found a clue that will hang me.”',
      book,
    );
    const [sit, clue] = r.quotes;
    expect(clue!.otherLocations).toHaveLength(0);
    expect(sit!.kind).toBe('passage');
    expect(sit!.location!.start).toBe(text.lastIndexOf('Sit down'));
    expect(sit!.otherLocations.map((l) => l.start)).toEqual([text.indexOf('Sit down')]);
  });

  it('keeps the first place where no neighbour is near one', () => {
    const r = checkReview(
      'She says, “Sit down by the fire.”\n\nThe rain is the real subject of the book.',
      book,
    );
    expect(r.quotes[0]!.location!.start).toBe(text.indexOf('Sit down'));
  });
});

describe('checkReview: a repeated line in the chapter the writer cites', () => {
  const filler = 'The rain kept on against the windows of the long room all that week. '.repeat(40);
  let book: Book;
  let text: string;
  beforeAll(async () => {
    const source = [
      'CHAPTER I.',
      '“Sit down by the fire,” he said, pushing forward a chair for the inspector.',
      filler,
      'CHAPTER II.',
      filler,
      'CHAPTER III.',
      '“Sit down by the fire,” I said grimly, and went to the window.',
      filler,
    ].join('\n\n');
    book = await loadBookBytes(new TextEncoder().encode(source), 'rain.txt');
    text = book.text;
  });

  // (probe round AF85: Main Street's "Huh!" — Dr. Kennicott (Ch. 36) was placed at the first of 23)
  it('places the line in the cited chapter, and says so', () => {
    const q = checkReview('“Sit down by the fire.” — the narrator (Ch. 3)', book).quotes[0]!;
    expect(q.location!.start).toBe(text.lastIndexOf('Sit down'));
    expect(q.location!.chapter).toBe('CHAPTER III.');
    expect(q.otherLocations.map((l) => l.start)).toEqual([text.indexOf('Sit down')]);
    expect(q.notes).toContain('placed in the chapter the writer cites (3), of 2 places');
  });

  it('reads “chapter III” after the line and “Ch. 3:” before it', () => {
    for (const review of ['“Sit down by the fire.” (chapter III)', 'Ch. 3: “Sit down by the fire.”']) {
      expect(checkReview(review, book).quotes[0]!.location!.chapter).toBe('CHAPTER III.');
    }
  });

  it('keeps the first place when the cited chapter holds none of them, or nothing is cited', () => {
    for (const review of ['“Sit down by the fire.” (Ch. 2)', '“Sit down by the fire.” (p. 3)']) {
      expect(checkReview(review, book).quotes[0]!.location!.start).toBe(text.indexOf('Sit down'));
    }
  });
});

describe('checkReview: a repeated line shown where the credited speaker says it', () => {
  const filler = 'The rain kept on against the windows of the long room all that week. '.repeat(40);
  let book: Book;
  let analysis: ReturnType<typeof analyzeBook>;
  let third: Book;
  let thirdAnalysis: ReturnType<typeof analyzeBook>;
  beforeAll(async () => {
    const source = [
      'CHAPTER I.',
      '“Sit down by the fire,” said Ruth Ashby, pushing forward a chair for Tommy.',
      '“Thank you,” said Tommy Quill.',
      filler,
      'CHAPTER II.',
      '“Sit down by the fire,” said Tommy Quill, and went to the window.',
      '“I would rather stand,” said Ruth Ashby.',
      filler,
    ].join('\n\n');
    book = await loadBookBytes(new TextEncoder().encode(source), 'rain.txt');
    analysis = analyzeBook(book);
    const withThird = [
      source,
      'CHAPTER III.',
      '“Sit down by the fire,” said Ruth Ashby, and she laughed.',
      '“I will not,” said Tommy Quill.',
      filler,
      '“Sit down by the fire,” said Tommy Quill at last.',
      '“Very well,” said Ruth Ashby.',
    ].join('\n\n');
    third = await loadBookBytes(new TextEncoder().encode(withThird), 'rain3.txt');
    thirdAnalysis = analyzeBook(third);
  });

  // (probe round AF85: "Of course I do," credited to Clara, was shown at Burne's and supported by hers)
  it('shows the place where the credit is supported, and says why', () => {
    const q = checkReview('Tommy Quill says, “Sit down by the fire.”', book, { analysis }).quotes[0]!;
    expect(q.attribution).toBe('supported');
    expect(q.location!.chapter).toBe('CHAPTER II.');
    expect(q.notes).toContain('shown where the credited speaker says these words, of 2 places');
    expect(q.notes).not.toContain(
      'the same words occur elsewhere in the book, where the credited speaker says them',
    );
  });

  it('keeps the place the writer’s chapter citation chose', () => {
    const q = checkReview('Tommy Quill says, “Sit down by the fire.” (Ch. 1)', book, { analysis }).quotes[0]!;
    expect(q.location!.chapter).toBe('CHAPTER I.');
  });

  // (probe round AF93: "| “Hullo!” | George | Ch. 12 |", where Chapter XII has Freddy's "Hullo!" first)
  it('within the cited chapter, shows the place where the credited speaker says it', () => {
    const q = checkReview(
      '| Quote | Speaker | Chapter |\n|---|---|---|\n| “Sit down by the fire.” | Tommy Quill | Ch. 3 |',
      third,
      {
        analysis: thirdAnalysis,
      },
    ).quotes[0]!;
    expect(q.location!.chapter).toBe('CHAPTER III.');
    expect(q.location!.start).toBe(third.text.lastIndexOf('Sit down'));
    expect(q.attribution).toBe('supported');
  });
});

describe('checkReview: an altered line found equally well at two places', () => {
  // (probe round AF144: "Her name's Gloria Gilbert?" was shown at Anthony's "Name's Gloria
  // Gilbert?", where the credit is supported, with the diff against Dick's "Her name's Gloria.")
  it('shows the diff against the place it shows', async () => {
    const filler = 'The rain kept on against the windows of the long room all that week. '.repeat(30);
    const source = [
      'CHAPTER I',
      'Dick came in from the street and threw his hat upon the table.',
      '"I have met a girl," said Dick. "Her name\'s Gloria."',
      '"Oh?" said Anthony. He did not look up from his book.',
      filler,
      'CHAPTER II',
      'Weeks later Anthony sat with Dick by the fire, and the talk came back to the girl.',
      '"She is the cousin of a friend of mine," said Dick.',
      '"Name\'s Gloria Gilbert?" cried Anthony, sitting up at once.',
      '"The very same," said Dick, and he laughed at him.',
    ].join('\n\n');
    const book = await loadBookBytes(new TextEncoder().encode(source), 'gloria.txt');
    const q = checkReview('Anthony cries, “Her name’s Gloria Gilbert?”', book, {
      analysis: analyzeBook(book),
    }).quotes[0]!;
    expect(q.attribution).toBe('supported');
    expect(q.location!.chapter).toBe('CHAPTER II');
    expect(q.verdict).toBe('altered');
    // the words the place shown has, and the one the writer added to them
    expect(q.diff!.filter((d) => d.type !== 'same').map((d) => [d.type, d.review])).toEqual([
      ['added', 'Her'],
    ]);
    expect(book.text.slice(q.location!.start, q.location!.end)).toBe("Name's Gloria Gilbert");
  });
});

describe('an unmarked list item credited in parentheses by a relation and a name, or a description', () => {
  // (probe round AF146: "(her sister, Mrs. Pett)" taken as words of the quotation, called altered)
  it('is verbatim, and the credit is the name', async () => {
    const source = [
      'CHAPTER I',
      'Mrs. Pett looked at her sister across the drawing-room, and the boy Ogden sat between them.',
      '"Ogden!" said Mrs. Pett.',
      '"Must you really go? It was sweet of you to bother to come all the way from America like this," said Mrs. Crocker.',
      'Mrs. Pett rose and went to the window without a word.',
    ].join('\n\n');
    const book = await loadBookBytes(new TextEncoder().encode(source), 'pett.txt');
    const quotes = checkReview(
      'Lines I keep:\n\n- Ogden! (Mrs. Pett)\n- Must you really go? It was sweet of you to bother to come all the way from America like this. (her sister, Mrs. Crocker)\n- Mrs. Pett rose and went to the window without a word. (the story-teller)',
      book,
      { analysis: analyzeBook(book) },
    ).quotes;
    expect(quotes.map((q) => [q.verdict, q.claimedSpeaker])).toEqual([
      ['verbatim', 'Mrs. Pett'],
      ['verbatim', 'Mrs. Crocker'],
      // (probe round AF150: "(the saloon-keeper)", a noun with a hyphen, taken with the words)
      ['verbatim', 'the story-teller'],
    ]);
  });
});

describe('an unmarked list item credited in parentheses by a name with an elided particle, or a name and a verb', () => {
  // (probe rounds AF168, AF163: "(Alec d'Urberville)" and "(Begbie shoots back)" taken as words of
  // the quotation, called altered; the second not read as a credit)
  it('is verbatim, and the credit is the name', async () => {
    const source = [
      'CHAPTER I',
      '"Well, my Beauty, what can I do for you?" said Alec d\'Urberville, coming forward.',
      '"Then I shall walk to the station!" said Mr. Begbie.',
      '"Then I shall meet you at the gate!" said Begbie, and turned away.',
    ].join('\n\n');
    const book = await loadBookBytes(new TextEncoder().encode(source), 'begbie.txt');
    const quotes = checkReview(
      "Lines I keep:\n\n- Well, my Beauty, what can I do for you? (Alec d'Urberville)\n- Then I shall walk to the station! (Mr. Begbie)\n- Then I shall meet you at the gate! (Begbie shoots back)",
      book,
      { analysis: analyzeBook(book) },
    ).quotes;
    expect(quotes.map((q) => [q.verdict, q.claimedSpeaker])).toEqual([
      ['verbatim', "Alec d'Urberville"],
      ['verbatim', 'Mr. Begbie'],
      ['verbatim', 'Begbie'],
    ]);
  });
});

describe('a possessive credit right after another quotation of the book’s words', () => {
  // (probe round AF121: "When Mary Crawford mocks the name "Mr. Edmund Bertram", Fanny's reply is
  // telling: “How differently we feel!”" — the name is the book's words too, and the comma after it
  // kept "Fanny's reply" from being read)
  it('credits the person whose reply it is', () => {
    const book = makeBook(
      'CHAPTER I.\n\n“Mr. Edmund Bertram sounds so cold,” said Mary.\n\n“How differently we feel!” cried Fanny.\n',
    );
    const quotes = checkReview(
      'When Mary mocks the name "Mr. Edmund Bertram", Fanny’s reply is telling: “How differently we feel!”',
      book,
    ).quotes;
    expect(quotes.map((q) => q.text)).toEqual(['Mr. Edmund Bertram', 'How differently we feel!']);
    expect(quotes[1]!.claimedSpeaker).toBe('Fanny');
  });
});

describe('a quotation split by a tag whose parts the book has with speech between them', () => {
  // (probe round AF172: “Let me go,” he cries. “You are an ogre.” was reported as one verbatim
  // quotation, though the book has thirteen words of the child's speech between the two parts)
  const book = makeBook(
    'CHAPTER I.\n\n“Let me go,” he cried; “monster! Ugly wretch! You wish to eat me and tear me to pieces. You are an ogre.”\n\n“I will come,” she said, after a long while; “it is late, and the lamps are lit.”\n',
  );

  it('is not one verbatim quotation: the speech left out between the parts is no tag', () => {
    const quotes = checkReview('The boy fights: “Let me go,” he cries. “You are an ogre.”', book).quotes;
    const joinedVerbatim = quotes.filter(
      (q) => q.verdict === 'verbatim' && q.text.includes('Let me go') && q.text.includes('ogre'),
    );
    expect(joinedVerbatim).toEqual([]);
    // each part is the book's, word for word
    expect(quotes.every((q) => q.verdict === 'verbatim' || q.verdict === 'altered')).toBe(true);
  });

  it('is one verbatim quotation where only the tag stands between the parts', () => {
    const quotes = checkReview(
      'She relents: “I will come,” she says. “It is late, and the lamps are lit.”',
      book,
    ).quotes;
    expect(quotes.map((q) => q.verdict)).toEqual(['verbatim']);
    expect(quotes[0]!.text).toContain('lamps');
  });
});

describe('a short line the book prints at several places, one of them ending as the writer’s does', () => {
  // (probe round AF170: “Ah!” shown at Silver's "“Ah,” said Silver, “it were…”" before the captain's
  // "“Ah!” said the captain, and that was all he said")
  const book = makeBook(
    'CHAPTER I.\n\n“Ah,” said Silver, “it were fortunate for me that I had the doctor.”\n\nThe captain lay quite still.\n\n“Ah!” said the captain, and that was all he said.\n',
  );

  it('is shown at the place with the writer’s “!”', () => {
    const q = checkReview('The wounded captain says almost nothing: “Ah!”', book).quotes[0]!;
    expect(q.verdict).toBe('verbatim');
    expect(book.text.slice(q.location!.start, q.location!.end + 1)).toBe('Ah!');
    expect(q.otherLocations.length).toBe(1);
  });

  it('a comma or a full stop chooses nothing: the first place, as before', () => {
    const q = checkReview('The cook only says: “Ah.”', book).quotes[0]!;
    expect(book.text.slice(q.location!.start, q.location!.end + 1)).toBe('Ah,');
  });
});
