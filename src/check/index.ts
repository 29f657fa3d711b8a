import type { Span } from '../book/span.js';
import { findLastStartingAtOrBefore } from '../book/span.js';
import type { Book } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import { LineIndex } from '../text/line-index.js';
import { attributionOf, contextOf, resolvePronoun } from './attribution.js';
import { type BookIndex, buildBookIndex } from './book-index.js';
import { type Classification, classifyQuote } from './classify.js';
import { type ExtractedQuote, extractQuotations } from './extract.js';
import { findPattern, findPhrase } from './find.js';
import { buildPattern, patternWords, type QuotePattern } from './pattern.js';
import { reviewHtmlToText } from './review/html.js';
import { checkAttribution, genderOfName, type SpeakerModel } from './speaker.js';
import type {
  AttributionVerdict,
  CheckedQuote,
  CheckReport,
  CheckSummary,
  QuoteKind,
  QuoteLocation,
  ReviewWarning,
  Verdict,
} from './types.js';
import { judge } from './verdict.js';
import { wordsOf } from './words.js';

export type { SpeakerModel } from './speaker.js';
export * from './types.js';

/**
 * Checking a review against its book: find every quotation in the review, classify it, search the
 * book, judge it (verbatim / altered / not found), and check "X says" against the book's speaker.
 * Pure and synchronous: the CLI, the web app and library users all call this.
 */

export interface CheckOptions {
  /** The book's speaker analysis (from `analyzeBook`), or null/absent: attributions are then `unknown`. */
  analysis?: SpeakerModel | null;
  /** How the review text is written; `html` is converted first. Default `md` (plain text is valid Markdown here). */
  format?: 'txt' | 'md' | 'html';
}

/** Reviews longer than this (in UTF-16 code units) are refused: a review is not a book. */
export const MAX_REVIEW_CHARS = 2_000_000;
/** At most this many quotations are checked in one review. */
export const MAX_QUOTATIONS = 5_000;
const MAX_OTHER_LOCATIONS = 50;

const indexCache = new WeakMap<Book, BookIndex>();

/** The word index of a book, built on first use and kept while the Book object lives. */
export function indexBook(book: Book): BookIndex {
  let index = indexCache.get(book);
  if (!index) {
    index = buildBookIndex(book.text);
    indexCache.set(book, index);
  }
  return index;
}

function locationOf(book: Book, index: BookIndex, firstWord: number, endWord: number): QuoteLocation {
  const first = index.words[firstWord]!;
  const last = index.words[Math.max(firstWord, endWord - 1)]!;
  const start = first.start;
  const end = Math.max(last.end, start);
  const chapters = book.structure.chapters;
  const ci = findLastStartingAtOrBefore(chapters, start);
  const chapter = ci >= 0 && start < chapters[ci]!.end ? chapters[ci]! : null;
  return { start, end, chapter: chapter?.title ?? null, chapterIndex: chapter ? ci : null };
}

function quoteText(text: string, parts: readonly Span[], block: boolean): string {
  const pieces = parts.map((p) => {
    const s = text.slice(p.start, p.end);
    return block
      ? s
          .split('\n')
          .map((l) => l.replace(/^ {0,3}>\s?/, '').trim())
          .join('\n')
          .trim()
      : s.replace(/\s+/g, ' ').trim();
  });
  return pieces.join(' ');
}

/** Does any capitalised word of the name occur in the book? ("Harold Bloom" → no: not a character). */
function nameInBook(name: string, index: BookIndex): boolean {
  if (/^(?:the|our|her|his) /i.test(name)) return true;
  const words = wordsOf(name).filter((w) => /^\p{Lu}/u.test(name.slice(w.start, w.end)));
  const titles = /^(?:mr|mrs|ms|miss|dr|sir|lady|lord|aunt|uncle|captain|colonel|professor|saint|st)$/;
  const core = words.filter((w) => !titles.test(w.norm));
  if (core.length === 0) return true;
  return core.some((w) => index.idOf.has(w.norm));
}

function emptySummary(): CheckSummary {
  return {
    quotations: 0,
    byKind: { passage: 0, term: 0, external: 0, title: 0 },
    byVerdict: { verbatim: 0, altered: 0, not_found: 0, not_checked: 0 },
    byAttribution: { supported: 0, contradicted: 0, unknown: 0, none: 0 },
    hasProblems: false,
  };
}

export function summarise(quotes: readonly CheckedQuote[]): CheckSummary {
  const s = emptySummary();
  for (const q of quotes) {
    s.quotations++;
    s.byKind[q.kind]++;
    s.byVerdict[q.verdict]++;
    s.byAttribution[q.attribution]++;
    if (q.kind === 'passage' && (q.verdict === 'not_found' || q.verdict === 'altered')) s.hasProblems = true;
    if (q.attribution === 'contradicted') s.hasProblems = true;
  }
  return s;
}

/** A warning when the review and the book barely share a vocabulary (a review in another language). */
function languageWarning(reviewText: string, index: BookIndex): ReviewWarning | null {
  const words = wordsOf(reviewText).filter((w) => w.norm.length > 2 && !/^\d+$/.test(w.norm));
  if (words.length < 30) return null;
  const known = words.filter((w) => index.idOf.has(w.norm)).length;
  if (known / words.length >= 0.35) return null;
  return {
    ruleId: 'review/language',
    message: `only ${Math.round((100 * known) / words.length)}% of the review's words occur in the book: is the review in another language than the book?`,
    line: null,
  };
}

interface Judged {
  verdict: Verdict;
  kind: QuoteKind;
  kindReason: string;
  location: QuoteLocation | null;
  otherLocations: QuoteLocation[];
  occurrences: number | null;
  diff: CheckedQuote['diff'];
  score: number;
}

function checkTerm(pattern: QuotePattern, book: Book, index: BookIndex): Judged | null {
  const hits = findPhrase(patternWords(pattern), index);
  if (hits.length === 0) return null;
  const locs = hits
    .slice(0, MAX_OTHER_LOCATIONS + 1)
    .map((h) => locationOf(book, index, h.firstWord, h.endWord));
  return {
    verdict: 'verbatim',
    kind: 'term',
    kindReason: '',
    location: locs[0]!,
    otherLocations: locs.slice(1),
    occurrences: hits.length,
    diff: null,
    score: 1,
  };
}

function checkPassage(pattern: QuotePattern, book: Book, index: BookIndex): Judged {
  const found = findPattern(pattern, index, book.text);
  const best = found[0];
  const none: Judged = {
    verdict: 'not_found',
    kind: 'passage',
    kindReason: '',
    location: null,
    otherLocations: [],
    occurrences: null,
    diff: null,
    score: 0,
  };
  if (!best) return none;
  const j = judge(pattern, best.alignment, index, book.text);
  if (j.verdict === 'not_found') return { ...none, score: j.score };
  const location = locationOf(book, index, best.alignment.firstWord, best.alignment.endWord);
  // The same words elsewhere (a repeated line): other alignments as good as the best one.
  const otherLocations = found
    .slice(1)
    .filter((f) => f.alignment.score >= best.alignment.score)
    .slice(0, MAX_OTHER_LOCATIONS)
    .map((f) => locationOf(book, index, f.alignment.firstWord, f.alignment.endWord));
  return { ...none, verdict: j.verdict, location, otherLocations, diff: j.diff, score: j.score };
}

/** Search the book for a classified quotation and judge it (external quotations and titles are not searched). */
function judgeQuotation(cls: Classification, pattern: QuotePattern, book: Book, index: BookIndex): Judged {
  if (cls.kind === 'external' || cls.kind === 'title') {
    return {
      verdict: 'not_checked',
      kind: cls.kind,
      kindReason: cls.reason,
      location: null,
      otherLocations: [],
      occurrences: null,
      diff: null,
      score: 0,
    };
  }
  const found: Judged =
    cls.kind === 'term'
      ? (checkTerm(pattern, book, index) ?? {
          verdict: 'not_found',
          kind: 'term',
          kindReason: '',
          location: null,
          otherLocations: [],
          occurrences: 0,
          diff: null,
          score: 0,
        })
      : checkPassage(pattern, book, index);
  const judged: Judged = { ...found, kind: cls.kind, kindReason: cls.reason };
  // A title-like phrase or a line credited to an outsider that the book does not contain.
  if (judged.verdict === 'not_found' && cls.ifAbsent) {
    return { ...judged, verdict: 'not_checked', kind: cls.ifAbsent.kind, kindReason: cls.ifAbsent.reason };
  }
  return judged;
}

export function checkReview(reviewText: string, book: Book, options: CheckOptions = {}): CheckReport {
  if (reviewText.length > MAX_REVIEW_CHARS) {
    throw new VerbatimError(
      'too_large',
      `the review has ${reviewText.length.toLocaleString('en')} characters; reviews up to ${MAX_REVIEW_CHARS.toLocaleString('en')} are checked`,
      { hint: 'split it into smaller files' },
    );
  }
  if (reviewText.includes('\u0000')) {
    throw new VerbatimError('binary_input', 'the review is not text (it contains NUL bytes)', {
      hint: 'give a .txt, .md, .html or .docx file',
    });
  }
  if (book.text.trim().length === 0) {
    throw new VerbatimError('empty_input', 'the book has no text to check against', {
      hint: 'load the book again; it may have failed to load',
    });
  }
  const text = options.format === 'html' ? reviewHtmlToText(reviewText) : reviewText;
  const index = indexBook(book);
  const model = options.analysis ?? null;
  const lines = new LineIndex(text);
  const { quotes: extracted, warnings } = extractQuotations(text);
  const lang = languageWarning(text, index);
  if (lang) warnings.push(lang);
  let todo: ExtractedQuote[] = extracted;
  if (todo.length > MAX_QUOTATIONS) {
    warnings.push({
      ruleId: 'review/too-many-quotations',
      message: `the review has ${todo.length} quotations; only the first ${MAX_QUOTATIONS} were checked`,
      line: lines.locate(todo[MAX_QUOTATIONS]!.outer.start).line,
    });
    todo = todo.slice(0, MAX_QUOTATIONS);
  }
  const checked: CheckedQuote[] = [];
  let lastNamed: string | null = null;
  let lastParagraphEnd = 0;
  for (const [qi, q] of todo.entries()) {
    const pattern = buildPattern(text, q.parts);
    if (pattern.wordCount === 0) continue;
    // Pronoun resolution does not cross paragraphs.
    if (/\n\s*\n/.test(text.slice(lastParagraphEnd, q.outer.start))) lastNamed = null;
    const prevEnd = qi > 0 ? todo[qi - 1]!.outer.end : 0;
    const nextStart = todo[qi + 1]?.outer.start ?? text.length;
    const attribution = attributionOf(text, q, Math.max(prevEnd, 0), nextStart, lastNamed);
    // "he says": with a cast, the nearest name before it of that gender; else the last name credited.
    const fromPronoun =
      attribution.pronoun && model
        ? resolvePronoun(text, q.outer.start, attribution.pronoun, (n) => genderOfName(n, model))
        : null;
    if (fromPronoun) attribution.name = fromPronoun;
    else if (attribution.pronoun && model && attribution.name) {
      const g = genderOfName(attribution.name, model);
      if (g && g !== 'unknown' && g !== (attribution.pronoun === 'he' ? 'male' : 'female'))
        attribution.name = null;
    }
    if (attribution.name && !/^(?:the|our|her|his) /i.test(attribution.name)) lastNamed = attribution.name;
    lastParagraphEnd = q.outer.end;
    const written = quoteText(text, q.parts, q.block);
    const ctx = contextOf(text, q.outer, prevEnd, nextStart);
    const cls = classifyQuote({
      text: written,
      wordCount: pattern.wordCount,
      block: q.block,
      before: ctx.before,
      after: ctx.after,
      claimedSpeaker: attribution.name,
      speakerUnknownToBook: attribution.name ? !nameInBook(attribution.name, index) : false,
      bookTitle: book.metadata.title,
      bookAuthor: book.metadata.author,
    });
    const judged = judgeQuotation(cls, pattern, book, index);
    const attr =
      judged.kind === 'passage'
        ? checkAttribution(attribution.name, judged.location, model, book.text)
        : {
            attribution: (attribution.name ? 'unknown' : 'none') as AttributionVerdict,
            bookSpeaker: null,
            speakerConfidence: null,
            source: null,
          };
    checked.push({
      text: written,
      reviewSpan: { start: q.parts[0]!.start, end: q.parts[q.parts.length - 1]!.end },
      reviewParts: q.parts,
      reviewLine: q.line,
      kind: judged.kind,
      kindReason: judged.kindReason,
      verdict: judged.verdict,
      location: judged.location,
      otherLocations: judged.otherLocations,
      occurrences: judged.occurrences,
      claimedSpeaker: attribution.name,
      attribution: attr.attribution,
      bookSpeaker: attr.bookSpeaker,
      speakerConfidence: attr.speakerConfidence,
      diff: judged.diff,
      score: Math.round(judged.score * 1000) / 1000,
      notes: [
        ...pattern.notes,
        ...(q.unbalanced ? ['quote marks unbalanced: best guess at its extent'] : []),
        ...(attr.source === 'tag' ? [`who speaks: the book's own speech tag names ${attr.bookSpeaker}`] : []),
        ...(fromPronoun ? [`“${attribution.pronoun}” taken to mean ${fromPronoun}`] : []),
      ],
    });
  }
  if (checked.length === 0) {
    warnings.push({
      ruleId: 'review/no-quotations',
      message: 'the review quotes nothing: no quotations found',
      line: null,
    });
  }
  return {
    quotes: checked,
    summary: summarise(checked),
    warnings,
    book: { id: book.id, title: book.metadata.title, author: book.metadata.author },
    speakerModel: model !== null,
  };
}

export { renderReportHtml } from './report/html.js';
export { CHECK_JSON_SCHEMA, renderReportJson, reportToJson } from './report/json.js';
export { renderReportMarkdown } from './report/markdown.js';
export { renderReportText } from './report/text.js';
export { type ReviewText, readReview, readReviewBytes } from './review/read.js';
