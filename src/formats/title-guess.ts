import path from 'node:path';
import type { Span } from '../book/span.js';
import { classifyLine, cleanLine } from '../book/text-headings.js';

/**
 * Title and author for a plain text that declares none (no Gutenberg START marker, no HTML/EPUB
 * metadata). Metadata only: the text itself is never changed. In order of trust: leftover
 * "Title:"/"Author:" lines or a "Project Gutenberg EBook of X, by Y" line near the top; a short
 * first line that is not a heading; the file name (or, when that is generic like novel_text.txt,
 * its folder's name). The author may also stand on a title page, "by Jane Austen" on a line of its
 * own (or "by" alone above the name), among the first few lines.
 */
const HEAD_LINES = 40;
/** Words that open a division heading, never a title ("Phase the First: The Maiden", "Book Two"). */
const NOT_A_TITLE =
  /^(chapter|part|book|volume|vol\.|phase|letter|prologue|preface|introduction|contents|section|canto|stave|adventure|episode)\b/i;
/** "Phase the First", "Book the Second", "Part the Last": an ordinal division, whatever it is called. */
const ORDINAL_DIVISION =
  /^\p{L}+\s+the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)\b/iu;

export interface MetadataGuess {
  title: string | null;
  author: string | null;
  /**
   * Set when the title was read from a line of the text: that line's span. Whether the line is in
   * fact a heading (Dubliners opens with its first story's title, "THE SISTERS") is known only once
   * the book's structure is, so the caller checks it then and uses `titleOtherwise` if it is.
   */
  titleLine?: Span;
  titleOtherwise?: string | null;
}

export function guessMetadata(text: string, filename: string): MetadataGuess {
  const lines = headLines(text);
  let title: string | null = null;
  let author: string | null = null;
  for (const { line } of lines) {
    const ebook = parseGutenbergTitleLine(line);
    if (ebook) {
      title ??= ebook.title;
      author ??= ebook.author;
    }
    const field = /^(Title|Author):\s*(.+)$/.exec(line);
    if (field?.[1] === 'Title') title ??= field[2]!.trim();
    if (field?.[1] === 'Author') author ??= field[2]!.trim();
  }
  author ??= byLine(lines.map((l) => l.line));
  if (title) return { title, author };
  const fromName = fromFileName(filename);
  const first = firstTitleLine(lines);
  if (first) return { title: first.title, author, titleLine: first.span, titleOtherwise: fromName };
  return { title: fromName, author };
}

/** The first lines, trimmed, with their spans in `text`. */
function headLines(text: string): { line: string; span: Span }[] {
  const out: { line: string; span: Span }[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  while (out.length < HEAD_LINES && start <= text.length) {
    const br = re.exec(text);
    const end = br ? br.index : text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    out.push({ line: raw.trim(), span: { start: start + lead, end: start + raw.trimEnd().length } });
    if (!br) break;
    start = br.index + br[0].length;
  }
  return out;
}

/**
 * A title stands alone: the first non-blank line, short, followed by a blank line, not a sentence of
 * prose, not a heading of any kind Verbatim recognises (numbered, keyword, ordinal division).
 */
function firstTitleLine(
  lines: readonly { line: string; span: Span }[],
): { title: string; span: Span } | null {
  const i = lines.findIndex((l) => l.line.length > 0);
  if (i < 0) return null;
  const { line, span } = lines[i]!;
  const bare = cleanLine(line);
  const standalone = (lines[i + 1]?.line ?? '') === '';
  if (
    !standalone ||
    bare.length > 60 ||
    !/\p{L}\p{L}/u.test(bare) ||
    /[.,;!?]$/.test(bare) ||
    NOT_A_TITLE.test(bare) ||
    ORDINAL_DIVISION.test(bare) ||
    classifyLine(bare) !== null
  ) {
    return null;
  }
  // A title printed in capitals is given a title's casing; any other is kept as printed.
  return { title: bare === bare.toUpperCase() ? titleCase(bare) : bare, span };
}

/** How far down a title page "by Jane Austen" may stand (a title, a subtitle, blank lines between). */
const BY_LINE_WITHIN = 8;
/** Two to four capitalised words (initials allowed): "Jane Austen", "A. A. Milne", "PAUL LAURENCE DUNBAR". */
const NAME = String.raw`(?!(?:the|a|an|THE|A|AN|The|An)\s)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\.?`;
const BY_NAME = new RegExp(String.raw`^(?:by|BY|By)\s+${NAME}$`, 'u');
const NAME_ALONE = new RegExp(`^${NAME}$`, 'u');

/** "by Jane Austen" / "_BY A. A. MILNE_" on a line of its own near the top, or "by" alone above the name. */
function byLine(lines: readonly string[]): string | null {
  const head = lines
    .slice(0, BY_LINE_WITHIN + 4)
    .map((l) => l.replace(/[_*]/g, '').trim())
    .filter((l) => l !== '');
  for (let i = 0; i < Math.min(head.length, BY_LINE_WITHIN); i++) {
    const m = BY_NAME.exec(head[i]!);
    if (m) return readable(m[1]!);
    if (/^by$/i.test(head[i]!)) {
      const next = NAME_ALONE.exec(head[i + 1] ?? '');
      if (next) return readable(next[1]!);
    }
  }
  return null;
}

/** "The Project Gutenberg eBook of Emma, by Jane Austen" (a first line, or an HTML <title>). */
export function parseGutenbergTitleLine(line: string): { title: string; author: string | null } | null {
  const m = /^\s*The Project Gutenberg E-?(?:Book|text) of (.+?)(?:,? by (.+?))?\.?\s*$/i.exec(line);
  return m ? { title: m[1]!.trim(), author: m[2]?.trim() ?? null } : null;
}

function readable(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** Names that say nothing about the book: a folder holding one is asked instead. */
const GENERIC_NAME =
  /^(novel|text|book|novel text|book text|full text|download|downloads|upload|uploads|index|content|main|tmp|temp|desktop|documents|books|library)$/i;
/** Small words a title keeps in lower case unless they open it ("A Handful of Dust"). */
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or the to upon with'.split(' '),
);

function fromFileName(filename: string): string | null {
  const own = nameWords(path.basename(filename).replace(/\.[a-z0-9]{1,5}$/i, ''));
  if (own && !GENERIC_NAME.test(own)) return titleCase(own);
  // ".../PrideAndPrejudice/novel_text.txt": the folder is named for the book.
  const folder = nameWords(path.basename(path.dirname(filename)));
  // Only a name of words: a temporary folder's random suffix is no title.
  if (own && /^[\p{L}' ]+$/u.test(folder) && !GENERIC_NAME.test(folder)) return titleCase(folder);
  return null;
}

/** "120_treasure_island" → "treasure island"; "PrideAndPrejudice" → "Pride And Prejudice". */
function nameWords(base: string): string {
  return base
    .replace(/^\d+[_-]+/, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
}

function titleCase(s: string): string {
  const words = readable(s).split(/\s+/);
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      // "Daisy Miller: A Study": a subtitle's first word is capitalised like a title's.
      if (i > 0 && SMALL_WORDS.has(lower) && !/[:\u2014]$/.test(words[i - 1]!)) return lower;
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}
