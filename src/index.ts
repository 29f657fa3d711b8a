/**
 * Verbatim as a library. Everything the CLI and the web app do goes through these functions;
 * offsets in every result are half-open UTF-16 offsets into `book.text`.
 *
 *   const book = await loadBookFile('novel.epub');
 *   const analysis = analyzeBook(book);
 *   const report = checkReview(reviewText, book, { analysis });
 */

export {
  ANALYSIS_VERSION,
  type Analysis,
  analyzeBook,
  type Character,
  type DialogueQuote,
  findCharacterByName,
  type Place,
} from './analysis/index.js';
export { bookFromText, buildBook } from './book/build.js';
export { chapterAt, chapterLabel, paragraphAt, partAt, sentenceAt } from './book/locate.js';
export type { Span } from './book/span.js';
export { findSpanIndex, sliceSpan } from './book/span.js';
export type { Book, BookMetadata, BookStructure, Chapter, Part, SourceFormat } from './book/types.js';
export {
  type CheckOptions,
  type CheckReport,
  checkReview,
  readReview,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  renderReportText,
} from './check/index.js';
export { type ErrorCode, isVerbatimError, VerbatimError } from './errors.js';
// Which library books hold a passage (`verbatim find`); the index is built once per book.
export {
  ensureFindIndex,
  type FindMatch,
  type FindOptions,
  type FindResult,
  findPassage,
  type IndexProgress,
} from './find/index.js';
export { type LoadOptions, loadBookBytes, loadBookFile } from './formats/load.js';
export type { Problem } from './problem.js';
// Style and structure (`verbatim profile`) and how each character talks (`verbatim voices`).
export {
  type BookProfile,
  type ChapterProfile,
  type LengthStats,
  MATTR_WINDOW,
  type Narration,
  type NarrativePerson,
  profileBook,
  type Vocabulary,
} from './profile/index.js';
export { renderProfileText } from './profile/render.js';
export {
  DELTA_DEFAULTS,
  type DeltaOptions,
  type DeltaWord,
} from './similar/delta.js';
export type { ProfileStore } from './similar/library-profiles.js';
export { profileOfBook, type StyleProfile } from './similar/profile.js';
export {
  SIMILAR_DEFAULTS,
  type SimilarBook,
  type SimilarOptions,
  type SimilarReport,
  similarBooks,
} from './similar/similar.js';
export { type AnalysisStatus, type BookSummary, Library } from './store/library.js';
export { libraryReference } from './terms/motif-reference.js';
export {
  MOTIF_DEFAULTS,
  type Motif,
  type MotifOptions,
  type MotifSuggestions,
  suggestMotifs,
} from './terms/motifs.js';
export { termsReport } from './terms/report.js';
export {
  type ConcordanceLine,
  TERMS_DEFAULTS,
  type TermReport,
  type TermsAnalysis,
  type TermsOptions,
  type TermsReport,
} from './terms/types.js';
export { type LineColumn, LineIndex } from './text/line-index.js';
export { type NormalizedView, type NormalizeOptions, normalize } from './text/normalize.js';
export { segmentParagraphs, segmentSentences } from './text/segment.js';
export { type Token, tokenize } from './text/tokenize.js';
export { type Addressee, type CharacterVoice, characterVoices, type VoicesReport } from './voices/index.js';
export { renderVoicesText } from './voices/render.js';
