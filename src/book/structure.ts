/**
 * Parts and chapters of a book. Headings the format marks (EPUB/HTML) take precedence; plain text is
 * read paragraph by paragraph: a heading is a short block on its own ("CHAPTER I.", "Chapter 12: The
 * Ball", "XIV", "BOOK THE FIRST", "PART ONE", "STAVE III") that is followed by body text.
 *
 * False positives we guard against: a table of contents (headings with no body text between them),
 * "I." opening an ordinary sentence (a heading must be the whole block), and numbered lists of a few
 * items (bare numerals need a run of several in sequence). A book with no headings has no chapters.
 */

import { numberValue, WORD_NUMBER_PATTERN } from './numerals.js';
import type { Span } from './span.js';
import type { Chapter, Heading, Part } from './types.js';

export interface StructureResult {
  parts: Part[];
  chapters: Chapter[];
}

type Kind = 'part' | 'chapter' | 'bare';

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
}

const NUM = `(?:[IVXLCDM]+|[ivxlcdm]+|\\d{1,4}|${WORD_NUMBER_PATTERN})`;
const CHAPTER_RE = new RegExp(
  `^(chapter|chap\\.?|stave|letter|canto|episode|section)\\s+(?:the\\s+)?(${NUM})\\b\\.?\\s*[.:\\-\\u2013\\u2014]*\\s*(.*)$`,
  'i',
);
const PART_RE = new RegExp(
  `^(book|part|volume|vol\\.)\\s+(?:the\\s+)?(${NUM})\\b\\.?\\s*[.:\\-\\u2013\\u2014]*\\s*(.*)$`,
  'i',
);
const BARE_RE = /^([IVXLCDM]+|\d{1,3})\.?(?:\s*[.:\-\u2013\u2014]?\s+(\S.*))?$/;
const NAMED_RE = /^(prologue|epilogue|prelude|finale|introduction|conclusion|postscript)\.?$/i;

const MAX_HEADING_CHARS = 200;
const MAX_HEADING_LINES = 3;
/** Body text a heading must be followed by before the next heading: fewer characters means a table of contents. */
const MIN_BODY_CHARS = 150;

export function detectStructure(
  text: string,
  paragraphs: readonly Span[],
  headings: readonly Heading[] = [],
): StructureResult {
  if (headings.length > 0) return fromFormatHeadings(text, headings);
  const candidates = findCandidates(text, paragraphs);
  const kept = filterCandidates(text, paragraphs, candidates);
  return assemble(text.length, kept);
}

/** Every block that reads like a heading, in text order. */
export function findCandidates(text: string, paragraphs: readonly Span[]): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    if (para.end - para.start > MAX_HEADING_CHARS) continue;
    const block = text.slice(para.start, para.end);
    const lines = block.split(/\r\n|\r|\n/);
    if (lines.length > MAX_HEADING_LINES) continue;
    const first = cleanLine(lines[0]!);
    const c = classifyLine(first);
    if (!c) continue;
    // A heading whose other lines run on like prose is a paragraph that happens to start with "Chapter 3".
    if (lines.slice(1).some((l) => l.trim().length > 80)) continue;
    const title = lines
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .join(' ');
    out.push({ ...c, title, heading: { start: para.start, end: para.end }, paragraph: p });
  }
  return out;
}

/** Strip Gutenberg italics/bold markers and surrounding space from a heading line. */
function cleanLine(line: string): string {
  return line.replace(/[_*=]/g, '').trim();
}

export function classifyLine(line: string): Pick<HeadingCandidate, 'kind' | 'keyword' | 'number'> | null {
  if (line.length === 0 || line.length > 120) return null;
  const first = line.charCodeAt(0);
  // Headings start with a capital or a digit; "chapter three was…" in running prose does not.
  if (first >= 97 && first <= 122) return null;
  let m = CHAPTER_RE.exec(line);
  if (m) {
    if (!titleLooksLikeHeading(m[3]!)) return null;
    const n = numberValue(m[2]!);
    if (n === null) return null;
    return { kind: 'chapter', keyword: m[1]!.toLowerCase().replace(/\.$/, ''), number: n };
  }
  m = PART_RE.exec(line);
  if (m) {
    if (!titleLooksLikeHeading(m[3]!)) return null;
    const n = numberValue(m[2]!);
    if (n === null) return null;
    return { kind: 'part', keyword: m[1]!.toLowerCase().replace(/\.$/, ''), number: n };
  }
  m = BARE_RE.exec(line);
  if (m) {
    const n = numberValue(m[1]!);
    if (n === null) return null;
    if (m[2] !== undefined && !titleLooksLikeHeading(m[2])) return null;
    return { kind: 'bare', keyword: '', number: n };
  }
  if (NAMED_RE.test(line))
    return { kind: 'chapter', keyword: line.toLowerCase().replace(/\.$/, ''), number: null };
  return null;
}

/** A heading's title starts with a capital, a quote or a digit and is short; prose runs on in lower case. */
function titleLooksLikeHeading(rest: string): boolean {
  const t = rest.trim();
  if (t.length === 0) return true;
  if (t.length > 90) return false;
  const c = t.charCodeAt(0);
  return !(c >= 97 && c <= 122);
}

function bodyCharsBetween(
  paragraphs: readonly Span[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
): number {
  let chars = 0;
  for (let p = from + 1; p < to; p++) {
    if (skip.has(p)) continue;
    const para = paragraphs[p]!;
    chars += para.end - para.start;
  }
  return chars;
}

export function filterCandidates(
  _text: string,
  paragraphs: readonly Span[],
  candidates: readonly HeadingCandidate[],
): HeadingCandidate[] {
  // Keyword chapters ("CHAPTER I") win over bare numerals: where a book has both, bare numerals are
  // section numbers inside chapters or list items.
  const keyword = candidates.filter((c) => c.kind === 'chapter' && c.number !== null);
  const bare = candidates.filter((c) => c.kind === 'bare');
  const chapterLevel = keyword.length >= 2 ? candidates.filter((c) => c.kind === 'chapter') : bareRun(bare);
  const parts = candidates.filter((c) => c.kind === 'part');
  const headingParas = new Set(candidates.map((c) => c.paragraph));

  // Chapters must be followed by body text before the next chapter-level heading (else: contents list).
  const chapters: HeadingCandidate[] = [];
  for (let i = 0; i < chapterLevel.length; i++) {
    const c = chapterLevel[i]!;
    const nextPara = i + 1 < chapterLevel.length ? chapterLevel[i + 1]!.paragraph : paragraphs.length;
    if (bodyCharsBetween(paragraphs, c.paragraph, nextPara, headingParas) >= MIN_BODY_CHARS) chapters.push(c);
  }
  // Parts must be followed by a chapter or by body text before the next part.
  const keptParts: HeadingCandidate[] = [];
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    const nextPara = i + 1 < parts.length ? parts[i + 1]!.paragraph : paragraphs.length;
    const hasChapter = chapters.some((h) => h.paragraph > c.paragraph && h.paragraph < nextPara);
    if (hasChapter || bodyCharsBetween(paragraphs, c.paragraph, nextPara, headingParas) >= MIN_BODY_CHARS) {
      keptParts.push(c);
    }
  }
  // A book divided only into parts/books/volumes: those are its chapters.
  if (chapters.length === 0 && keptParts.length > 0) return keptParts.map((p) => ({ ...p, kind: 'chapter' }));
  return [...keptParts, ...chapters].sort((a, b) => a.paragraph - b.paragraph);
}

/** Bare numerals count only as a run: at least three, mostly numbered one more than the previous. */
function bareRun(bare: readonly HeadingCandidate[]): HeadingCandidate[] {
  if (bare.length < 3) return [];
  let inSequence = 0;
  for (let i = 1; i < bare.length; i++) {
    const prev = bare[i - 1]!.number!;
    const cur = bare[i]!.number!;
    if (cur === prev + 1 || cur === 1) inSequence++;
  }
  return inSequence >= (bare.length - 1) * 0.6 ? [...bare] : [];
}

function assemble(textLength: number, kept: readonly HeadingCandidate[]): StructureResult {
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

/** Structure from headings the format marks: part-like titles are parts, the rest chapters. */
function fromFormatHeadings(text: string, headings: readonly Heading[]): StructureResult {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  const levels = sorted.map((h) => h.level);
  const minLevel = Math.min(...levels);
  const kept: HeadingCandidate[] = [];
  sorted.forEach((h, i) => {
    const c = classifyLine(cleanLine(h.title));
    const isPart =
      c?.kind === 'part' || (h.level === minLevel && sorted.some((o) => o.level > h.level) && c === null);
    // A lone top-level heading above chapters is the book's title, not a part.
    const topCount = levels.filter((l) => l === minLevel).length;
    if (isPart && c === null && topCount === 1) return;
    kept.push({
      kind: isPart ? 'part' : 'chapter',
      keyword: c?.keyword ?? '',
      number: c?.number ?? null,
      title: h.title.trim(),
      heading: { start: h.start, end: h.end },
      paragraph: i,
    });
  });
  const chapterCount = kept.filter((k) => k.kind !== 'part').length;
  const final = chapterCount === 0 ? kept.map((k) => ({ ...k, kind: 'chapter' as const })) : kept;
  return assemble(text.length, final);
}
