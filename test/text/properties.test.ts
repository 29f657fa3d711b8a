/**
 * Property tests: the fast char-code implementations against slow, obviously correct oracles, on
 * random fiction-like text mixed with arbitrary Unicode (astral characters, combining marks, CRLF,
 * lone surrogates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/book/build.js';
import { normalize } from '../../src/text/normalize.js';
import { segmentParagraphs, segmentSentences } from '../../src/text/segment.js';
import { countWords, tokenize } from '../../src/text/tokenize.js';

const PIECES = [
  'Mr.',
  'Mrs. Bennet',
  'J. K.',
  'I.',
  'CHAPTER I.',
  'Chapter 2',
  'XIV',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '--',
  '—',
  ' - ',
  '-',
  '...',
  '…',
  '. . .',
  'ﬁ',
  'æ',
  '_',
  '?',
  '!',
  '.',
  ',',
  'said he',
  'She',
  'word',
  'Hello',
  'con-\n',
  'Σ',
  'İ',
  '\u00ad',
  '\u200b',
  '\u00a0',
  'e\u0301',
  'é',
  'Ï',
  '\u0308',
  '😀',
  '\ud800',
  '\udc00',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const fiction = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

const BLANK = /^[\s\u0085\u00ad\u200b-\u200d\u2060\ufeff]*$/;
const NON_BLANK_CHAR = /[^\s\u0085\u00ad\u200b-\u200d\u2060\ufeff]/;

/** Oracle: split into lines, group non-blank lines, trim each group. */
function oracleParagraphs(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  lines.push({ start: at, end: text.length });
  const out: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const l of lines) {
    const s = text.slice(l.start, l.end);
    if (BLANK.test(s)) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    let a = l.start;
    while (!NON_BLANK_CHAR.test(text[a]!)) a++;
    let b = l.end;
    while (!NON_BLANK_CHAR.test(text[b - 1]!)) b--;
    cur = cur ? { start: cur.start, end: b } : { start: a, end: b };
  }
  if (cur) out.push(cur);
  return out;
}

describe('segmentation properties', () => {
  it('paragraphs equal the line-grouping oracle, and paragraphs plus gaps are the whole text', () => {
    fc.assert(
      fc.property(fiction, (text) => {
        const paras = segmentParagraphs(text);
        expect(paras).toEqual(oracleParagraphs(text));
        let rebuilt = '';
        let at = 0;
        for (const p of paras) {
          const gap = text.slice(at, p.start);
          expect(BLANK.test(gap) || /\n|\r/.test(gap)).toBe(true);
          rebuilt += gap + text.slice(p.start, p.end);
          at = p.end;
        }
        expect(rebuilt + text.slice(at)).toBe(text);
        expect(BLANK.test(text.slice(at))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('sentences lie in paragraphs, in order, trimmed, covering all non-space content', () => {
    fc.assert(
      fc.property(fiction, (text) => {
        const paras = segmentParagraphs(text);
        const sentences = segmentSentences(text, paras);
        let pi = 0;
        let prevEnd = 0;
        const covered = new Uint8Array(text.length);
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThan(s.start);
          while (paras[pi]!.end < s.end) pi++;
          const p = paras[pi]!;
          expect(s.start).toBeGreaterThanOrEqual(p.start);
          expect(NON_BLANK_CHAR.test(text[s.start]!)).toBe(true);
          expect(NON_BLANK_CHAR.test(text[s.end - 1]!)).toBe(true);
          covered.fill(1, s.start, s.end);
          prevEnd = s.end;
        }
        for (const p of paras) {
          for (let i = p.start; i < p.end; i++) {
            if (!covered[i])
              expect(!NON_BLANK_CHAR.test(text[i]!), `uncovered ${JSON.stringify(text[i])} at ${i}`).toBe(
                true,
              );
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('combining marks alone around an apostrophe are no word (a case fast-check found)', () => {
    const text = '\u0308\u2019\u0308';
    const tokens = tokenize(text, segmentSentences(text, segmentParagraphs(text)));
    expect(tokens.map((t) => [t.shape, text.slice(t.start, t.end)])).toEqual([
      ['number', '\u0308'],
      ['punct', '\u2019'],
      ['number', '\u0308'],
    ]);
  });

  it('tokens are in order, inside their sentence, and never throw', () => {
    fc.assert(
      fc.property(fiction, (text) => {
        const sentences = segmentSentences(text, segmentParagraphs(text));
        const tokens = tokenize(text, sentences);
        let prev = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          if (t.sentence >= 0) {
            const s = sentences[t.sentence]!;
            expect(t.start >= s.start && t.start < s.end).toBe(true);
          }
          // Each token slices the original back to what its shape says it is.
          const raw = text.slice(t.start, t.end);
          if (t.shape === 'word') expect(/\p{L}/u.test(raw)).toBe(true);
          if (t.shape === 'number')
            expect(/^[\p{Nd}\p{M}.,\p{L}]+$/u.test(raw) && !/\p{L}/u.test(raw)).toBe(true);
          if (t.shape === 'punct') expect(/[\p{L}\p{Nd}]/u.test(raw)).toBe(false);
          expect(t.norm).toBe(t.norm.toLowerCase());
          prev = t.end;
        }
        expect(countWords(text)).toBe(tokens.filter((t) => t.shape === 'word').length);
        buildStructure({ text, headings: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalised view properties', () => {
  it('map is monotone, inside the range, and ends at the range end', () => {
    fc.assert(
      fc.property(fiction, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        const v = normalize(text, undefined, { start, end });
        expect(v.map.length).toBe(v.text.length + 1);
        for (let i = 0; i < v.text.length; i++) {
          expect(v.map[i]!).toBeGreaterThanOrEqual(start);
          expect(v.map[i]!).toBeLessThan(end);
          expect(v.map[i + 1]!).toBeGreaterThanOrEqual(v.map[i]!);
        }
        expect(v.map[v.text.length]).toBe(end);
        // The lazily built per-unit map agrees with the run-based lookups toOriginal uses.
        for (let i = 0; i <= v.text.length; i++) expect(v.toOriginal(i, i).start).toBe(v.map[i]);
      }),
      { numRuns: 400 },
    );
  });

  it('toOriginal round-trips: normalising the original slice gives the normalised substring', () => {
    fc.assert(
      fc.property(fiction, fc.nat(), fc.nat(), fc.boolean(), (text, a, b, diacritics) => {
        const options = { diacritics };
        const v = normalize(text, options);
        const n = v.text.length;
        // Boundaries where a new original character begins (not inside a ligature's spelling-out, nor
        // between the two halves of a character outside the BMP: "𐲀" folds to "𐳀", and half of one
        // is no character of the other).
        const lowHalf = (t: string, i: number) => i > 0 && i < t.length && /[\udc00-\udfff]/.test(t[i]!);
        const aligned: number[] = [];
        for (let i = 0; i <= n; i++)
          if (
            (i === 0 || i === n || v.map[i]! > v.map[i - 1]!) &&
            !lowHalf(v.text, i) &&
            !lowHalf(text, v.map[i]!)
          )
            aligned.push(i);
        const s = aligned[a % aligned.length]!;
        const rest = aligned.filter((x) => x >= s);
        const e = rest[b % rest.length]!;
        const o = v.toOriginal(s, e);
        expect(o.start).toBeLessThanOrEqual(o.end);
        expect(normalize(text.slice(o.start, o.end), options).text).toBe(v.text.slice(s, e));
      }),
      { numRuns: 600, examples: [['𐲀', 5258413, 82127467, false]] },
    );
  });

  it('every option combination keeps the map consistent and never throws', () => {
    const opts = fc.record({
      caseFold: fc.boolean(),
      quotes: fc.boolean(),
      dashes: fc.boolean(),
      ligatures: fc.boolean(),
      lineEndHyphens: fc.boolean(),
      underscores: fc.boolean(),
      whitespace: fc.boolean(),
      ellipses: fc.boolean(),
      diacritics: fc.boolean(),
    });
    fc.assert(
      fc.property(fiction, opts, (text, o) => {
        const v = normalize(text, o);
        for (let i = 0; i < v.text.length; i++) expect(v.map[i + 1]!).toBeGreaterThanOrEqual(v.map[i]!);
        const all = v.toOriginal(0, v.text.length);
        expect(normalize(text.slice(all.start, all.end), o).text).toBe(v.text);
      }),
      { numRuns: 300 },
    );
  });
});
