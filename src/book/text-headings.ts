/**
 * Chapter and part headings in plain text, read paragraph by paragraph: a heading is a short block on
 * its own ("CHAPTER I.", "Chapter 12: The Ball", "XIV", "BOOK THE FIRST", "PART ONE", "STAVE III"),
 * perhaps with its title in the block below, that is followed by body text.
 *
 * False positives guarded against: a table of contents (headings with no body text between them), "I."
 * opening an ordinary sentence (a heading must be the whole block), numbered lists and letters quoted
 * in the story (numbers must run in sequence; a minority keyword inside the run of the main one is
 * dropped), and numerals that are not chapter numbers ("M. Riviere", "7 William Street").
 */
import type { HeadingCandidate } from './headings.js';
import { numberValue, WORD_NUMBER_PATTERN } from './numerals.js';
import type { Span } from './span.js';

const NUM = `(?:[IVXLCDM]+|[ivxlcdm]+|\\d{1,4}|${WORD_NUMBER_PATTERN})`;
const CHAPTER_RE = new RegExp(
  `^(chapter|chap\\.?|stave|letter|canto|episode|section|adventure)\\s+(?:the\\s+)?(${NUM})\\b\\.?\\s*[.:\\-\\u2013\\u2014]*\\s*(.*)$`,
  'i',
);
const PART_RE = new RegExp(
  `^(book|part|volume|vol\\.)\\s+(?:the\\s+)?(${NUM})\\b\\.?\\s*[.:\\-\\u2013\\u2014]*\\s*(.*)$`,
  'i',
);
const BARE_RE = /^([IVXLCDM]+|\d{1,3})\.?(?:\s*[.:\-\u2013\u2014]?\s+(\S.*))?$/;
/** A spelled number alone ("One", "TWENTY-TWO."): only as a run, like bare numerals. */
const SPELLED_RE = new RegExp(`^(${WORD_NUMBER_PATTERN})\\.?$`, 'i');
const NAMED_RE = /^(prologue|epilogue|prelude|finale|introduction|conclusion|postscript)\.?$/i;

const MAX_HEADING_CHARS = 200;
/** A bare numeral with a title on its line ("XIV. THE BALL") must be a short block: "I WAS so pleased…" is prose. */
const MAX_BARE_TITLED_CHARS = 80;
/** Larger bare numerals are more likely "M." (Monsieur) or a house number than a chapter. */
const MAX_BARE_NUMBER = 200;
/** A block right after a heading, this short and title-like, is the heading's title ("1" + "The Old Sea-dog"). */
const MAX_SUBTITLE_CHARS = 80;
const MAX_HEADING_LINES = 3;
const MAX_KEYWORD_HEADING_CHARS = 320;
const MAX_KEYWORD_HEADING_LINES = 5;
/** Body text a heading must be followed by before the next heading: fewer characters means a table of contents. */
const MIN_BODY_CHARS = 150;

const MIN_TITLED_SECTIONS = 3;
const MIN_TITLED_SECTION_BODY = 1000;
const MAX_SECTION_TITLE_CHARS = 60;

/**
 * For a book with no numbered headings at all: sections headed by a short title in capitals on a line
 * of its own ("THE SISTERS", "ARABY" in a story collection). Conservative: a title ends without
 * punctuation (so "LATER.", "SALLIE." and addresses ending in commas in letters are not titles), each
 * is followed by at least a page of text, there are at least three, and together they hold most of the book.
 */
export function titledSections(text: string, paragraphs: readonly Span[]): HeadingCandidate[] {
  const titles: number[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    if (para.end - para.start > MAX_SECTION_TITLE_CHARS) continue;
    const block = text.slice(para.start, para.end).replace(/[_*]/g, '').trim();
    if (/[\r\n]/.test(block) || /[.,;:!?\u2014-]$/.test(block) || /^THE END$/i.test(block)) continue;
    const letters = block.replace(/[^\p{L}]/gu, '');
    if (letters.length < 3 || letters !== letters.toUpperCase() || letters === letters.toLowerCase())
      continue;
    titles.push(p);
  }
  const kept = titles.filter((p, i) => {
    const next = i + 1 < titles.length ? titles[i + 1]! : paragraphs.length;
    return bodyCharsBetween(paragraphs, p, next, new Set()) >= MIN_TITLED_SECTION_BODY;
  });
  if (kept.length < MIN_TITLED_SECTIONS) return [];
  const firstStart = paragraphs[kept[0]!]!.start;
  if (firstStart > text.length * 0.2) return [];
  return kept.map((p) => {
    const para = paragraphs[p]!;
    return {
      kind: 'chapter' as const,
      keyword: '',
      number: null,
      titled: true,
      title: text.slice(para.start, para.end).trim(),
      heading: { start: para.start, end: para.end },
      paragraph: p,
    };
  });
}

/** Every block that reads like a heading, in text order, with a title block that follows it merged in. */
export function findCandidates(text: string, paragraphs: readonly Span[]): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const c = candidateAt(text, paragraphs, p);
    if (!c) continue;
    // "CHAPTER XXXV." then "CONCLUSION."; "1" then "The Old Sea-dog at the Admiral Benbow": one heading.
    const next = p + 1 < paragraphs.length ? paragraphs[p + 1]! : null;
    if (next && p + 2 < paragraphs.length && isSubtitle(text, next)) {
      const sub = candidateAt(text, paragraphs, p + 1);
      // Never swallow a heading of its own ("Book II" then "XIX."); a titled numeral ("I Go to Bristol")
      // is a title only under a number-only heading ("7").
      const mergeable =
        sub === null ||
        (sub.kind === 'chapter' && sub.number === null) ||
        (sub.kind === 'bare' && sub.titled && c.kind === 'bare' && !c.titled);
      if (mergeable) {
        c.title = `${c.title} ${blockTitle(text.slice(next.start, next.end))}`;
        c.heading = { start: c.heading.start, end: next.end };
        c.subtitleParagraph = p + 1;
        p++;
      }
    }
    out.push(c);
  }
  return out;
}

function blockTitle(block: string): string {
  return block
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(' ');
}

function candidateAt(text: string, paragraphs: readonly Span[], p: number): HeadingCandidate | null {
  const para = paragraphs[p]!;
  if (para.end - para.start > MAX_KEYWORD_HEADING_CHARS) return null;
  const block = text.slice(para.start, para.end);
  const lines = block.split(/\r\n|\r|\n/);
  if (lines.length > MAX_KEYWORD_HEADING_LINES) return null;
  const c = classifyLine(cleanLine(lines[0]!));
  if (!c) return null;
  // Only a keyword heading ("Chapter VI: The Reverend Arthur Beebe, … Drive Out in Carriages to See a
  // View; Italians Drive Them.") may wrap a long title over several lines.
  const keyword = (c.kind === 'chapter' || c.kind === 'part') && c.number !== null;
  if (!keyword && (para.end - para.start > MAX_HEADING_CHARS || lines.length > MAX_HEADING_LINES))
    return null;
  // A heading whose other lines run on like prose is a paragraph that happens to start with "Chapter 3".
  if (lines.slice(1).some((l) => l.trim().length > 80)) return null;
  if (c.kind === 'bare') {
    if (c.number! > MAX_BARE_NUMBER) return null;
    if (c.titled && block.length > MAX_BARE_TITLED_CHARS) return null;
  }
  return {
    kind: c.kind,
    keyword: c.keyword,
    number: c.number,
    titled: c.titled || lines.length > 1,
    title: blockTitle(block),
    heading: { start: para.start, end: para.end },
    paragraph: p,
  };
}

const SMALL_WORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'upon',
  'but',
  'nor',
  'off',
  'out',
  'over',
]);

/** A short block in capitals or title case (or a named section such as "CONCLUSION."), not a sentence of prose. */
function isSubtitle(text: string, para: Span): boolean {
  if (para.end - para.start > MAX_SUBTITLE_CHARS) return false;
  const block = blockTitle(text.slice(para.start, para.end)).replace(/[_*]/g, '');
  if (block.split(/\s+/).length > 12) return false;
  if (NAMED_RE.test(block)) return true;
  // Dialogue ("“TOM!”") and exclamations open the body; titles do not end with , ; : ! ?
  if (/^["'\u2018\u201c]/.test(block) || /[,;:!?]["'\u2019\u201d]?$/.test(block)) return false;
  const letters = block.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (letters === letters.toUpperCase()) return true;
  // Title case: every word but the small ones starts with a capital ("The Old Sea-dog at the Inn").
  const words = block.split(/[\s\u2014]+/).filter((w) => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    return letters.length >= 3 && !SMALL_WORDS.has(letters.toLowerCase());
  });
  return (
    words.length > 0 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w)) && !/[.!?]["\u201d']?$/.test(block)
  );
}

/** Strip Gutenberg italics/bold markers, surrounding space and framing dashes ("— I —") from a heading line. */
export function cleanLine(line: string): string {
  return line
    .replace(/[_*=]/g, '')
    .trim()
    .replace(/^[\u2014\u2013-]+\s*(.*?)\s*[\u2014\u2013-]+$/, '$1');
}

export function classifyLine(
  line: string,
): Pick<HeadingCandidate, 'kind' | 'keyword' | 'number' | 'titled'> | null {
  if (line.length === 0 || line.length > 120) return null;
  const first = line.charCodeAt(0);
  // Headings start with a capital or a digit; "chapter three was…" in running prose does not.
  if (first >= 97 && first <= 122) return null;
  let m = CHAPTER_RE.exec(line);
  if (m) {
    if (!titleLooksLikeHeading(m[3]!)) return null;
    const n = numberValue(m[2]!);
    if (n === null) return null;
    return {
      kind: 'chapter',
      keyword: m[1]!.toLowerCase().replace(/\.$/, ''),
      number: n,
      titled: m[3]! !== '',
    };
  }
  m = PART_RE.exec(line);
  if (m) {
    if (!titleLooksLikeHeading(m[3]!)) return null;
    const n = numberValue(m[2]!);
    if (n === null) return null;
    return { kind: 'part', keyword: m[1]!.toLowerCase().replace(/\.$/, ''), number: n, titled: m[3]! !== '' };
  }
  m = BARE_RE.exec(line);
  if (m) {
    const n = numberValue(m[1]!);
    if (n === null) return null;
    if (m[2] !== undefined && !titleLooksLikeHeading(m[2])) return null;
    return { kind: 'bare', keyword: '', number: n, titled: m[2] !== undefined };
  }
  m = SPELLED_RE.exec(line);
  if (m) {
    const n = numberValue(m[1]!);
    return n === null || n === 9999 ? null : { kind: 'bare', keyword: '', number: n, titled: false };
  }
  if (NAMED_RE.test(line))
    return { kind: 'chapter', keyword: line.toLowerCase().replace(/\.$/, ''), number: null, titled: false };
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
  const parts = candidates.filter((c) => c.kind === 'part');
  const chapterLevel = inSequence(chapterLevelCandidates(candidates), parts);
  const headingParas = new Set<number>();
  for (const c of candidates) {
    headingParas.add(c.paragraph);
    if (c.subtitleParagraph !== undefined) headingParas.add(c.subtitleParagraph);
  }

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

/**
 * Chapter-level headings. Keyword chapters ("CHAPTER I") win over bare numerals: where a book has both,
 * bare numerals are section numbers inside chapters or list items; except that a run of bare numerals
 * after the last keyword heading, continuing its numbering, is the same sequence in another style
 * ("ADVENTURE VI. …" then "VII. THE ADVENTURE OF …").
 */
function chapterLevelCandidates(candidates: readonly HeadingCandidate[]): HeadingCandidate[] {
  const keywordChapters = withoutEmbeddedKeywords(candidates.filter((c) => c.kind === 'chapter'));
  const numbered = keywordChapters.filter((c) => c.number !== null);
  const bare = candidates.filter((c) => c.kind === 'bare');
  if (numbered.length < 2)
    return bareRun(bare)
      .concat(keywordChapters)
      .sort((a, b) => a.paragraph - b.paragraph);
  const last = numbered[numbered.length - 1]!;
  const continuation: HeadingCandidate[] = [];
  let expected = last.number! + 1;
  for (const b of bare) {
    if (b.paragraph < last.paragraph) continue;
    if (b.number !== expected) break;
    continuation.push(b);
    expected++;
  }
  return keywordChapters.concat(continuation).sort((a, b) => a.paragraph - b.paragraph);
}

/**
 * Where most chapters are "Chapter …", a few "LETTER I." headings inside one chapter are letters the
 * story quotes, not chapters. Headings of a minority keyword are kept only outside the run of the main
 * one (Frankenstein's "Letter 1–4" before "Chapter 1").
 */
function withoutEmbeddedKeywords(chapters: readonly HeadingCandidate[]): HeadingCandidate[] {
  const counts = new Map<string, number>();
  for (const c of chapters) if (c.number !== null) counts.set(c.keyword, (counts.get(c.keyword) ?? 0) + 1);
  if (counts.size < 2) return [...chapters];
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const mainParas = chapters.filter((c) => c.keyword === main).map((c) => c.paragraph);
  const first = Math.min(...mainParas);
  const last = Math.max(...mainParas);
  return chapters.filter(
    (c) => c.keyword === main || c.number === null || c.paragraph < first || c.paragraph > last,
  );
}

/**
 * Drops chapter numbers that run backwards (other than a restart at 1, or after a part heading): an
 * editor's note "Chapter II: …" at the end of a book, an address "7 William Street" in a letter.
 * Gaps forward are kept (editions do skip numbers).
 */
function inSequence(
  chapters: readonly HeadingCandidate[],
  parts: readonly HeadingCandidate[],
): HeadingCandidate[] {
  const numbered = (c: HeadingCandidate | undefined) =>
    c !== undefined && c.number !== null && c.number !== 9999;
  const out: HeadingCandidate[] = [];
  let prev: HeadingCandidate | null = null;
  for (let i = 0; i < chapters.length; i++) {
    const c = chapters[i]!;
    if (!numbered(c) || prev === null) {
      out.push(c);
      if (numbered(c)) prev = c;
      continue;
    }
    const n = c.number!;
    const p = prev.number!;
    if (n === p + 1) {
      out.push(c);
      prev = c;
      continue;
    }
    let next: HeadingCandidate | undefined;
    for (let j = i + 1; j < chapters.length && next === undefined; j++)
      if (numbered(chapters[j])) next = chapters[j];
    // The next heading continues from the previous one: this one is an intruder ("I." inside a chapter).
    if (next && next.number === p + 1) continue;
    // The next heading expects this one in the middle: a misprinted number ("CHAPTER XVI" for XXVI).
    if (next && next.number === p + 2) {
      out.push({ ...c, number: p + 1 });
      prev = out[out.length - 1]!;
      continue;
    }
    const prevAt = prev.paragraph;
    const partBetween = parts.some((h) => h.paragraph > prevAt && h.paragraph < c.paragraph);
    if (n > p || n === 1 || partBetween) {
      out.push(c);
      prev = c;
    }
  }
  // Named sections ("PROLOGUE", "POSTSCRIPT") count only beside numbered chapters.
  return out.some(numbered) ? out : [];
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
