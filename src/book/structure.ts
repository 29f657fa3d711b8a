/**
 * Parts and chapters of a book. Headings the format marks (EPUB/HTML) take precedence
 * (format-headings.ts); otherwise, or when those hold no chapter, plain text is read for numbered
 * headings (text-headings.ts); a book with none of those but several sections under titles in
 * capitals gets those; a book with no headings at all has no chapters (callers treat it as one).
 */
import { fromFormatHeadings } from './format-headings.js';
import { assemble, type StructureResult } from './headings.js';
import type { Span } from './span.js';
import { filterCandidates, findCandidates, titledSections } from './text-headings.js';
import type { Heading } from './types.js';

export type { HeadingCandidate, StructureResult } from './headings.js';
export { classifyLine, filterCandidates, findCandidates } from './text-headings.js';

export function detectStructure(
  text: string,
  paragraphs: readonly Span[],
  headings: readonly Heading[] = [],
): StructureResult {
  if (headings.length > 0) {
    const marked = fromFormatHeadings(text, headings);
    if (marked) return marked;
  }
  const candidates = findCandidates(text, paragraphs);
  const kept = filterCandidates(text, paragraphs, candidates);
  if (kept.length === 0) return assemble(text.length, titledSections(text, paragraphs));
  return assemble(text.length, kept);
}
