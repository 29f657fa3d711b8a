/**
 * Stage 3, classify: what kind of quotation a writer made, and what it is if the book turns out not
 * to have it. The table calls the stage alone; the cases at the end run whole reviews, where the
 * search decides between "the book's words" and "said outside the book".
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/book/types.js';
import { type ClassifyInput, classifyQuote } from '../../src/check/classify.js';
import { checkReview } from '../../src/check/index.js';
import { loadBookFile } from '../../src/formats/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function input(over: Partial<ClassifyInput>): ClassifyInput {
  const text = over.text ?? 'The water is never kind.';
  return {
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    block: false,
    before: '',
    after: '',
    claimedSpeaker: null,
    creditKind: null,
    speakerUnknownToBook: false,
    bookTitle: 'The Salt House',
    bookAuthor: 'Agnes Morrow',
    ...over,
  };
}

type Expect = { kind: string; ifAbsent: string | null };

const cases: [name: string, over: Partial<ClassifyInput>, expected: Expect][] = [
  ['a line with no credit', {}, { kind: 'passage', ifAbsent: null }],
  [
    'a line credited to the novel’s author is the book’s words (not found if the book lacks it)',
    { claimedSpeaker: 'Agnes Morrow', creditKind: 'author', speakerUnknownToBook: true },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'the author by surname alone',
    { claimedSpeaker: 'Morrow', creditKind: 'author', speakerUnknownToBook: true },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'a line credited to the narrator',
    { claimedSpeaker: 'the narrator', creditKind: 'narrator' },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'a credit naming no character and not the author: the book’s words if it has them, else said outside it',
    { claimedSpeaker: 'Harold Bloom', creditKind: 'character', speakerUnknownToBook: true },
    { kind: 'passage', ifAbsent: 'external' },
  ],
  [
    'a bare surname the book never uses, the author known and someone else',
    { claimedSpeaker: 'Nabokov', creditKind: 'character', speakerUnknownToBook: true },
    { kind: 'passage', ifAbsent: 'external' },
  ],
  [
    'a bare surname when the book’s author is not known: may be the author, so not excused',
    { claimedSpeaker: 'Morrow', creditKind: 'character', speakerUnknownToBook: true, bookAuthor: null },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'a few words in title case quoted in a heading are a title, whoever the heading names (probe round AF222)',
    {
      text: 'The Confession',
      before: 'TESS — ',
      after: ' (Phase the Fifth, ch. XXXV)',
      inHeading: true,
      claimedSpeaker: 'Tess',
      creditKind: 'character',
    },
    { kind: 'title', ifAbsent: null },
  ],
  [
    'a word named as a word (“teases her about the word “nicest””) is a term, in a sentence that credits someone too',
    {
      text: 'nicest',
      before: 'When he teases Catherine about the word ',
      claimedSpeaker: 'Tommy',
      creditKind: 'character',
    },
    { kind: 'term', ifAbsent: null },
  ],
  [
    // (probe round AF295: located in another's line with the word, and the credit contradicted)
    'a word the writer’s sentence uses as a noun (“about the “angel” who saved them”) is a term, credited or not',
    {
      text: 'angel',
      before: 'Later, Ruth teases her maid about the ',
      after: ' who saved them:',
      claimedSpeaker: 'Ruth',
      creditKind: 'character',
    },
    { kind: 'term', ifAbsent: null },
  ],
  [
    'a character of the book',
    { claimedSpeaker: 'Tommy', creditKind: 'character', speakerUnknownToBook: false },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'credited to a critic by the words around it: searched, external if absent',
    { before: 'As the critic James Wood puts it, ' },
    { kind: 'passage', ifAbsent: 'external' },
  ],
  [
    'a critic named elsewhere in the sentence, the line credited to one of the book’s people: theirs',
    {
      before: 'Some critics hear an echo of the narrator here; Tommy even tells her, ',
      claimedSpeaker: 'Tommy',
      creditKind: 'character',
      speakerUnknownToBook: false,
    },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    // (probe round AF88: Dracula's "Mina's journal" made a line of another novel "said elsewhere")
    'a journal of one of the book’s people is theirs, not a critic’s',
    { before: 'And Ruth’s journal sums up her life in three words: ', isBookPerson: (n) => n === 'Ruth' },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    '…a critic’s introduction is the critic’s',
    { before: 'And Bloom’s introduction sums it up in three words: ', isBookPerson: (n) => n === 'Ruth' },
    { kind: 'passage', ifAbsent: 'external' },
  ],
  [
    'a newspaper',
    { before: 'The Guardian called the book ', text: 'a quiet triumph of patience and salt.' },
    { kind: 'passage', ifAbsent: 'external' },
  ],
  [
    'cited like a source, "(Bloom 12)": searched first, said elsewhere if absent',
    { after: ' (Bloom 12).' },
    { kind: 'passage', ifAbsent: 'external' },
  ],
  [
    'a page of the novel, "(Morrow 12)" (its author): a passage, not found if absent',
    { after: ' (Morrow 12).' },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'a short line credited to one of the book’s people, then a page citation by a name the book does not know: the person’s words',
    {
      before: 'Tommy says only, ',
      text: 'Nobody sensible lives',
      after: ' (Dickens 71), and it is enough.',
      claimedSpeaker: 'Tommy',
      creditKind: 'character',
    },
    { kind: 'passage', ifAbsent: 'external' },
  ],
  [
    'a word a critic used is the critic’s',
    { before: 'what the critic calls ', text: 'salt realism', after: '.' },
    { kind: 'external', ifAbsent: null },
  ],
  ['the title of the book', { text: 'The Salt House' }, { kind: 'title', ifAbsent: null }],
  [
    // probe round Y2: the title after an author credit was an altered passage
    'the main title of a book whose title has a subtitle, with its colon or without',
    {
      text: 'The Red Badge of Courage',
      bookTitle: 'The Red Badge of Courage an Episode of the American Civil War',
    },
    { kind: 'title', ifAbsent: null },
  ],
  [
    'the title before its “or,” subtitle',
    { text: 'Frankenstein', bookTitle: 'Frankenstein; or, The Modern Prometheus' },
    { kind: 'title', ifAbsent: null },
  ],
  [
    'the first words of a title, not in title case, are words',
    {
      text: 'the red badge of courage',
      bookTitle: 'The Red Badge of Courage an Episode of the American Civil War',
    },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'words quoted in a page’s heading: a title if the book does not have them',
    { text: 'Who Said It?', inHeading: true, before: 'The Salt House — ', after: ' Worksheet' },
    { kind: 'passage', ifAbsent: 'title' },
  ],
  [
    'an article’s title in the essay’s Works Cited: a title if the book does not have it',
    { text: 'Turning the Screw of Interpretation.', inReferences: true, before: 'Felman, Shoshana. ' },
    { kind: 'passage', ifAbsent: 'title' },
  ],
  [
    'a line quoted in a heading and credited there is a line',
    { text: 'Who Said It?', inHeading: true, claimedSpeaker: 'Tommy', creditKind: 'character' },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'the title of a chapter or story, credited or not',
    {
      text: 'A Scandal in Bohemia',
      claimedSpeaker: 'Holmes',
      creditKind: 'character',
      chapterTitles: ['ADVENTURE I. A SCANDAL IN BOHEMIA', 'ADVENTURE II. THE RED-HEADED LEAGUE'],
    },
    { kind: 'title', ifAbsent: null },
  ],
  [
    'a line a chapter is named after, credited to its speaker',
    {
      text: 'The Young Adventurers, Ltd.!',
      claimedSpeaker: 'Tommy',
      creditKind: 'character',
      chapterTitles: ['CHAPTER I. THE YOUNG ADVENTURERS, LTD.'],
    },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'a chapter title under "CHAPTER III."',
    { text: 'The Pool of Tears', chapterTitles: ['CHAPTER III. The Pool of Tears'] },
    { kind: 'title', ifAbsent: null },
  ],
  [
    // (probe round AF210: a quote list's section label, found word for word, was a quotation)
    'a chapter title with the writer’s own chapter label, "Chapter 3: The Pool of Tears"',
    { text: 'Chapter 3: The Pool of Tears', chapterTitles: ['CHAPTER III. The Pool of Tears'] },
    { kind: 'title', ifAbsent: null },
  ],
  [
    'one word of a chapter title is no title',
    { text: 'Bohemia', claimedSpeaker: 'Holmes', chapterTitles: ['ADVENTURE I. A SCANDAL IN BOHEMIA'] },
    { kind: 'passage', ifAbsent: null },
  ],
  [
    'a title named as one',
    { before: 'her second novel, titled ', text: 'The Lantern Keeper' },
    { kind: 'title', ifAbsent: null },
  ],
  ['a scare-quoted word', { text: 'patient', before: 'the sea is ' }, { kind: 'term', ifAbsent: null }],
  [
    'a block quotation credited to no one',
    { block: true, text: 'The water is never kind. It is only patient.' },
    { kind: 'passage', ifAbsent: null },
  ],
];

describe('classify', () => {
  for (const [name, over, expected] of cases) {
    it(name, () => {
      const c = classifyQuote(input(over));
      expect({ kind: c.kind, ifAbsent: c.ifAbsent?.kind ?? null }).toEqual(expected);
    });
  }
});

describe('classify, then the book decides', () => {
  let novel: Book;
  beforeAll(async () => {
    const loaded = await loadBookFile(path.resolve(here, '../fixtures/check/novel.txt'));
    novel = { ...loaded, metadata: { ...loaded.metadata, author: 'Agnes Morrow' } };
  });
  const one = (review: string) => {
    const quotes = checkReview(review, novel).quotes;
    expect(quotes).toHaveLength(1);
    return quotes[0]!;
  };

  it('a line credited to someone the book never names, and in the book: a passage, the credit unknown', () => {
    const q = one('Harold Bloom writes, “The water is never kind.”');
    expect([q.kind, q.verdict, q.claimedSpeaker, q.claimedCharacter?.status, q.attribution]).toEqual([
      'passage',
      'verbatim',
      'Harold Bloom',
      'unknown',
      'unknown',
    ]);
  });

  it('the same credit on a line the book does not have: said outside the book, not checked', () => {
    const q = one('Harold Bloom writes, “The sea is a mirror of the soul.”');
    expect([q.kind, q.verdict]).toEqual(['external', 'not_checked']);
    expect(q.kindReason).toBe('credited to Harold Bloom, who is not in the book');
  });

  it('the novel’s author is not a speaker: a line in the book is the book’s words; one not in it is not found', () => {
    const found = one('Agnes Morrow writes, “The water is never kind.”');
    expect([found.kind, found.verdict, found.claimedSpeaker, found.attribution]).toEqual([
      'passage',
      'verbatim',
      null,
      'none',
    ]);
    const absent = one('As Morrow writes, “The sea is a mirror of the soul.”');
    expect([absent.kind, absent.verdict]).toEqual(['passage', 'not_found']);
  });

  it('a citation after a line of the book does not hide it from the check', () => {
    expect(one('“The water is never kind” (Morrow 12).').verdict).toBe('verbatim');
    expect(one('“The sea is a mirror of the soul” (Bloom 12).').kind).toBe('external');
  });

  it('a page of the novel cited by its author’s name: a line it does not have is not found', () => {
    const q = one('“The sea is a mirror of the soul” (Morrow 12).');
    expect([q.kind, q.verdict]).toEqual(['passage', 'not_found']);
  });

  it('a line a critic is quoted as saying, and the novel never says, is not checked', () => {
    const q = one('As the critic James Wood notes, “Morrow writes like the tide comes in.”');
    expect([q.kind, q.verdict]).toEqual(['external', 'not_checked']);
  });
});
