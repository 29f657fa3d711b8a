import { describe, expect, it } from 'vitest';
import type { PassageQuote, TocEntry } from '../../src/server/api-types.js';
import { chapterAxisLabels } from '../../src/web/lib/chapter-axis.js';
import { countOf, formatCount, formatNumber } from '../../src/web/lib/format.js';
import { parseRoute } from '../../src/web/lib/route.js';
import { segmentParagraph } from '../../src/web/lib/segments.js';
import { WINDOW, windowFor } from '../../src/web/lib/window.js';

const quote = (
  start: number,
  end: number,
  speaker: string | null,
  parts = [{ start, end }],
): PassageQuote => ({
  start,
  end,
  parts,
  speaker,
  addressees: [],
  confidence: speaker ? 0.95 : null,
  uncertain: false,
  evidence: null,
});

describe('segmentParagraph', () => {
  it('cuts a paragraph at spoken parts and marks the first part of each quote for the speaker label', () => {
    // "Yes," said he, "I know."  -> parts [1,5) and [17,24)
    const q = quote(1, 24, 'Tom', [
      { start: 1, end: 5 },
      { start: 17, end: 24 },
    ]);
    const segs = segmentParagraph(0, 26, [q], null);
    expect(segs.map((s) => [s.start, s.end, s.quote?.speaker ?? null, s.quoteStart])).toEqual([
      [0, 1, null, false],
      [1, 5, 'Tom', true],
      [5, 17, null, false],
      [17, 24, 'Tom', false],
      [24, 26, null, false],
    ]);
  });

  it('highlights exactly the linked span, across quote boundaries', () => {
    const segs = segmentParagraph(100, 140, [quote(110, 120, 'Ada')], { start: 115, end: 130 });
    const lit = segs.filter((s) => s.highlight).map((s) => [s.start, s.end]);
    expect(lit).toEqual([
      [115, 120],
      [120, 130],
    ]);
    // Segments tile the paragraph with no gap or overlap.
    expect(segs[0]!.start).toBe(100);
    expect(segs.at(-1)!.end).toBe(140);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
  });

  it('does not give a label to a quote that began in an earlier paragraph', () => {
    const q = quote(0, 80, 'Ada', [
      { start: 0, end: 40 },
      { start: 50, end: 80 },
    ]);
    const segs = segmentParagraph(45, 90, [q], null);
    expect(segs.some((s) => s.quoteStart)).toBe(false);
  });
});

describe('windowFor', () => {
  const toc: TocEntry[] = [
    { index: 0, title: 'I', start: 100, end: 1000, headingEnd: 110, part: null },
    { index: 1, title: 'II', start: 1000, end: 1000 + 3 * WINDOW, headingEnd: 1010, part: null },
  ];
  const length = 1000 + 3 * WINDOW + 50;

  it('opens the chapter holding an offset, in the window holding it', () => {
    const w = windowFor(toc, length, { offset: 1000 + WINDOW + 5, chapter: null });
    expect(w).toMatchObject({ chapter: 1, part: 1, parts: 4, start: 1000 + WINDOW, end: 1000 + 2 * WINDOW });
  });

  it('includes the text before the first chapter and after the last', () => {
    expect(windowFor(toc, length, { offset: 10, chapter: null })).toMatchObject({
      chapter: 0,
      start: 0,
      end: 1000,
    });
    const last = windowFor(toc, length, { offset: length - 1, chapter: null });
    expect(last.end).toBe(length);
  });

  it('clamps a chapter number out of range', () => {
    expect(windowFor(toc, length, { offset: null, chapter: 99 }).chapter).toBe(1);
  });
});

describe('parseRoute', () => {
  it('reads reader links with a span', () => {
    expect(parseRoute('#/book/abcdef123456/read?start=10&end=20')).toEqual({
      page: 'read',
      bookId: 'abcdef123456',
      start: 10,
      end: 20,
      chapter: null,
    });
  });

  it('ignores parameters that are not offsets and routes unknown paths to a message', () => {
    expect(parseRoute('#/book/abcdef123456/read?start=javascript:alert(1)')).toMatchObject({ start: null });
    expect(parseRoute('#/book/<script>/read')).toEqual({ page: 'missing', path: '/book/<script>/read' });
    expect(parseRoute('')).toEqual({ page: 'library' });
  });
});

describe('chapterAxisLabels', () => {
  it("labels a chart's chapters as the book numbers them, else by a short title, else by place", () => {
    expect(
      chapterAxisLabels([
        'CHAPTER I. THE INN AT HARROWGATE',
        'Chapter 12: Rain',
        'Letter 4',
        'XIV.',
        'Prologue',
        'A VERY LONG HEADING WITHOUT A NUMBER',
        'Whole text',
      ]),
    ).toEqual(['I', '12', '4', 'XIV', 'Prologue', '6', 'Whole text']);
  });
});

describe('number formatting', () => {
  it('groups thousands and keeps the decimals asked for, in the CLI and the web alike', () => {
    expect(formatNumber(83302)).toBe('83,302');
    expect(formatNumber(4903.04, 0)).toBe('4,903');
    expect(formatNumber(32.68, 1)).toBe('32.7');
    expect(formatCount(50000)).toBe('50,000');
    expect(countOf(1, 'chapter')).toBe('1 chapter');
    expect(countOf(12, 'use')).toBe('12 uses');
  });
});
