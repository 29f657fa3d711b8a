import path from 'node:path';

/**
 * Title and author for a plain text that declares none (no Gutenberg START marker, no HTML/EPUB
 * metadata). Metadata only: the text itself is never changed. In order of trust: leftover
 * "Title:"/"Author:" lines or a "Project Gutenberg EBook of X, by Y" line near the top; a short
 * first line that is not a chapter heading; the file name. The author may also stand on a title
 * page as a line of its own, "by Jane Austen", among the first few lines.
 */
const HEAD_LINES = 40;
const NOT_A_TITLE =
  /^(chapter|part|book|volume|vol\.|letter|prologue|preface|introduction|contents|section|canto|stave)\b/i;

export function guessMetadata(
  text: string,
  filename: string,
): { title: string | null; author: string | null } {
  const lines = text.split(/\r\n|\r|\n/, HEAD_LINES).map((l) => l.trim());
  let title: string | null = null;
  let author: string | null = null;
  for (const line of lines) {
    const ebook = parseGutenbergTitleLine(line);
    if (ebook) {
      title ??= ebook.title;
      author ??= ebook.author;
    }
    const field = /^(Title|Author):\s*(.+)$/.exec(line);
    if (field?.[1] === 'Title') title ??= field[2]!.trim();
    if (field?.[1] === 'Author') author ??= field[2]!.trim();
  }
  if (!title) {
    // A title stands alone: the first non-blank line, short, followed by a blank line, not a
    // sentence of prose, not a heading or a bare numeral.
    const i = lines.findIndex((l) => l.length > 0);
    const first = lines[i];
    const standalone = i >= 0 && (lines[i + 1] ?? '') === '';
    if (
      first &&
      standalone &&
      first.length <= 60 &&
      /\p{L}\p{L}/u.test(first) &&
      !/[.,;!?]$/.test(first) &&
      !NOT_A_TITLE.test(first) &&
      !/^[IVXLC]+\.?$/.test(first)
    ) {
      title = readable(first);
    }
  }
  if (!author) author = byLine(lines);
  if (!title) title = fromFileName(filename);
  return { title, author };
}

/** How far down a title page "by Jane Austen" may stand (a title, a subtitle, blank lines between). */
const BY_LINE_WITHIN = 8;

/** "by Jane Austen" / "BY CHARLES DICKENS" as a line of its own near the top: two to four capitalised words. */
function byLine(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, BY_LINE_WITHIN)) {
    const m =
      /^(?:by|BY|By)\s+(?!(?:the|a|an|THE|A|AN|The|An)\s)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\.?$/u.exec(
        line,
      );
    if (m) return readable(m[1]!);
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

function fromFileName(filename: string): string | null {
  const base = path
    .basename(filename)
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/^\d+[_-]+/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  if (!base || /^(novel|text|book|novel text|download|upload)$/i.test(base)) return null;
  return readable(
    base.toUpperCase() === base
      ? base
      : base.replace(/(^|\s)(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
  );
}
