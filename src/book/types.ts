import type { Span } from './span.js';

/** Where a book came from, as loaded by `src/formats`. */
export type SourceFormat = 'txt' | 'epub' | 'html';

export interface BookMetadata {
  title: string | null;
  author: string | null;
  language: string | null;
}

/**
 * What a format loader produces: the text Verbatim indexes, plus what was set aside.
 * `text` is the novel as read (decoded, BOM dropped; for EPUB/HTML the extracted text), without
 * a Project Gutenberg header and licence footer, which are kept in `frontMatter`/`backMatter`.
 * Nothing else is rewritten: CRLF, underscores, curly quotes all stay; normalised forms are views.
 */
export interface LoadedText {
  format: SourceFormat;
  text: string;
  metadata: BookMetadata;
  /** Text before `text` in the source (e.g. the Gutenberg header), kept, not shown as the novel. */
  frontMatter: string;
  /** Text after `text` in the source (e.g. the Gutenberg licence). */
  backMatter: string;
  /** Encoding the bytes were decoded from (utf-8, utf-8-bom, windows-1252, …). */
  encoding: string;
  /**
   * Headings the format itself marks (EPUB/HTML <h1>–<h3>, nav entries), as spans into `text`.
   * Plain text has none; chapter detection then reads the lines.
   */
  headings: Heading[];
  /** Non-fatal things the loader noticed (e.g. a spine item that was missing and skipped). */
  warnings: string[];
  /**
   * Set when `metadata.title` was read from a line of `text` (no metadata, no Gutenberg header): that
   * line, and the title to use instead if the book's structure finds the line is a heading.
   */
  titleLine?: Span & { otherwise: string | null };
}

export interface Heading extends Span {
  level: number;
  title: string;
}

/** A part, book or volume: a group of chapters ("BOOK THE FIRST", "Part Two", "VOLUME I"). */
export interface Part extends Span {
  index: number;
  title: string;
  heading: Span;
}

export interface Chapter extends Span {
  index: number;
  /** The heading as printed, trimmed ("CHAPTER I.", "Chapter 1: The Beginning"). */
  title: string;
  /** The heading's span in the text. The chapter's span starts at the heading. */
  heading: Span;
  /** Index into `parts`, or null when the book has no parts. */
  part: number | null;
  /**
   * Words in the chapter, as `countWords` counts them (counted once when the book is built, so
   * `verbatim info` need not read the whole text again). Absent on books stored before it was.
   */
  words?: number;
}

/** The structure of a book: every division a span into `Book.text`, sorted and non-overlapping per kind. */
export interface BookStructure {
  parts: Part[];
  chapters: Chapter[];
  paragraphs: Span[];
  sentences: Span[];
  wordCount: number;
}

/** A book as the rest of Verbatim sees it. */
export interface Book {
  /** Short stable id: the first 12 hex digits of `hash`. */
  id: string;
  /** SHA-256 of the source file's bytes; a second `add` of the same bytes is recognised by it. */
  hash: string;
  format: SourceFormat;
  /** Path the book was added from (informational only). */
  sourcePath: string | null;
  metadata: BookMetadata;
  encoding: string;
  text: string;
  frontMatter: string;
  backMatter: string;
  structure: BookStructure;
  warnings: string[];
}
