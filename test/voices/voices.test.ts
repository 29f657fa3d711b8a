/**
 * How each character talks (src/voices): which words and phrases count as distinctive. The book is
 * built here line by line, with each quotation's speaker given, so the counts are known exactly.
 */
import { describe, expect, it } from 'vitest';
import { bookFromText } from '../../src/book/build.js';
import type { QuoteInput } from '../../src/profile/types.js';
import { logLikelihood } from '../../src/text/keyness.js';
import { characterVoices, VOICE_KEYNESS } from '../../src/voices/index.js';
import { renderVoicesText } from '../../src/voices/render.js';

/** Lines of six words each; Ada speaks a third of the words, as a main character does. */
function conversation() {
  const lines: [string, string][] = [];
  for (let i = 0; i < 12; i++) {
    const ada =
      i < 4
        ? 'Honestly now, nor the boat came.'
        : i < 6
          ? 'Nor the boat came in today.'
          : 'The boat came in very late.';
    lines.push(['c0', ada], ['c1', 'The boat came in very late.'], ['c2', 'The boat came in rather late.']);
  }
  let text = '';
  const quotes: QuoteInput[] = [];
  for (const [speaker, said] of lines) {
    const start = text.length + 1;
    text += `"${said}" she said.\n\n`;
    quotes.push({ start, end: start + said.length, speaker, addressees: [], confidence: 0.95 });
  }
  const characters = [
    { id: 'c0', name: 'Ada' },
    { id: 'c1', name: 'Ben' },
    { id: 'c2', name: 'Cal' },
  ];
  return { book: bookFromText(text, { title: 'Boats' }), analysis: { characters, quotes } };
}

describe('distinctive words and phrases', () => {
  it("lists a main character's words overused at p < 0.01, function words included", () => {
    const { book, analysis } = conversation();
    const report = characterVoices(book, analysis);
    const ada = report.characters.find((c) => c.name === 'Ada')!;
    expect(ada.words).toBe(72);
    // "honestly": 4 of Ada's 72 words, none of the others' 144: G² 8.79, under p < 0.001's 10.83.
    expect(logLikelihood(4, 0, 72, 144)).toBeCloseTo(8.79, 2);
    const words = ada.distinctiveWords.map((k) => k.word);
    expect(words).toContain('honestly');
    // "nor" is a function word, and how Ada talks.
    expect(words).toContain('nor');
    expect(ada.distinctivePhrases.map((k) => k.word)).toContain('honestly now');
    // Words everyone uses alike are not distinctive at any threshold.
    expect(words).not.toContain('boat');
    expect(words).not.toContain('the');
    expect(ada.distinctiveWords.every((k) => k.g2 >= VOICE_KEYNESS.minG2 && k.count >= 3)).toBe(true);
  });

  it('reports the measure and its thresholds in the JSON and the text', () => {
    const { book, analysis } = conversation();
    const report = characterVoices(book, analysis);
    expect(report.keyness).toEqual({ measure: 'log-likelihood', minCount: 3, minG2: 6.63, p: 0.01 });
    const text = renderVoicesText(report, 12);
    expect(text).toContain('Dunning G² ≥ 6.63, p < 0.01');
    expect(text).toMatch(/Ada: .*\n.*\n {2}distinctive words: .*honestly \(4\)/);
  });

  it('does not call a word said twice distinctive, however rare elsewhere', () => {
    const { book, analysis } = conversation();
    const cal = characterVoices(book, analysis).characters.find((c) => c.name === 'Cal')!;
    // "rather": 12 times by Cal, never by the others: distinctive. "today" is Ada's (2 uses): too few.
    expect(cal.distinctiveWords.map((k) => k.word)).toEqual(['rather']);
    const ada = characterVoices(book, analysis).characters.find((c) => c.name === 'Ada')!;
    expect(ada.distinctiveWords.map((k) => k.word)).not.toContain('today');
  });
});

describe('whom a character speaks to', () => {
  it('says the addressee may be only the neighbouring speaker, and what the count of lines means', () => {
    const { book, analysis } = conversation();
    const quotes = analysis.quotes.map((q, i) => ({ ...q, addressees: i % 3 === 0 ? ['c1'] : [] }));
    const report = characterVoices(book, { ...analysis, quotes });
    const text = renderVoicesText(report, 12);
    expect(text).toContain(
      'speaks to (12 of 12 lines: whom a line names or is tagged as said to, else the speaker before or after): Ben (12)',
    );
    expect(text).not.toContain('makes clear');
    expect(text).toMatch(
      /Ben: .*\n {2}speaks to: nobody found \(no line names anyone, and no one speaks just before or after\)/,
    );
  });
});
