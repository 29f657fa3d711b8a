import { findSpanIndex } from '../book/span.js';
import type { Book } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { buildCast, type Cast } from './attribute/cast.js';
import { attribute, attributeContext, type SpeakerModel } from './attribute/index.js';
import { classifyQuote, nameInBook } from './classify.js';
import { contextOf, readCredits } from './credits/index.js';
import { withinMarks, withNamesCapitalised } from './credits/name-case.js';
import { type FindInLibrary, findElsewhere } from './elsewhere.js';
import { type ExtractedQuote, extractQuotations, quoteText } from './extract/index.js';
import { quotesThePage } from './extract/self-quote.js';
import { citedChapter, citedFirst, placeByCitedChapter } from './locate/cited-chapter.js';
import {
  type BookLine,
  buildPattern,
  dialogueLines,
  indexBook,
  locateQuotation,
  noteSplicedTurns,
} from './locate/index.js';
import { separateJoinedLines } from './locate/joined.js';
import { type PlacedQuote, placeByNeighbours } from './locate/neighbours.js';
import type { QuotePattern } from './locate/pattern.js';
import { showWhereSupported } from './locate/supported-place.js';
import { namesInReview, namesWarning } from './names.js';
import { convertClippings, isKindleClippings } from './review/clippings.js';
import { parseReviewDocument } from './review/document.js';
import { convertReviewHtml } from './review/html.js';
import { authorInSources, sourcesSection } from './review/sources.js';
import { languageWarning, reviewWarnings, summarise } from './summarise.js';
import type { CheckedQuote, CheckReport, Credit } from './types.js';

/**
 * Checking a review against its book, in eight stages composed in this order:
 *
 * 1. extract   (extract/)   every quotation, however the writer set it off;
 * 2. credits   (credits/)   whom the writer credits each one to, and how;
 * 3. classify  (classify.ts) passage, term, title, or a line said outside the book;
 * 4. locate    (locate/)    where the book has it, and how the words differ (verbatim / altered / not found);
 * 5. attribute (attribute/) the credit against the book's speaker, with the evidence;
 * 6. elsewhere (elsewhere.ts) for a passage not in the book, the library book that has it;
 * 7. names     (names.ts)   the people and places the review names, and which the book never mentions;
 * 8. summarise (summarise.ts) counts, the exit status, warnings about the review as a whole.
 *
 * Pure and synchronous: the CLI, the web app and library users all call this.
 */

export interface CheckOptions {
  /** The book's speaker analysis (from `analyzeBook`), or null/absent: attributions are then judged from the book's tags only. */
  analysis?: SpeakerModel | null;
  /** How the review text is written; `html` is converted first. Default `md` (plain text is valid Markdown here). */
  format?: 'txt' | 'md' | 'html';
  /**
   * For a review converted from HTML or DOCX (review/read.ts): the source line or paragraph of each
   * line of the text, so reported lines are the writer's.
   */
  sourceLines?: readonly number[];
  lineUnit?: 'line' | 'paragraph';
  /**
   * Other books (the library's) to look in when most quotations are not found, so the warning that
   * the review may be about another book can name it. Called only then; the books are read lazily.
   */
  otherBooks?: () => Iterable<Book>;
  /**
   * Finds a passage across the library (`verbatim find`): each passage the book does not have is
   * looked up, and the library book holding it is named on the quotation (`inLibraryBook`).
   */
  findInLibrary?: FindInLibrary;
}

/** Reviews longer than this (in UTF-16 code units) are refused: a review is not a book (src/limits.ts). */
export const MAX_REVIEW_CHARS = LIMITS.reviewCharacters;
/** At most this many quotations are checked in one review (src/limits.ts). */
export const MAX_QUOTATIONS = LIMITS.quotationsPerReview;

function refuseBadInput(reviewText: string, book: Book): void {
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
}

/**
 * The cast and the book's lines of a speaker model, built once per model and kept while it lives:
 * a server's check worker and a class set check many reviews against one model (the cast only
 * remembers the names it has resolved).
 */
const sharedByModel = new WeakMap<SpeakerModel, { cast: Cast; bookLines: BookLine[] }>();

function modelShared(model: SpeakerModel | null): { cast: Cast; bookLines: BookLine[] } {
  if (!model) return { cast: buildCast(null), bookLines: dialogueLines(null) };
  let shared = sharedByModel.get(model);
  if (!shared) {
    shared = { cast: buildCast(model), bookLines: dialogueLines(model) };
    sharedByModel.set(model, shared);
  }
  return shared;
}

/** A quotation of the review, credited and located (stages 2–4), before it is attributed. */
interface LocatedQuote extends PlacedQuote {
  q: ExtractedQuote;
  pattern: QuotePattern;
  credit: Credit | null;
  claimedSpeaker: string | null;
  written: string;
  /** The chapter the writer cites on the quotation's line ("(Ch. 36)"), or null. */
  cited: number | null;
}

export function checkReview(reviewText: string, book: Book, options: CheckOptions = {}): CheckReport {
  refuseBadInput(reviewText, book);
  const converted =
    options.format === 'html'
      ? convertReviewHtml(reviewText)
      : isKindleClippings(reviewText)
        ? convertClippings(reviewText)
        : null;
  const doc = parseReviewDocument(converted?.text ?? reviewText, {
    sourceLines: converted?.sourceLines ?? options.sourceLines,
    lineUnit: options.lineUnit,
  });
  const text = doc.text;
  const index = indexBook(book);
  const model = options.analysis ?? null;
  const { cast, bookLines } = modelShared(model);
  const attributing = attributeContext(model, cast, book.text, index, book.structure.paragraphs, [
    ...book.structure.chapters.map((c) => c.heading),
    ...book.structure.parts.map((p) => p.heading),
  ]);

  // 1. extract
  // A page in lower case ("miss havisham: love her!") is read with the book's names capitalised, so
  // a script line's speaker is a speaker; spans stay the writer's (same offsets, same text shown).
  const { quotes: extracted, warnings } = extractQuotations(
    withNamesCapitalised(doc, withinMarks(text), cast),
    {
      book: { index, text: book.text, author: book.metadata.author },
      // (or any the name may mean: "— Collins" for the book's "Mr. Collins" or "Mrs. Collins", probe round AF61)
      isCharacterName: (word) => cast.characterCalled(word) !== null || cast.charactersNamed(word).length > 0,
    },
  );
  const lang = languageWarning(text, index);
  if (lang) warnings.push(lang);
  let todo = extracted;
  if (todo.length > MAX_QUOTATIONS) {
    const first = todo[MAX_QUOTATIONS]!;
    warnings.push({
      ruleId: 'review/too-many-quotations',
      reason: `the review has ${todo.length} quotations; only the first ${MAX_QUOTATIONS} were checked`,
      severity: 'warning',
      span: first.outer,
      line: first.line,
    });
    todo = todo.slice(0, MAX_QUOTATIONS);
  }
  // Two lines the extract stage joined as one split quotation, which the book has apart.
  todo = separateJoinedLines(todo, text, book, index);
  // The author from the book, else from the essay's Works Cited (a plain text has no header).
  const sources = sourcesSection(doc);
  const bookAuthor = book.metadata.author ?? authorInSources(doc, sources, book.metadata.title);
  // 2. credits
  const credits = readCredits(doc, todo, {
    bookAuthor,
    bookTitle: book.metadata.title,
    cast,
  });

  const chapterTitles = book.structure.chapters.map((c) => c.title);
  const blockSpans = doc.blocks.map((b) => b.span);
  const placed: LocatedQuote[] = [];
  for (const [qi, q] of todo.entries()) {
    const pattern = buildPattern(text, q.parts);
    if (pattern.wordCount === 0) continue;
    const credit = credits[qi] ?? null;
    // (a name the writer's line wraps, "Aunt⏎Julia", is shown as one name)
    const claimedSpeaker = credit && credit.kind !== 'author' ? credit.name.replace(/\s+/g, ' ') : null;
    const written = quoteText(text, q.parts, q.block);
    const prevEnd = qi > 0 ? todo[qi - 1]!.outer.end : 0;
    const nextStart = todo[qi + 1]?.outer.start ?? text.length;
    const ctx = contextOf(text, q.outer, prevEnd, nextStart);
    // 3. classify
    const cls = classifyQuote({
      text: written,
      wordCount: pattern.wordCount,
      block: q.block,
      inHeading: doc.blocks[findSpanIndex(blockSpans, q.outer.start)]?.kind === 'heading',
      inReferences: sources !== null && q.outer.start >= sources.start && q.outer.start < sources.end,
      before: ctx.before,
      after: ctx.after,
      claimedSpeaker: credit?.name ?? null,
      creditKind: credit?.kind ?? null,
      speakerUnknownToBook: credit
        ? !nameInBook(credit.name, index) && !cast.characterNamed(credit.name)
        : false,
      bookTitle: book.metadata.title,
      bookAuthor,
      chapterTitles,
      isBookPerson: (name) => cast.characterNamed(name) !== null,
    });
    // 4. locate
    const located = locateQuotation(cls, pattern, book, index);
    // A reply quoting the comment it answers quotes the page, not the novel.
    if (located.kind === 'passage' && located.verdict === 'not_found' && quotesThePage(text, q, todo))
      continue;
    placed.push({
      q,
      pattern,
      credit,
      claimedSpeaker,
      written,
      located,
      block: findSpanIndex(blockSpans, q.outer.start),
      cited: citedChapter(text, q.outer, nextStart),
    });
  }
  // …a line the book repeats, where the quotations beside it are, or in the chapter the writer cites
  placeByNeighbours(placed);
  for (const p of placed)
    if (p.cited !== null) placeByCitedChapter(p.located, p.cited, book.structure.chapters);

  const checked: CheckedQuote[] = [];
  for (const { q, pattern, credit, claimedSpeaker, written, located: alone, cited } of placed) {
    const located = noteSplicedTurns(alone, bookLines, book.text);
    // 5. attribute
    const passage = located.kind === 'passage';
    // (the places in a cited chapter are judged first: where the credited speaker says the line there
    // is the place shown)
    const judged = attribute(
      credit,
      passage ? located.location : null,
      attributing,
      passage ? citedFirst(located.otherLocations, cited, book.structure.chapters) : [],
    );
    const attr = showWhereSupported(located, judged, cited, book.structure.chapters);
    const outside = located.kind === 'external' || located.kind === 'title';
    checked.push({
      text: written,
      reviewSpan: { start: q.parts[0]!.start, end: q.parts[q.parts.length - 1]!.end },
      reviewParts: q.parts,
      reviewLine: q.line,
      setOff: q.setOff,
      kind: located.kind,
      kindReason: located.kindReason,
      verdict: located.verdict,
      location: located.location,
      otherLocations: located.otherLocations,
      occurrences: located.occurrences,
      claimedSpeaker,
      credit,
      claimedCharacter: outside ? null : attr.claimedCharacter,
      attribution: outside ? (claimedSpeaker ? 'unknown' : 'none') : attr.attribution,
      evidence: outside ? null : attr.evidence,
      addressee: outside ? null : attr.addressee,
      bookSpeaker: outside ? null : attr.bookSpeaker,
      speakerConfidence: outside ? null : attr.speakerConfidence,
      diff: located.diff,
      score: Math.round(located.score * 1000) / 1000,
      notes: [
        ...pattern.notes,
        ...located.notes,
        ...(q.unbalanced ? ['quote marks unbalanced: best guess at its extent'] : []),
        ...(credit?.pronoun ? [`“${credit.pronoun}” taken to mean ${credit.name}`] : []),
        ...(credit?.initial ? [`“${credit.initial}” taken to mean ${credit.name}`] : []),
        ...(outside ? [] : attr.notes),
      ],
    });
  }
  // 6. elsewhere
  const quotes = findElsewhere(checked, book, options.findInLibrary);
  // 7. names
  const names = namesInReview(doc, quotes, { book, index, cast });
  // A review in another language names nothing the book could be asked about.
  const namesWarned = lang ? null : namesWarning(names);
  if (namesWarned) warnings.push(namesWarned);
  // 8. summarise
  return {
    quotes,
    names,
    summary: summarise(quotes),
    warnings: reviewWarnings(quotes, { book, otherBooks: options.otherBooks }, warnings),
    book: { id: book.id, title: book.metadata.title, author: book.metadata.author },
    speakerModel: model !== null,
    reviewLineUnit: doc.lineUnit,
  };
}
