import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import { bookFromText } from '../../src/book/build.js';
import { dialogueShare, profileBook, verseRule, writtenRule } from '../../src/profile/index.js';
import { lengthStats } from '../../src/profile/lengths.js';
import { renderProfileText } from '../../src/profile/render.js';
import { mattr } from '../../src/profile/vocabulary.js';
import { tokenize } from '../../src/text/tokenize.js';
import { characterVoices } from '../../src/voices/index.js';
import { runCli } from '../fixtures/run-cli.js';

const TIDES = path.resolve(import.meta.dirname, '../e2e/fixtures/the-book-of-tides.txt');

function profileOf(text: string) {
  const book = bookFromText(text, { title: 'Test' });
  const analysis = analyzeBook(book);
  return { book, analysis, profile: profileBook(book, analysis), voices: characterVoices(book, analysis) };
}

const words = (text: string) => tokenize(text).filter((t) => t.shape === 'word');

describe('profile measures', () => {
  it('counts the dialogue share as spoken characters over all non-space characters', () => {
    const text = '"Yes," said he.';
    // Inside the marks: "Yes," (4 characters) of 13 non-space characters.
    expect(dialogueShare(text, [{ start: 1, end: 5 }])).toBeCloseTo(4 / 13);
    // Overlapping parts are counted once.
    expect(
      dialogueShare(text, [
        { start: 1, end: 5 },
        { start: 2, end: 4 },
      ]),
    ).toBeCloseTo(4 / 13);
  });

  it('MATTR does not fall as a text repeats itself, and is null below one window', () => {
    const para = 'the quick brown fox jumps over the lazy dog while a small cat sleeps ';
    const short = words(para.repeat(40));
    const long = words(para.repeat(400));
    expect(mattr(short, 500)).toBeCloseTo(mattr(long, 500)!, 2);
    expect(mattr(words(para), 500)).toBeNull();
  });

  it('gives length percentiles and a histogram', () => {
    const s = lengthStats([3, 7, 12, 40, 1], [1, 5, 10, 20]);
    expect(s).toMatchObject({ count: 5, median: 7, min: 1, max: 40, bins: [2, 1, 1, 1] });
  });

  it('tells a letter quoted in full from speech that begins with a name', () => {
    const text =
      'She broke the seal of the letter and read:\n\n"My dear Anne,--I write in haste. ' +
      'x '.repeat(200) +
      '"\n\n"My dear Anne, you are late," said Tom.';
    const book = bookFromText(text, { title: 'T' });
    const letterStart = text.indexOf('My dear Anne,--');
    const letter = { start: letterStart, end: text.indexOf('"', letterStart), speaker: null, addressees: [] };
    const spokenStart = text.lastIndexOf('My dear Anne, you');
    const spoken = { start: spokenStart, end: spokenStart + 26, speaker: null, addressees: [] };
    expect(writtenRule(text, letter, book.structure.paragraphs)).toBe('written/salutation');
    expect(writtenRule(text, spoken, book.structure.paragraphs)).toBeNull();
  });

  it('tells verse recited from a speech wrapped over short lines, and leaves the verse out of the share', () => {
    const text =
      'She folded her hands and began:\n\n"How quick the little otter swims\n    Along the reedy shore,\nAnd dives beneath the willow limbs\n    To come up by the door!"\n\n' +
      '"Yes, we are sailing tomorrow in the\nMorning Star. Do come down\nWhen you are ready," said Tom.\n';
    const span = (from: string, to: string) => {
      const start = text.indexOf(from);
      return { start, end: text.indexOf(to, start) + to.length, speaker: null, addressees: [] };
    };
    expect(verseRule(text, span('How quick', 'door!'))).toBe('verse/lines');
    // (lines of prose wrapped short: one ends on an article)
    expect(verseRule(text, span('Yes, we are', 'ready,'))).toBeNull();
    const { profile } = profileOf(text);
    expect(profile.verseQuotes).toBe(1);
    expect(profile.dialogueShare).toBeLessThan(0.5);
  });
});

describe('profile of a whole book', () => {
  it('finds each chapter and its distinctive word, and the third person', async () => {
    const { readFileSync } = await import('node:fs');
    const { profile } = profileOf(readFileSync(TIDES, 'utf8'));
    expect(profile.narration.person).toBe('third');
    expect(profile.chapters.map((c) => c.distinctiveWords[0]?.word)).toEqual(['harbour', 'lamps', 'storm']);
    expect(profile.dialogueShare).toBeGreaterThan(0.25);
    expect(profile.dialogueShare).toBeLessThan(0.45);
    expect(profile.notes).toEqual([]);
  });

  it('reads a first-person narration', () => {
    const text = `CHAPTER I.\n\n${'I walked to the river and I sat by the water. I thought of my father, and I wept. '.repeat(20)}`;
    expect(profileOf(text).profile.narration).toMatchObject({
      person: 'first',
      rule: 'narration/first-person-narrator',
    });
  });

  it('lists the chapters a first-person book tells in the third person (as Bleak House does)', () => {
    const mine = 'I walked to the river and I sat by the water. I thought of my father, and I wept. ';
    const theirs =
      'The fog lay on the marsh. The lawyer crossed the square and his clerk followed him home. ';
    const chapter = (n: string, s: string) => `CHAPTER ${n}.\n\n${s.repeat(40)}\n\n`;
    const mixed = profileOf(chapter('I', mine) + chapter('II', theirs) + chapter('III', mine)).profile;
    expect(mixed.narration).toMatchObject({ person: 'first', thirdPersonChapters: [1] });
    expect(renderProfileText(mixed)).toContain('; 1 of 3 chapters told in the third person (2)');
    // A short chapter without an "I" is too little to tell, and a book told by "I" throughout lists none.
    const short = profileOf(
      chapter('I', mine) + `CHAPTER II.\n\n${theirs.repeat(3)}\n\n` + chapter('III', mine),
    );
    expect(short.profile.narration.thirdPersonChapters).toEqual([]);
    expect(profileOf(chapter('I', mine) + chapter('II', mine)).profile.narration.thirdPersonChapters).toEqual(
      [],
    );
  });
  it('reads a second-person narration', () => {
    const text = `${'You wake at six. You walk to the window and you see the rain; your coffee is cold. '.repeat(20)}`;
    expect(profileOf(text).profile.narration).toMatchObject({
      person: 'second',
      rule: 'narration/second-person',
    });
  });
});

describe('the text report', () => {
  it('gives long chapters in whole words with thousands separators, not "4903.0"', () => {
    const chapter = (n: string, words: number) =>
      `CHAPTER ${n}.\n\n${Array.from({ length: words / 10 }, (_, i) => `The grey boats came home late on day ${i + 1}, and rested.`).join(' ')}\n\n`;
    const { profile } = profileOf(chapter('I', 1200) + chapter('II', 1500) + chapter('III', 1800));
    const text = renderProfileText(profile);
    const row = text.split('\n').find((l) => l.startsWith('chapters'))!;
    expect(row).toMatch(/^chapters\s+3\s+1,5\d\d\s+1,5\d\d\s+1,2\d\d–1,8\d\d\s+1,8\d\d$/);
    expect(text).not.toMatch(/\d{4}/);
  });
});

describe('bad input', () => {
  it('a book with no chapters and no dialogue: zeros and notes, no crash', () => {
    const { profile, voices } = profileOf('The rain fell on the empty town. Nobody came and nobody left.');
    expect(profile.chapters).toEqual([]);
    expect(profile.dialogueShare).toBe(0);
    expect(profile.vocabulary.mattr).toBeNull();
    expect(profile.notes.join(' ')).toMatch(/No chapters were found/);
    expect(profile.notes.join(' ')).toMatch(/No dialogue was found/);
    expect(profile.notes.join(' ')).toMatch(/shorter than one 500-word window/);
    expect(voices.characters).toEqual([]);
    expect(voices.notes).toEqual(['No dialogue was found in this book: nobody talks.']);
  });

  it('a book of one chapter: no distinctive chapter words, and says why', () => {
    const { profile } = profileOf(`CHAPTER I.\n\n${'The sea was calm and the boat drifted. '.repeat(30)}`);
    expect(profile.chapters).toHaveLength(1);
    expect(profile.chapters[0]!.distinctiveWords).toEqual([]);
    expect(profile.notes.join(' ')).toMatch(/one chapter/);
  });

  it('an empty text', () => {
    const { profile } = profileOf(' ');
    expect(profile.words).toBe(0);
    expect(profile.sentenceLengths.count).toBe(0);
    expect(profile.notes).toContain('The book has no words to measure.');
  });
});

describe('voices', () => {
  it("finds each character's words, phrases, lines and whom they speak to", async () => {
    const { readFileSync } = await import('node:fs');
    const { voices } = profileOf(readFileSync(TIDES, 'utf8'));
    const rook = voices.characters.find((c) => c.name === 'Captain Rook')!;
    const wren = voices.characters.find((c) => c.name === 'Miss Wren')!;
    expect(rook.lines).toBe(12);
    expect(rook.distinctiveWords.map((k) => k.word)).toContain('thunder');
    expect(rook.distinctivePhrases[0]!.word).toBe('by thunder');
    const at = rook.firstSaid['by thunder']!;
    expect(readFileSync(TIDES, 'utf8').slice(at.start, at.end)).toBe('By thunder');
    expect(rook.addressees[0]).toMatchObject({ name: 'Miss Wren', lines: 12 });
    expect(wren.distinctiveWords.map((k) => k.word)).toContain('ledger');
    expect(wren.distinctiveWords.map((k) => k.word)).not.toContain('thunder');
  });

  it('leaves uncertain speakers out of the counts, and counts them apart', () => {
    const text = '"Storms again," said Ada. "Storms," said Ada. "Storms and more storms," said Ada.';
    const book = bookFromText(text, { title: 'T' });
    const at = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return { start, end: text.indexOf('"', start) };
    };
    const q1 = at('Storms again');
    const q2 = at('Storms,', q1.end);
    const q3 = at('Storms and');
    const quotes = [
      { ...q1, speaker: 'c0', addressees: ['c1'], confidence: 0.95 },
      { ...q2, speaker: 'c0', addressees: ['c1'], confidence: 0.5 },
      { ...q3, speaker: 'c0', addressees: [], confidence: 0.79 },
    ];
    const characters = [
      { id: 'c0', name: 'Ada' },
      { id: 'c1', name: 'Tom' },
    ];
    const ada = characterVoices(book, { characters, quotes }).characters[0]!;
    expect(ada).toMatchObject({ name: 'Ada', lines: 1, uncertainLines: 2, words: 2, addressedLines: 1 });
    expect(ada.addressees).toEqual([{ id: 'c1', name: 'Tom', lines: 1 }]);
  });
});

describe('the commands', () => {
  it('verbatim profile prints the style, and JSON with --format json', async () => {
    const text = await runCli(['profile', TIDES]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Narration:       third person');
    expect(text.stdout).toMatch(/CHAPTER III\. THE STORM\s+200\s+\d+\.\d%\s+storm/);
    const json = await runCli(['profile', TIDES, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      schema: 'verbatim-profile/1',
      narration: { person: 'third' },
    });
  });

  it('verbatim voices lists the characters, one by name, and refuses an unknown name', async () => {
    const all = await runCli(['voices', TIDES]);
    expect(all.stdout).toContain('distinctive phrases: by thunder (10)');
    const one = await runCli(['voices', TIDES, 'Wren', '--format', 'json']);
    expect(JSON.parse(one.stdout)).toMatchObject({ name: 'Miss Wren', lines: 12 });
    const none = await runCli(['voices', TIDES, 'Nobody']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no character called "Nobody"');
  });

  it('has --help for both', async () => {
    expect((await runCli(['profile', '--help'])).stdout).toContain('MATTR');
    expect((await runCli(['voices', '--help'])).stdout).toContain('whom they speak to');
  });
});
