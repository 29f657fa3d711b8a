/**
 * The checker's public face: `checkReview` (check-review.ts composes the stages), its data
 * (types.ts: the JSON contract) and the report renderers.
 */
export type { SpeakerModel } from './attribute/index.js';
export { type CheckOptions, checkReview, MAX_QUOTATIONS, MAX_REVIEW_CHARS } from './check-review.js';
export { askLibrary, type FindInLibrary, type LibraryLookups, needsLibrary } from './elsewhere.js';
export { indexBook } from './locate/index.js';
export { renderReportHtml } from './report/html.js';
export { CHECK_JSON_SCHEMA, renderReportJson, reportToJson } from './report/json.js';
export { renderReportMarkdown } from './report/markdown.js';
export { renderReportText } from './report/text.js';
export { type ReviewText, readReview, readReviewBytes } from './review/read.js';
export { nameOtherBook, summarise } from './summarise.js';
export * from './types.js';
