import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import type { Analysis } from '../../src/analysis/types.js';
import { bookFromText } from '../../src/book/build.js';
import type { Book } from '../../src/book/types.js';
import { renderMotifsText, renderTermsText } from '../../src/terms/render-text.js';
import { termsReport } from '../../src/terms/report.js';
import { NARRATION } from '../../src/terms/voices.js';

const lantern = readFileSync(path.join(import.meta.dirname, '../fixtures/lantern-keeper.txt'), 'utf8');

const CARERS = [
  'CHAPTER I.',
  '',
  'I was a carer for twelve years. The carers drove from centre to centre.',
  '',
  '"Your donation is next week," said Ruth. "Hail sham, we used to sing."',
  '',
  'CHAPTER II.',
  '',
  "A carer's life is lonely. Ruth had her fourth donation, and the hail, the sham and the hall were gone.",
  '',
  'CHAPTER III.',
  '',
  'Nobody donated again. Hail! Sham! we sang once more.',
].join('\n');

/** A book with its chapters at each "CHAPTER" line (the structure detector wants longer chapters). */
function withChapters(text: string, title: string): Book {
  const book = bookFromText(text, { title });
  const starts = [...text.matchAll(/^CHAPTER [^\n]+/gm)];
  book.structure.chapters = starts.map((m, index) => ({
    index,
    title: m[0],
    start: m.index,
    end: starts[index + 1]?.index ?? text.length,
    heading: { start: m.index, end: m.index + m[0].length },
    part: null,
  }));
  return book;
}

describe('terms', () => {
  const book = withChapters(CARERS, 'Carers');

  it('finds every inflection of a term by its stem and lists the forms found', () => {
    const [carer] = termsReport(book, null, ['carer']).terms;
    expect(carer!.total).toBe(3);
    expect(carer!.forms.map((f) => f.form).sort()).toEqual(['carer', "carer's", 'carers']);
    const [donation] = termsReport(book, null, ['donations']).terms;
    // "donation", "donation" and "donated" share the Porter stem "donat".
    expect(donation!.forms).toEqual([
      { form: 'donation', count: 2 },
      { form: 'donated', count: 1 },
    ]);
  });

  it('with exact, matches the typed form only', () => {
    const [t] = termsReport(book, null, ['carers'], { exact: true }).terms;
    expect(t!.total).toBe(1);
    expect(t!.forms).toEqual([{ form: 'carers', count: 1 }]);
  });

  it('matches a phrase as words in a row, across punctuation but not across other words', () => {
    const [t] = termsReport(book, null, ['hail sham']).terms;
    // "Hail sham," in chapter I and "Hail! Sham!" in chapter III; not "the hail, the sham".
    expect(t!.total).toBe(2);
    expect(t!.perChapter).toEqual([1, 0, 1]);
    const line = t!.concordance[0]!;
    expect(CARERS.slice(line.start, line.end)).toBe('Hail sham');
  });

  it('counts uses per chapter and gives concordance offsets into the text', () => {
    const report = termsReport(book, null, ['carer']);
    expect(report.chapters.map((c) => c.title)).toEqual(['CHAPTER I.', 'CHAPTER II.', 'CHAPTER III.']);
    const t = report.terms[0]!;
    expect(t.perChapter).toEqual([2, 1, 0]);
    for (const c of t.concordance) {
      expect(CARERS.slice(c.start, c.end).toLowerCase()).toMatch(/^carer/);
      expect(`${c.left} ${c.match} ${c.right}`).toContain(c.match);
    }
    // A line stays in its paragraph: no heading or next speech in it.
    expect(t.concordance[0]!.left).toBe('I was a ');
    expect(t.concordance[1]!.right).toBe(' drove from centre to centre.');
  });

  it('says who uses a word: narration or the speaker of the quotation it is in', () => {
    const quoteStart = CARERS.indexOf('Your donation');
    const quoteEnd = CARERS.indexOf(' we used to sing.') + ' we used to sing.'.length;
    const analysis: Analysis = {
      version: 'test',
      quoteStyle: 'double',
      characters: [
        {
          id: 'c0',
          name: 'Ruth',
          aliases: ['Ruth'],
          gender: 'female',
          mentions: 2,
          mentionOffsets: [],
          firstAppearance: 0,
        },
      ],
      quotes: [
        {
          start: quoteStart,
          end: quoteEnd,
          parts: [
            { start: quoteStart, end: CARERS.indexOf(' week,"') + 6 },
            { start: CARERS.indexOf('Hail sham,'), end: quoteEnd },
          ],
          speaker: 'c0',
          addressees: [],
          type: 'explicit',
          confidence: 0.9,
          rule: 'tag-after/said-name',
        },
      ],
      places: [],
    };
    const [donation, hail] = termsReport(book, analysis, ['donation', 'hail']).terms;
    expect(donation!.voices).toEqual([
      { voice: NARRATION, name: 'narration', count: 2 },
      { voice: 'c0', name: 'Ruth', count: 1 },
    ]);
    expect(donation!.concordance[0]!.voice).toBe('c0');
    // "said Ruth" sits between the parts: it is narration, and the second part is Ruth's again.
    expect(hail!.voices!.find((v) => v.voice === 'c0')!.count).toBe(1);
    expect(termsReport(book, null, ['donation']).terms[0]!.voices).toBeNull();
  });

  it('with a real analysis, gives a character the words of their dialogue', () => {
    const tale = bookFromText(lantern, { title: 'The Lantern Keeper' });
    const [late] = termsReport(tale, analyzeBook(tale), ['late']).terms;
    expect(late!.total).toBe(2);
    expect(late!.voices!.map((v) => v.name)).toEqual(['Tom']);
  });

  it('answers a term that never occurs with zero uses and no lines', () => {
    const [t] = termsReport(book, null, ['zeppelin']).terms;
    expect(t).toMatchObject({ total: 0, per10k: 0, forms: [], concordance: [], concordanceTruncated: false });
    expect(t!.perChapter).toEqual([0, 0, 0]);
  });

  it('caps the concordance of a term used 50,000 times and still counts every use', () => {
    const chapter = (n: number) => `CHAPTER ${n}.\n\n${'The rain fell. '.repeat(10_000)}\n\n`;
    const wet = withChapters([1, 2, 3, 4, 5].map(chapter).join(''), 'Wet');
    const [rain] = termsReport(wet, null, ['rain']).terms;
    expect(rain!.total).toBe(50_000);
    expect(rain!.perChapter).toEqual([10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(rain!.concordance).toHaveLength(200);
    expect(rain!.concordanceTruncated).toBe(true);
    // Spread over the book, not the first 200 uses: the last lines are in the last chapter.
    expect(rain!.concordance.at(-1)!.chapter).toBe(4);
  });

  it('prints counts with thousands separators, and "1 chapter" in the singular', () => {
    const chapter = (n: number) => `CHAPTER ${n}.\n\n${'The rain fell. '.repeat(10_000)}\n\n`;
    const wet = withChapters([1, 2, 3, 4, 5].map(chapter).join(''), 'Wet');
    const text = renderTermsText(termsReport(wet, null, ['rain'], { concordanceLimit: 2 }));
    expect(text).toContain('"Wet": 150,000 words, 5 chapters');
    expect(text).toContain('== rain (stem rain): 50,000 uses, 3,333.33 per 10,000 words');
    expect(text).toContain('forms: rain 50,000');
    expect(text).toContain('per chapter (5 of 5 chapters use it): CHAPTER 1. 10,000,');
    expect(text).toContain('in context (2 of 50,000, spread over the book;');
    const motifs = renderMotifsText(wet, {
      basis: 'library',
      referenceBooks: 1,
      motifs: [
        { word: 'rain', stem: 'rain', forms: ['rain'], count: 12, chapters: 1, chapterShare: 0.2, g2: 40 },
      ],
    });
    expect(motifs).toContain("the library's 1 other book (log-likelihood)");
    expect(motifs).toMatch(/rain +12 uses in 1 chapter {2}G² 40/);
  });

  it('refuses no term, a term without letters, and too many terms, with a usage error', () => {
    expect(() => termsReport(book, null, [])).toThrow(/at least one term/);
    expect(() => termsReport(book, null, ['  '])).toThrow(/at least one term/);
    expect(() => termsReport(book, null, ['!!'])).toThrow(/no words/);
    expect(() =>
      termsReport(
        book,
        null,
        Array.from({ length: 21 }, (_, i) => `w${i}x`),
      ),
    ).toThrow(/at most 20/);
  });

  it('does not count the title line, the byline or a chapter heading as uses of a word', () => {
    const text = [
      'THE STORM ROAD',
      '',
      'by Ann Teller',
      '',
      'CHAPTER I. THE STORM',
      '',
      'The storm came up the road at dusk.',
      '',
      'CHAPTER II. AFTER',
      '',
      'By morning the storm had passed.',
    ].join('\n');
    const stormy = withChapters(text, 'The Storm Road');
    stormy.metadata.author = 'Ann Teller';
    const report = termsReport(stormy, null, ['storm', 'road', 'by']);
    const [storm, road, by] = report.terms;
    expect(storm!.total).toBe(2);
    expect(storm!.perChapter).toEqual([1, 1]);
    expect(storm!.concordance[0]!.start).toBe(text.indexOf('storm came'));
    expect(road!.total).toBe(1);
    expect(by!.total).toBe(1);
    // The words of the headings are not the book's words either (per 10,000 words: of its prose).
    expect(report.words).toBe(14);
  });

  it('counts a book without chapters as one whole text', () => {
    const flat = bookFromText('The carer came. The carers went.', { title: 'Flat' });
    const report = termsReport(flat, null, ['carer']);
    expect(report.chapters).toHaveLength(1);
    expect(report.terms[0]!.perChapter).toEqual([2]);
  });
});
