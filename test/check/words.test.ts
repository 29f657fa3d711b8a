import { describe, expect, it } from 'vitest';
import { compareWords, oldSpelling, wordsOf } from '../../src/check/locate/words.js';

describe('words as the checker compares them', () => {
  it('ignores case, curly apostrophes, underscores, diacritics and line-end hyphenation, keeping offsets', () => {
    const text = 'Don’t _You_ see the café? It was to-\nday.';
    const words = wordsOf(text);
    expect(words.map((w) => w.norm)).toEqual(['dont', 'you', 'see', 'the', 'cafe', 'it', 'was', 'today']);
    const today = words[words.length - 1]!;
    expect(text.slice(today.start, today.end)).toBe('to-\nday');
    expect(text.slice(words[1]!.start, words[1]!.end)).toBe('You');
  });

  it('treats spelling variants and OCR misreadings as variants', () => {
    for (const [a, b] of [
      ['colour', 'color'],
      ['realise', 'realize'],
      ['travelled', 'traveled'],
      ['shew', 'show'],
      ['sensib1e', 'sensible'],
      ['irnaginable', 'imaginable'],
      ['wben', 'when'],
      ['acknowledgd', 'acknowledged'],
    ] as const) {
      expect(compareWords(a, b), `${a} / ${b}`).toBe('variant');
    }
  });

  it('keeps real word changes different', () => {
    for (const [a, b] of [
      ['fool', 'genius'],
      ['house', 'horse'],
      ['loved', 'lived'],
      ['cat', 'eat'],
      ['kindness', 'patience'],
      // an article is a word: "the law is a ass" is not "the law is an ass"
      ['a', 'an'],
      ['an', 'a'],
      ['the', 'a'],
    ] as const) {
      expect(compareWords(a, b), `${a} / ${b}`).toBe('different');
    }
  });

  it('takes old spellings a modern edition changes for the same word, and says which is old', () => {
    for (const [modern, old] of [
      ['choose', 'chuse'],
      ['choosing', 'chusing'],
      ['showed', 'shewed'],
      ['connection', 'connexion'],
      ['surprised', 'surprized'],
      ['recall', 'recal'],
      ['negotiation', 'negociation'],
      ['stayed', 'staid'],
      ['ankle', 'ancle'],
      ['control', 'controul'],
    ] as const) {
      expect(compareWords(modern, old), `${modern} / ${old}`).toBe('variant');
      expect(oldSpelling(modern, old), `${modern} / ${old}`).toEqual({ old, modern });
      expect(oldSpelling(old, modern), `${old} / ${modern}`).toEqual({ old, modern });
    }
    // a British spelling is a variant, but not an old one
    expect(oldSpelling('colour', 'color')).toBeNull();
  });
});
