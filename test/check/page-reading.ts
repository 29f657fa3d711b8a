/**
 * Whole pages read as a careful person reads them. A page case (test/fixtures/check/cases/page-*)
 * states in expected.json what such a reader says about the page — every quotation once, with its
 * verdict, whom the writer credits it to (a character, the narrator, the author, or nobody) and
 * whether the book bears the credit out — written by hand, never generated. The checker's report is
 * scored against that reading; where the checker departs from it, the departures are listed in the
 * same file under `gaps` (the known gaps, regenerated with UPDATE_CHECK_FIXTURES=1), so a closed gap
 * and a new one both show up in the diff, and the reading itself never moves to fit the checker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Book } from '../../src/book/types.js';
import type { SpeakerModel } from '../../src/check/attribute/index.js';
import { type CheckReport, checkReview } from '../../src/check/index.js';
import { readReviewBytes } from '../../src/check/review/read.js';
import type { AttributionVerdict, CheckedQuote, Verdict } from '../../src/check/types.js';
import { makeDocx } from '../fixtures/docx.js';

type OneOrMany<T> = T | T[];

/** Whom the reader says the writer credits: nobody, a character as named, the narrator, the author. */
export type ExpectedCredit = null | string | { narrator: true } | { author: string };

export interface ExpectedQuote {
  /** The quotation as written, without its marks; the parts of a split quotation joined by a space. */
  text: string;
  verdict: OneOrMany<Verdict>;
  /** More than one when a careful reader would accept either reading (e.g. `[null, "Hester"]`). */
  credit: OneOrMany<ExpectedCredit>;
  attribution: OneOrMany<AttributionVerdict>;
  /** What the credited name is in the book, when that is the point (`unknown`: no such character). */
  nameStatus?: 'character' | 'ambiguous' | 'unknown';
  /** A quotation a reader would not mind either way (a chapter title in quote marks): no score, but a wrong verdict still counts. */
  optional?: boolean;
  /** Why the reader reads it so, for the person maintaining the case. */
  why?: string;
}

export interface PageReading {
  reading: 'reader';
  about: string;
  quotes: ExpectedQuote[];
  /** The checker's known departures from the reading, one line each (regenerated, never hand-tuned). */
  gaps: string[];
}

export interface PageScore {
  expected: number;
  found: number;
  extentRight: number;
  spurious: number;
  verdictsRight: number;
  creditsRight: number;
  attributionsRight: number;
}

export interface PageResult {
  score: PageScore;
  gaps: string[];
  report: CheckReport;
}

const many = <T>(v: OneOrMany<T>): T[] => (Array.isArray(v) ? v : [v]);

/** Words as a reader compares them: case, marks, brackets and ellipses do not matter. */
export function wordsOf(text: string): string[] {
  return (
    text
      .replace(/[[\]]/g, '')
      .replace(/[’‘]/g, "'")
      .toLowerCase()
      .match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? []
  );
}

/** Longest common subsequence of two word lists, as a share of the longer. */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const wa of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++)
      row[j + 1] = wa === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

const short = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > 48 ? `${t.slice(0, 45)}…` : t}”`;
};

const nameKey = (name: string) => name.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();

function creditMatches(expected: ExpectedCredit, q: CheckedQuote): boolean {
  const c = q.credit;
  if (expected === null) return c === null;
  if (c === null) return false;
  if (typeof expected === 'string') return c.kind === 'character' && nameKey(c.name) === nameKey(expected);
  if ('narrator' in expected) return c.kind === 'narrator' || /\bnarrator\b/i.test(c.name);
  return c.kind === 'author';
}

function showCredit(q: CheckedQuote): string {
  const c = q.credit;
  if (!c) return 'nobody';
  return c.kind === 'character' ? c.name : `${c.kind} (${c.name})`;
}

function showExpectedCredit(e: OneOrMany<ExpectedCredit>): string {
  return many(e)
    .map((c) =>
      c === null
        ? 'nobody'
        : typeof c === 'string'
          ? c
          : 'narrator' in c
            ? 'narrator'
            : `author (${c.author})`,
    )
    .join(' or ');
}

/** Pair each expected quotation with the report's quotation that has most of its words, in page order. */
function pair(expected: ExpectedQuote[], quotes: CheckedQuote[]): (number | null)[] {
  const taken = new Set<number>();
  return expected.map((e) => {
    const want = wordsOf(e.text);
    let best: number | null = null;
    let bestScore = 0.5;
    quotes.forEach((q, i) => {
      if (taken.has(i)) return;
      const s = overlap(want, wordsOf(q.text));
      if (s > bestScore || (s === bestScore && best === null && s > 0.5)) {
        best = i;
        bestScore = s;
      }
    });
    if (best !== null) taken.add(best);
    return best;
  });
}

/** A score with nothing counted yet (a page's, or the total over pages). */
export function emptyScore(): PageScore {
  return {
    expected: 0,
    found: 0,
    extentRight: 0,
    spurious: 0,
    verdictsRight: 0,
    creditsRight: 0,
    attributionsRight: 0,
  };
}

export function scorePage(reading: PageReading, report: CheckReport): { score: PageScore; gaps: string[] } {
  const quotes = report.quotes;
  const pairs = pair(reading.quotes, quotes);
  const gaps: string[] = [];
  const score = emptyScore();
  reading.quotes.forEach((e, k) => {
    const i = pairs[k];
    const counted = !e.optional;
    if (counted) score.expected++;
    if (i === null || i === undefined) {
      if (counted) gaps.push(`missed: ${short(e.text)}`);
      return;
    }
    const q = quotes[i]!;
    const label = short(e.text);
    if (counted) score.found++;
    const extentOk = wordsOf(q.text).join(' ') === wordsOf(e.text).join(' ');
    if (extentOk) score.extentRight += counted ? 1 : 0;
    else gaps.push(`extent: ${label} read as ${short(q.text)}`);
    const verdictOk = many(e.verdict).includes(q.verdict);
    if (verdictOk) score.verdictsRight += counted ? 1 : 0;
    else gaps.push(`verdict: ${label} is ${many(e.verdict).join(' or ')}, reported ${q.verdict}`);
    const creditOk = many(e.credit).some((c) => creditMatches(c, q));
    if (creditOk) score.creditsRight += counted ? 1 : 0;
    else
      gaps.push(`credit: ${label} is credited to ${showExpectedCredit(e.credit)}, read as ${showCredit(q)}`);
    const attributionOk = many(e.attribution).includes(q.attribution);
    if (attributionOk) score.attributionsRight += counted ? 1 : 0;
    else
      gaps.push(
        `attribution: ${label} is ${many(e.attribution).join(' or ')}, reported ${q.attribution}` +
          (q.bookSpeaker ? ` (book's speaker ${q.bookSpeaker})` : ''),
      );
    if (e.nameStatus && q.claimedCharacter?.status !== e.nameStatus) {
      gaps.push(
        `name: ${label}: the credited name is ${e.nameStatus}, reported ${q.claimedCharacter?.status ?? 'nothing'}`,
      );
    }
  });
  const paired = new Set(pairs.filter((i): i is number => i !== null));
  quotes.forEach((q, i) => {
    if (paired.has(i)) return;
    score.spurious++;
    gaps.push(`spurious: ${short(q.text)} (${q.kind}, ${q.verdict}, line ${q.reviewLine})`);
  });
  return { score, gaps };
}

export interface PageCase {
  dir: string;
  options: { book: string; analysis: boolean };
  reading: PageReading;
}

/** The review bytes of a case: a file `review.*`, or `review.docx.json` (paragraphs) built into a DOCX. */
export function reviewBytesOf(dir: string, files: readonly string[]): { bytes: Uint8Array; name: string } {
  const spec = files.find((f) => f === 'review.docx.json');
  if (spec) {
    const { paragraphs } = JSON.parse(readFileSync(path.join(dir, spec), 'utf8')) as {
      paragraphs: { text: string; style?: string }[];
    };
    return { bytes: makeDocx(paragraphs), name: 'review.docx' };
  }
  const name = files.find((f) => f.startsWith('review.'))!;
  return { bytes: new Uint8Array(readFileSync(path.join(dir, name))), name };
}

/** Reads the page the way the CLI does (review/read.ts), checks it, and scores it against the reading. */
export async function checkPage(
  dir: string,
  files: readonly string[],
  reading: PageReading,
  book: Book,
  analysis: SpeakerModel | null,
): Promise<PageResult> {
  const { bytes, name } = reviewBytesOf(dir, files);
  const review = await readReviewBytes(bytes, name);
  const report = checkReview(review.text, book, {
    analysis,
    format: review.format,
    sourceLines: review.sourceLines,
    lineUnit: review.lineUnit,
  });
  return { ...scorePage(reading, report), report };
}
