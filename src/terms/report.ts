/**
 * `terms`: for each term, its uses per chapter, the forms found, who uses it and a concordance.
 * Stages in order: the book's words (once) → each term's occurrences → counts per chapter, per form
 * and per voice → a capped concordance.
 */
import type { Book } from '../book/types.js';
import { bookWords } from './book-words.js';
import { chapterAt, termsChapters } from './chapters.js';
import { contextOf, spreadSample } from './concordance.js';
import { findOccurrences, type Occurrence } from './occurrences.js';
import { parseTerms } from './term-pattern.js';
import {
  TERMS_DEFAULTS,
  type TermReport,
  type TermsAnalysis,
  type TermsChapter,
  type TermsOptions,
  type TermsReport,
  type TermVoice,
} from './types.js';
import { type Voices, voicesOf } from './voices.js';

export function termsReport(
  book: Book,
  analysis: TermsAnalysis | null,
  terms: readonly string[],
  options: Partial<TermsOptions> = {},
): TermsReport {
  const opts = { ...TERMS_DEFAULTS, ...options };
  const patterns = parseTerms(terms, opts.exact);
  const words = bookWords(book);
  const chapters = termsChapters(book, words);
  const voices = analysis ? voicesOf(analysis) : null;
  return {
    bookId: book.id,
    title: book.metadata.title,
    words: words.ids.length,
    chapters,
    terms: patterns.map((pattern) => {
      const found = findOccurrences(words, pattern);
      return {
        term: pattern.term,
        keys: pattern.keys,
        exact: pattern.exact,
        ...countsOf(found, chapters, words.ids.length),
        voices: voices ? voiceCounts(found, voices) : null,
        concordance: spreadSample(found, opts.concordanceLimit).map((o) => ({
          start: o.start,
          end: o.end,
          chapter: chapterAt(chapters, o.start),
          ...contextOf(book.text, o, opts.contextCharacters),
          voice: voices ? voices.at(o.start) : null,
        })),
        concordanceTruncated: found.length > opts.concordanceLimit,
      };
    }),
  };
}

function countsOf(
  found: readonly Occurrence[],
  chapters: readonly TermsChapter[],
  bookWordCount: number,
): Pick<TermReport, 'total' | 'per10k' | 'forms' | 'perChapter'> {
  const perChapter = chapters.map(() => 0);
  const forms = new Map<string, number>();
  for (const o of found) {
    perChapter[chapterAt(chapters, o.start)]!++;
    forms.set(o.form, (forms.get(o.form) ?? 0) + 1);
  }
  return {
    total: found.length,
    per10k: bookWordCount > 0 ? round2((found.length / bookWordCount) * 10_000) : 0,
    forms: [...forms]
      .map(([form, count]) => ({ form, count }))
      .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1)),
    perChapter,
  };
}

function voiceCounts(found: readonly Occurrence[], voices: Voices): TermVoice[] {
  const counts = new Map<string, number>();
  for (const o of found) {
    const v = voices.at(o.start);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([voice, count]) => ({ voice, name: voices.name(voice), count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
