/**
 * Project Gutenberg wraps every novel in a header (title, author, release notes, "*** START OF THE
 * PROJECT GUTENBERG EBOOK …") and a licence footer ("*** END OF …", "End of the Project Gutenberg
 * EBook …"). Neither is the novel: they are set aside into front/back matter, kept, not indexed.
 * Works on any extracted text (plain text, or the text of a Gutenberg EPUB/HTML).
 */
export interface GutenbergSplit {
  /** Offsets into the input where the novel starts and ends. */
  bodyStart: number;
  bodyEnd: number;
  title: string | null;
  author: string | null;
  language: string | null;
  /** True when a header or a footer was recognised. */
  found: boolean;
}

const START_MARKER =
  /^[ \t]*\*{3}[ \t]*START OF (?:THE |THIS )?PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b([^\r\n]*?)\*{3}[^\r\n]*(?:\r?\n|\r|$)/im;
/** Older files: the small-print licence before the text ends with this line. */
const OLD_START_MARKER = /^[^\r\n]*\*END\*THE SMALL PRINT![^\r\n]*(?:\r?\n|\r|$)/im;
const END_MARKERS = [
  /^[ \t]*\*{3}[ \t]*END OF (?:THE |THIS )?PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b/im,
  /^[ \t]*End of (?:the |this )?Project Gutenberg(?:'s)? (?:E-?Book|E-?text|Etext)?/im,
  /^[ \t]*End of Project Gutenberg's /im,
];
/** Credits that Gutenberg puts first in the body; they belong with the header. */
const CREDITS = /^(?:Produced by|E-?text prepared by|Transcribed from|This e-?text was produced by)\b/i;

export function splitGutenberg(text: string): GutenbergSplit {
  const start = START_MARKER.exec(text) ?? OLD_START_MARKER.exec(text);
  // The header fields are read only from the header, so "Title:" in the novel is never taken.
  const headerText = start ? text.slice(0, start.index) : '';
  let bodyStart = start ? start.index + start[0].length : 0;

  let bodyEnd = text.length;
  for (const marker of END_MARKERS) {
    const searchFrom = bodyStart;
    const m = marker.exec(text.slice(searchFrom));
    if (m && searchFrom + m.index < bodyEnd) bodyEnd = searchFrom + m.index;
  }
  const found = start !== null || bodyEnd < text.length;
  if (!found) return { bodyStart: 0, bodyEnd: text.length, title: null, author: null, language: null, found };

  bodyStart = skipCredits(text, bodyStart, bodyEnd);
  // Blank lines around the body belong to the matter they separate it from.
  while (bodyStart < bodyEnd && /\s/.test(text[bodyStart]!)) bodyStart++;
  while (bodyEnd > bodyStart && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;

  const markerTitle = start?.[1]?.replace(/^[\s,:]+|[\s,:]+$/g, '').replace(/\s+/g, ' ');
  return {
    bodyStart,
    bodyEnd,
    title: headerField(headerText, 'Title') ?? (markerTitle ? titleCase(markerTitle) : null),
    author: headerField(headerText, 'Author'),
    language: headerField(headerText, 'Language'),
    found,
  };
}

/** "Title: Pride and Prejudice" (possibly continued on indented lines). */
function headerField(header: string, name: string): string | null {
  const m = new RegExp(`^${name}:[ \\t]*([^\\r\\n]+(?:\\r?\\n[ \\t]+[^\\r\\n]+)*)`, 'm').exec(header);
  if (!m) return null;
  const value = m[1]!.replace(/\s+/g, ' ').trim();
  return value || null;
}

function skipCredits(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  if (!CREDITS.test(text.slice(i, i + 40))) return from;
  // The credits paragraph ends at the first blank line.
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = i;
  const m = blank.exec(text);
  return m && m.index < to ? m.index : from;
}

/** The START marker's title is upper-case in recent files; keep it readable. */
function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
