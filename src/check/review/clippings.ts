/**
 * A Kindle's "My Clippings.txt": the highlights and notes a reader made, each entry a title line
 * ("Little Women (Louisa May Alcott)"), a line saying what it is and where ("- Your Highlight on
 * page 24 | Location 360-362 | Added on Monday, 3 March 2025 21:20:45"), a blank line, the text, and
 * a line of ten "=" between entries. Every highlight is the book's words without marks; read as it
 * stands, the title lines looked like quotations of the title and a highlight above the "=" line
 * like a heading. Converted to Markdown the document reader already reads: each highlight a block
 * quotation, each note a paragraph of the reader's own words; titles, locations and bookmarks
 * dropped. The source line of every line is kept, so reports point into the file as written.
 */

const SEPARATOR = /^={10}\s*$/;
/** "- Your Highlight on page 24 | Location 360-362 | Added on …" (and the older "- Highlight Loc. 360-62 | Added on …"). */
const META = /^\s*-\s*(?:Your\s+)?(Highlight|Note|Bookmark|Clip)\b[^\n]*(?:\||Added on)/i;

/** Whether the text is a Kindle clippings file: entries with their meta lines, parted by "==========". */
export function isKindleClippings(text: string): boolean {
  const lines = text.split(/\r?\n/, 400);
  let separators = 0;
  let metas = 0;
  for (const l of lines) {
    if (SEPARATOR.test(l)) separators++;
    else if (META.test(l)) metas++;
  }
  return separators >= 1 && metas >= 1 && metas >= separators - 1;
}

export interface ConvertedClippings {
  text: string;
  /** The source line (1-based) of each line of `text`. */
  sourceLines: number[];
}

export function convertClippings(source: string): ConvertedClippings {
  const lines = source.split(/\r?\n/);
  const out: string[] = [];
  const sourceLines: number[] = [];
  const emit = (line: string, from: number) => {
    out.push(line);
    sourceLines.push(from + 1);
  };
  let i = 0;
  while (i < lines.length) {
    // One entry: up to the separator.
    let end = i;
    while (end < lines.length && !SEPARATOR.test(lines[end]!)) end++;
    const metaAt = findMeta(lines, i, end);
    const kind = metaAt >= 0 ? META.exec(lines[metaAt]!)![1]!.toLowerCase() : null;
    const body: number[] = [];
    for (let k = (metaAt >= 0 ? metaAt : i - 1) + 1; k < end; k++) if (lines[k]!.trim()) body.push(k);
    if (body.length > 0 && kind !== 'bookmark') {
      if (out.length > 0) emit('', body[0]!);
      for (const k of body) emit(kind === 'note' ? lines[k]!.trim() : `> ${lines[k]!.trim()}`, k);
    }
    i = end + 1;
  }
  return { text: `${out.join('\n')}\n`, sourceLines: [...sourceLines, sourceLines.at(-1) ?? 1] };
}

function findMeta(lines: readonly string[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + 3); k++) if (META.test(lines[k]!)) return k;
  return -1;
}
