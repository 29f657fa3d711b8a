/**
 * Who speaks: dialogue, characters and speaker attribution for a whole book.
 * `analyzeBook(book)` is the one entry point; the CLI (`verbatim analyze`), the library store and the
 * review checker all use it.
 */
import { findLastStartingAtOrBefore, findSpanIndex, type Span } from '../book/span.js';
import type { Book } from '../book/types.js';
import { buildCharacters } from './cast.js';
import { type CalibrationMap, calibrateConfidence, DEFAULT_CALIBRATION } from './confidence/index.js';
import { findNameOccurrences } from './names.js';
import { findPlaces } from './places.js';
import { detectQuoteStyle, findQuotations } from './quotes.js';
import { attributeWithRanker } from './ranker/index.js';
import { findScriptLines, quotedParagraphs, withLabels, withScriptLines } from './script-lines.js';
import { withPlainSpaces } from './spaces.js';
import {
  ANALYSIS_VERSION,
  type Analysis,
  type Character,
  type DialogueQuote,
  type RunnerUp,
} from './types.js';
import { commonWordTest, lowercaseWordCounts } from './word-counts.js';

export { findCharacterByName } from './find-character.js';
export type { Analysis, Character, DialogueQuote, Place, QuoteStyle, QuoteType, RunnerUp } from './types.js';
export { ANALYSIS_VERSION };

/** Paragraphs from the book's structure; a Book built without structure falls back to blank-line splitting. */
function paragraphsOf(book: Book): readonly Span[] {
  if (book.structure.paragraphs.length > 0) return book.structure.paragraphs;
  const out: Span[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t]*\r?\n))*/g;
  for (let m = re.exec(book.text); m; m = re.exec(book.text))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Paragraphs that are not chapter or part headings: "The Rabbit Sends in a Little Bill" names nobody. */
function withoutHeadings(book: Book, paragraphs: readonly Span[]): Span[] {
  const headings = [
    ...book.structure.chapters.map((c) => c.heading),
    ...book.structure.parts.map((p) => p.heading),
  ].sort((a, b) => a.start - b.start);
  if (headings.length === 0) return [...paragraphs];
  return paragraphs.filter((p) => {
    const i = findLastStartingAtOrBefore(headings, p.end - 1);
    return i < 0 || headings[i]!.end <= p.start;
  });
}

export interface AnalyzeOptions {
  /** The confidence calibration; null gives the rules' raw confidences (to fit a calibration on). */
  calibration?: CalibrationMap | null;
}

export function analyzeBook(book: Book, options: AnalyzeOptions = {}): Analysis {
  const calibration = options.calibration === undefined ? DEFAULT_CALIBRATION : options.calibration;
  // Offsets into this text are offsets into book.text (one UTF-16 unit for one: spaces.ts).
  const text = withPlainSpaces(book.text);
  const paragraphs = paragraphsOf(book);
  const quoteStyle = detectQuoteStyle(text, paragraphs);
  const marked = findQuotations(text, paragraphs, quoteStyle);
  // Lines printed as a play ("ROSALIND: Yes!") are quotations too, their labels names of the cast.
  const script = findScriptLines(text, paragraphs, quotedParagraphs(marked));
  const raw = withScriptLines(marked, script);
  const allParts = raw.flatMap((q) => q.parts);
  const lowerCounts = lowercaseWordCounts(text);
  const occurrences = withLabels(
    findNameOccurrences(text, withoutHeadings(book, paragraphs), allParts, commonWordTest(text, lowerCounts)),
    script,
  );
  const cast = buildCharacters(text, occurrences, allParts, lowerCounts);
  const mentionCounts = new Map<string, number>();
  for (const m of cast.mentions) mentionCounts.set(m.character, (mentionCounts.get(m.character) ?? 0) + 1);
  const attributions = attributeWithRanker({
    text,
    paragraphs,
    quotes: raw,
    mentions: cast.mentions,
    genderOf: (id) => cast.byId.get(id)?.gender ?? 'unknown',
    narrator: cast.narrator,
    narratorNames: cast.narratorNames(raw),
    familyOf: (id) => {
      const e = cast.byId.get(id)?.entity;
      if (!e) return null;
      return { surname: e.surname, married: e.married, mister: e.key.startsWith('M|') };
    },
    mentionCount: (id) => mentionCounts.get(id) ?? 0,
    characterIds: [...cast.byId.keys()],
  });
  const quotes: DialogueQuote[] = raw.map((q, i) => {
    const a = attributions[i]!;
    const rule = a.speaker ? a.rule : 'none';
    const confidence = a.speaker
      ? Math.round(calibrateConfidence(rule, a.confidence, calibration) * 100) / 100
      : 0;
    return {
      start: q.parts[0]!.start,
      end: q.parts[q.parts.length - 1]!.end,
      parts: q.parts,
      speaker: a.speaker,
      addressees: a.addressees,
      type: a.speaker ? a.type : 'none',
      confidence,
      rule,
      ...(a.speaker && a.tagSpan ? { tagSpan: a.tagSpan } : {}),
      ...(a.speaker && a.runnersUp ? { runnersUp: runnersUpBelow(a.runnersUp, confidence) } : {}),
    };
  });
  const characters = cast.finish(quotes, raw);
  const places = findPlaces(cast.stats, occurrences, cast.personForms);
  return { version: ANALYSIS_VERSION, quoteStyle, characters, quotes, places };
}

/**
 * The ranker's other likely speakers, rounded like `confidence` and never shown surer than the first
 * choice's calibrated confidence (the ranker's raw probabilities are not calibrated per rule).
 */
function runnersUpBelow(runnersUp: readonly RunnerUp[], confidence: number): RunnerUp[] {
  return runnersUp.map((r) => ({
    speaker: r.speaker,
    probability: Math.round(Math.min(r.probability, confidence) * 100) / 100,
  }));
}

/** True when `offset` lies inside a quotation of the analysis. */
export function isInsideQuote(analysis: Analysis, offset: number): boolean {
  return (
    findSpanIndex(
      analysis.quotes.flatMap((q) => q.parts),
      offset,
    ) >= 0
  );
}

export type { Character as AnalysisCharacter };
