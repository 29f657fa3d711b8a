import type { Book } from '../book/types.js';
import type { Library } from '../store/library.js';
import { analyzeBook } from './index.js';
import { ANALYSIS_VERSION, type Analysis } from './types.js';

/** A stored analysis is trusted only when it has the current version and the expected shape. */
export function isAnalysis(value: unknown): value is Analysis {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<Analysis>;
  return (
    v.version === ANALYSIS_VERSION &&
    Array.isArray(v.characters) &&
    Array.isArray(v.quotes) &&
    Array.isArray(v.places)
  );
}

/**
 * The book's analysis from the library when one of the current version is stored (instant), else
 * computed now and stored. With no library (a file analysed directly) it is computed and not kept.
 */
export function analysisFor(book: Book, library: Library | null): { analysis: Analysis; cached: boolean } {
  const stored = library?.getAnalysis(book.id, ANALYSIS_VERSION);
  if (isAnalysis(stored)) return { analysis: stored, cached: true };
  if (!library) return { analysis: analyzeBook(book), cached: false };
  library.setAnalysisStatus(book.id, 'running');
  try {
    const analysis = analyzeBook(book);
    library.saveAnalysis(book.id, ANALYSIS_VERSION, analysis);
    library.setAnalysisStatus(book.id, 'done');
    return { analysis, cached: false };
  } catch (e) {
    library.setAnalysisStatus(book.id, 'failed', e instanceof Error ? e.message : String(e));
    throw e;
  }
}
