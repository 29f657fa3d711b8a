/**
 * A heading as the detectors find it, and how the headings that survive become the book's parts and
 * chapters (spans from each heading to the next of its kind).
 */
import type { Span } from './span.js';
import type { Chapter, Part } from './types.js';

export interface StructureResult {
  parts: Part[];
  chapters: Chapter[];
}

export type Kind = 'part' | 'chapter' | 'bare';

/** A heading found in the text, before the filters decide whether it is real. */
export interface HeadingCandidate {
  kind: Kind;
  /** The keyword as printed, lower-cased ("chapter", "book", "stave"; "" for bare numerals). */
  keyword: string;
  /** The chapter number, 9999 for "the last", null for unnumbered ("PROLOGUE"). */
  number: number | null;
  title: string;
  heading: Span;
  /** Index of the paragraph the heading is. */
  paragraph: number;
  /** Whether the heading line carries a title after its number ("XIV. THE BALL"). */
  titled: boolean;
  /** Index of the paragraph holding the heading's title, when the title is a block of its own. */
  subtitleParagraph?: number;
}

/** Parts and chapters from kept headings in text order: each runs to the next of its kind (a chapter also ends at the next part). */
export function assemble(textLength: number, kept: readonly HeadingCandidate[]): StructureResult {
  const parts: Part[] = [];
  const chapters: Chapter[] = [];
  const partHeads = kept.filter((k) => k.kind === 'part');
  const chapterHeads = kept.filter((k) => k.kind !== 'part');
  for (let i = 0; i < partHeads.length; i++) {
    const h = partHeads[i]!;
    const end = i + 1 < partHeads.length ? partHeads[i + 1]!.heading.start : textLength;
    parts.push({ index: i, title: h.title, heading: h.heading, start: h.heading.start, end });
  }
  for (let i = 0; i < chapterHeads.length; i++) {
    const h = chapterHeads[i]!;
    let end = i + 1 < chapterHeads.length ? chapterHeads[i + 1]!.heading.start : textLength;
    // A chapter also ends where the next part begins.
    const nextPart = partHeads.find((p) => p.heading.start > h.heading.start);
    if (nextPart && nextPart.heading.start < end) end = nextPart.heading.start;
    const part = findPart(parts, h.heading.start);
    chapters.push({ index: i, title: h.title, heading: h.heading, start: h.heading.start, end, part });
  }
  return { parts, chapters };
}

function findPart(parts: readonly Part[], offset: number): number | null {
  for (let i = parts.length - 1; i >= 0; i--) {
    if (parts[i]!.start <= offset && offset < parts[i]!.end) return i;
  }
  return null;
}
