/**
 * Fixture cases, textlint-style: each folder of test/fixtures/check/cases holds a review, an
 * options.json (which book, which format, whether to use the speaker analysis) and expected.json,
 * a readable projection of the report (verdict, kind, chapter, the book's words at the location,
 * attribution, diff). Set UPDATE_CHECK_FIXTURES=1 to rewrite expected.json after a deliberate
 * change — then read the diff: every line of it is a behaviour a user sees.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import type { Book } from '../../src/book/types.js';
import { type CheckReport, checkReview } from '../../src/check/index.js';
import { loadBookFile } from '../../src/formats/load.js';
import { checkPage, type PageReading } from './page-reading.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures/check');
const casesDir = path.join(fixtures, 'cases');
const update = process.env.UPDATE_CHECK_FIXTURES === '1';

interface CaseOptions {
  book: string;
  format?: 'txt' | 'md' | 'html';
  analysis: boolean;
  /** Project the names the review gives (src/check/names.ts) too. */
  names?: boolean;
}

const books = new Map<string, Promise<Book>>();
function bookFor(name: string): Promise<Book> {
  let b = books.get(name);
  if (!b) {
    b = loadBookFile(path.join(fixtures, name));
    books.set(name, b);
  }
  return b;
}

/** What a person reading the report sees, in a form that reads well in a diff. */
function project(report: CheckReport, book: Book, names = false): unknown {
  return {
    ...(names
      ? {
          names: (report.names ?? []).map(
            (n) =>
              `${n.name}: ${n.judged ? (n.inBook ? 'in the book' : 'NOT in the book') : 'not judged (outside the story)'}${n.character ? ` = ${n.character}` : ''}`,
          ),
        }
      : {}),
    quotes: report.quotes.map((q) => ({
      text: q.text,
      kind: q.kind,
      verdict: q.verdict,
      chapter: q.location?.chapter ?? null,
      bookWords: q.location ? book.text.slice(q.location.start, q.location.end).replace(/\s+/g, ' ') : null,
      ...(q.occurrences !== null ? { occurrences: q.occurrences } : {}),
      ...(q.otherLocations.length > 0 ? { otherPlaces: q.otherLocations.length } : {}),
      claimedSpeaker: q.claimedSpeaker,
      attribution: q.attribution,
      bookSpeaker: q.bookSpeaker,
      changes: (q.diff ?? [])
        .filter((d) => d.type !== 'same')
        .map((d) => `${d.type}: ${d.review} | ${d.book}`),
      ...(q.notes.length > 0 ? { notes: q.notes } : {}),
    })),
    warnings: report.warnings.map((w) => `${w.ruleId}${w.line ? `@${w.line}` : ''}`),
    hasProblems: report.summary.hasProblems,
  };
}

function isReading(v: unknown): v is PageReading {
  return typeof v === 'object' && v !== null && (v as { reading?: unknown }).reading === 'reader';
}

const cases = existsSync(casesDir) ? readdirSync(casesDir).sort() : [];

describe('check fixtures', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(casesDir, name);
      const options = JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as CaseOptions;
      const expectedFile = path.join(dir, 'expected.json');
      const stated = existsSync(expectedFile)
        ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as unknown)
        : null;
      if (isReading(stated)) {
        // A whole page with a reader's reading written by hand (see page-reading.ts): the reading
        // never moves; the checker's known gaps from it are listed beside it and must match.
        const book = await bookFor(options.book);
        const result = await checkPage(
          dir,
          readdirSync(dir),
          stated,
          book,
          options.analysis ? analyzeBook(book) : null,
        );
        if (update)
          writeFileSync(expectedFile, `${JSON.stringify({ ...stated, gaps: result.gaps }, null, 2)}\n`);
        expect(result.gaps).toEqual(update ? result.gaps : stated.gaps);
        return;
      }
      const reviewFile = readdirSync(dir).find((f) => f.startsWith('review.'))!;
      const review = readFileSync(path.join(dir, reviewFile), 'utf8');
      const book = await bookFor(options.book);
      const report = checkReview(review, book, {
        analysis: options.analysis ? analyzeBook(book) : null,
        format: options.format ?? 'md',
      });
      const actual = project(report, book, options.names);
      if (update || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
