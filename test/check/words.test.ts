import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compareWords,
  normalizedWordsOf,
  oldSpelling,
  plainWordsOf,
  wordsOf,
} from '../../src/check/locate/words.js';

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
      // another final vowel is another name, not a misprint: Austen's list has "Camilla"
      ['camille', 'camilla'],
      ['louisa', 'louise'],
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

  it('reads plain text the fast way exactly as through the normalised view', () => {
    // A seeded mix of what review text is made of, with the characters at the fast way's edges.
    const pieces = [
      'Don’t',
      "don't",
      '‘tis',
      'o’',
      'Elizabeth',
      'MR',
      'x9',
      '42',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\t',
      '\r\n',
      ',',
      '.',
      '“',
      '”',
      '—',
      ' — ',
      '…',
      '"',
      "'",
      '’',
      '‘',
      '(',
      ')',
      '!',
      '?',
      ';',
      ':',
      '[',
      ']',
      '*',
      '#',
      'a',
      'I',
      'z',
      '0',
      '\u000b',
      '\u000c',
    ];
    const slow = [
      '-',
      '_',
      'é',
      'e\u0301',
      '\u00a0',
      '\u200b',
      'ﬁ',
      '\u0001',
      '\u007f',
      '--',
      'to-\nday',
      '-\n',
      '- ',
      ' -',
      ' - ',
      '_ ',
      '𝐀',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let fast = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      // mostly short spans (a quotation), some long texts read in stretches (a review, a book)
      const len = 1 + Math.floor(next() * (n % 10 === 0 ? 400 : 40));
      for (let k = 0; k < len; k++) {
        const from = n % 3 === 0 && next() < 0.1 ? slow : pieces;
        text += from[Math.floor(next() * from.length)]!;
      }
      const a = Math.floor(next() * text.length);
      const b = a + Math.floor(next() * (text.length - a + 1));
      const plain = plainWordsOf(text, a, b);
      if (plain) fast++;
      expect(plain ?? normalizedWordsOf(text, a, b), JSON.stringify([text, a, b])).toEqual(
        normalizedWordsOf(text, a, b),
      );
      expect(wordsOf(text, a, b)).toEqual(normalizedWordsOf(text, a, b));
    }
    expect(fast).toBeGreaterThan(1500);
    // Where the view joins words across spaces and line ends, the words are never read in two stretches.
    for (const t of [
      'to-\n day',
      'to- \nday',
      'a -\n b',
      'x _ y',
      'well—  \n said',
      'end -- \n start',
      'a\n-\nb',
    ])
      for (const pad of ['', 'Some plain words before it, and ', 'Words ']) {
        const text = `${pad}${t} and after`;
        expect(wordsOf(text), JSON.stringify(text)).toEqual(normalizedWordsOf(text));
      }
    // Anything the view would change inside a word takes the general way.
    for (const t of ['to-\nday', '_You_', 'café', 'e\u0301', 'ﬁne', 'a\u200bb'])
      expect(plainWordsOf(t)).toBeNull();
  });

  const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/pdnc');
  it.skipIf(!existsSync(corpus))('reads whole novels the same both ways (the corpus, where present)', () => {
    const novels = readdirSync(corpus).slice(0, 4);
    for (const novel of novels) {
      const file = path.join(corpus, novel, 'novel_text.txt');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      const a = wordsOf(text);
      const b = normalizedWordsOf(text);
      expect(a.length, novel).toBe(b.length);
      const firstDiff = a.findIndex(
        (w, k) => w.start !== b[k]!.start || w.end !== b[k]!.end || w.norm !== b[k]!.norm,
      );
      expect(firstDiff, novel).toBe(-1);
    }
  });
});
