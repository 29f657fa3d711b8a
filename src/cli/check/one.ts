import { type CheckReport, checkReview, type ReviewText } from '../../check/index.js';
import type { CheckBook } from './book.js';

/** One review checked against a prepared book (the book's index and speakers are reused). */
export function checkOne(review: ReviewText, target: CheckBook): CheckReport {
  return checkReview(review.text, target.book, {
    analysis: target.analysis,
    format: review.format,
    sourceLines: review.sourceLines,
    lineUnit: review.lineUnit,
    otherBooks: target.otherBooks,
    findInLibrary: target.findInLibrary,
  });
}
