import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import type { Book } from '../../src/book/types.js';
import {
  type CheckReport,
  checkReview,
  renderReportHtml,
  renderReportMarkdown,
  renderReportText,
  reportToJson,
} from '../../src/check/index.js';
import { esc } from '../../src/check/report/html.js';
import { summarise } from '../../src/check/summarise.js';
import { loadBookBytes, loadBookFile } from '../../src/formats/load.js';
import { quote } from './report-quote.js';

/** The three report formats a person reads: problems first, evidence for every credit, warnings on top. */

const here = path.dirname(fileURLToPath(import.meta.url));
let novel: Book;
let report: CheckReport;

const REVIEW = [
  'Tommy says: “The water is never kind.”',
  '',
  'Ruth insists: “It is only patient.”',
  '',
  'Later Tommy says: “You were always a genius about oranges.”',
  '',
  'Its finest line is one it never wrote: “The lighthouse keeper counted every ship that passed in the night.”',
  '',
].join('\n');

const FORMATS = {
  text: (r: CheckReport, b: Book) => renderReportText(r, b, 'review.md'),
  md: (r: CheckReport, b: Book) => renderReportMarkdown(r, b, 'review.md'),
  html: (r: CheckReport, b: Book) => renderReportHtml(r, b, 'review.md'),
} as const;

beforeAll(async () => {
  novel = await loadBookFile(path.resolve(here, '../fixtures/check/novel.txt'));
  report = checkReview(REVIEW, novel, { analysis: analyzeBook(novel) });
});

describe.each(Object.entries(FORMATS))('the %s report', (format, render) => {
  it('lists what is wrong first: not found, misquoted, wrong speaker, then the rest', () => {
    const out = render(report, novel);
    const at = (s: string) => {
      const i = out.indexOf(s);
      expect(i, `${format}: ${s}`).toBeGreaterThan(0);
      return i;
    };
    const headline = at(
      '3 of 4 quotations need attention: 1 is not in the book, 1 is misquoted and 1 is credited to the wrong speaker.',
    );
    const lighthouse = at('The lighthouse keeper counted');
    const oranges = at('You were always a genius');
    const patient = at('It is only patient');
    const kind = at('The water is never kind');
    expect(headline).toBeLessThan(lighthouse);
    expect(lighthouse).toBeLessThan(oranges);
    expect(oranges).toBeLessThan(patient);
    expect(patient).toBeLessThan(kind);
  });

  it('shows the evidence for every attribution', () => {
    const out = render(report, novel);
    const wrong = report.quotes.find((q) => q.attribution === 'contradicted')!;
    const right = report.quotes.find((q) => q.text.startsWith('The water'))!;
    expect(wrong.evidence?.summary).toBeTruthy();
    expect(right.attribution).toBe('supported');
    const shown = (s: string) => (format === 'html' ? esc(s) : s);
    expect(out).toContain(shown(`but the book's speaker is Tommy — ${wrong.evidence!.summary}`));
    expect(out).toContain(
      shown(
        `Credited to Tommy (read from the words before it): the book agrees — ${right.evidence!.summary}`,
      ),
    );
  });
});

describe('the JSON report', () => {
  it('keeps the quotations in the order of the review, with the evidence of each', () => {
    const json = reportToJson(report) as {
      quotes: { text: string; evidence: unknown }[];
      reviewLineUnit: string;
    };
    expect(json.quotes.map((q) => q.text.slice(0, 12))).toEqual([
      'The water is',
      'It is only p',
      'You were alw',
      'The lighthou',
    ]);
    expect(json.quotes[1]!.evidence).toEqual(report.quotes[1]!.evidence);
    expect(json.reviewLineUnit).toBe('line');
  });
});

describe('the book as a reader sees it, in every format', () => {
  const BOOK = [
    'CHAPTER I.',
    '',
    '“I have _never_ cared for the sea,” said',
    'Ruth, and she turned back to the fire.',
    '',
  ].join('\n');
  let book: Book;
  let r: CheckReport;
  beforeAll(async () => {
    book = await loadBookBytes(new TextEncoder().encode(BOOK), 'italic.txt');
    r = checkReview('Ruth says: “I have never cared for the sea.”', book);
  });

  it('finds the quotation', () => {
    expect(r.quotes[0]!.verdict).toBe('verbatim');
  });

  it.each([
    ['text', '“«I have never cared for the sea»,” said Ruth, and she turned back to the fire.'],
    ['md', '“**I have** ***never*** **cared for the sea**,” said Ruth, and she turned back to the fire.'],
    [
      'html',
      '“<mark>I have </mark><mark><em>never</em></mark><mark> cared for the sea</mark>,” said Ruth, and she turned back to the fire.',
    ],
  ] as const)('%s: italics without underscores, no hard line breaks', (format, expected) => {
    const out = FORMATS[format](r, book);
    expect(out).toContain(expected);
    expect(out).not.toContain('_never_');
  });
});

describe('the book’s closing "!" or "?" marked with the words when the writer quotes it', () => {
  // (probe rounds AF245, AF246: "«Would you mind Handel for a familiar name»?")
  it.each(['text', 'md', 'html'] as const)('%s', async (format) => {
    const text = 'CHAPTER I.\n\n“Would you mind Tommy for a familiar name?” said Ruth.\n';
    const book = await loadBookBytes(new TextEncoder().encode(text), 'mark.txt');
    const r = checkReview('Ruth asks: “Would you mind Tommy for a familiar name?”', book);
    const out = FORMATS[format](r, book);
    expect(out).toContain({ text: 'name?»', md: 'name?**', html: 'name?</mark>' }[format]);
  });
});

describe('warnings and places', () => {
  const r: CheckReport = (() => {
    const quotes = [quote({ reviewLine: 3, verdict: 'not_found', location: null })];
    return {
      quotes,
      summary: summarise(quotes),
      warnings: [
        {
          ruleId: 'quote/unbalanced',
          reason: 'the opening “ is never closed',
          severity: 'warning',
          line: 4,
          span: { start: 90, end: 91 },
        },
        {
          ruleId: 'review/other-book',
          reason: 'most quotations are not found: is this a review of The Lantern Keeper?',
          severity: 'warning',
          line: null,
        },
      ],
      book: { id: 'b1', title: 'The Salt House', author: null },
      speakerModel: true,
      reviewLineUnit: 'paragraph',
    };
  })();

  it.each([
    [
      'text',
      'WARNING: most quotations are not found',
      'warning, paragraph 4: the opening “ is never closed',
      'paragraph 3: “',
    ],
    [
      'md',
      '> **Warning**: most quotations are not found',
      '- warning, paragraph 4: the opening “ is never closed',
      '- **Paragraph 3**: “',
    ],
    [
      'html',
      '<p class="alert" role="alert">Warning: most quotations are not found',
      '<li>warning, paragraph 4: the opening “ is never closed</li>',
      'Paragraph 3: “',
    ],
  ] as const)(
    '%s: the review-level warning first, a place warning with its paragraph and severity',
    (format, top, placed, place) => {
      const out = FORMATS[format](r, { text: '' } as Book);
      expect(out).toContain(top);
      expect(out).toContain(placed);
      expect(out).toContain(place);
      expect(out.indexOf(top)).toBeLessThan(
        out.indexOf('The one quotation needs attention: it is not in the book.'),
      );
      expect(out).not.toMatch(/\bline \d/i);
    },
  );
});
