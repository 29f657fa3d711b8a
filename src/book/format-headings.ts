/**
 * Chapters and parts from the headings an EPUB or HTML file marks (`LoadedText.headings`).
 */
import { assemble, type HeadingCandidate, type Kind, type StructureResult } from './headings.js';
import { classifyLine, cleanLine } from './text-headings.js';
import type { Heading } from './types.js';

/** "CHAPTER I.", "XIV", "Book Two": a numbered heading with no title of its own. */
function isNumberOnlyHeading(title: string): boolean {
  const c = classifyLine(cleanLine(title));
  return c !== null && c.number !== null && !c.titled;
}

/** Headings of apparatus, not of the story: never chapters. */
const APPARATUS_RE =
  /^(?:(?:table\s+of\s+)?contents|index|footnotes?|notes|endnotes|illustrations|list\s+of\s+illustrations|transcriber['\u2019]?s\s+notes?|copyright|colophon|dedication|title\s+page|the\s+full\s+project\s+gutenberg\s+license.*)\.?$/i;

/**
 * Structure from headings the format marks (EPUB/HTML). The chapter level is the heading level most
 * headings share; shallower headings are parts (one alone is the book's title), deeper ones are
 * sections inside chapters, except a deeper heading right under a number-only chapter heading, which is
 * its title ("CHAPTER I." + "The Beginning"). Part-like titles ("BOOK II") are parts at any level. Returns null
 * when the headings hold no chapter, so plain-text detection can try.
 */
export function fromFormatHeadings(text: string, headings: readonly Heading[]): StructureResult | null {
  const sorted = [...headings]
    .filter((h) => h.title.trim() !== '' && !APPARATUS_RE.test(cleanLine(h.title)))
    .sort((a, b) => a.start - b.start);
  // Merge a deeper heading that directly follows another (only whitespace between) into its title.
  const merged: Heading[] = [];
  for (const h of sorted) {
    const prev = merged[merged.length - 1];
    const prevIsNumberOnly = prev !== undefined && isNumberOnlyHeading(prev.title);
    if (
      prev &&
      prevIsNumberOnly &&
      h.level > prev.level &&
      h.start >= prev.end &&
      text.slice(prev.end, h.start).trim() === ''
    ) {
      merged[merged.length - 1] = { ...prev, end: h.end, title: `${prev.title.trim()} ${h.title.trim()}` };
    } else merged.push({ ...h });
  }
  const classified = merged.map((h) => ({ h, c: classifyLine(cleanLine(h.title)) }));
  const counts = new Map<number, number>();
  for (const { h, c } of classified)
    if (c?.kind !== 'part') counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  let chapterLevel = Number.POSITIVE_INFINITY;
  let best = 0;
  for (const [level, n] of counts) {
    if (n > best || (n === best && level < chapterLevel)) {
      best = n;
      chapterLevel = level;
    }
  }
  const shallower = classified.filter(({ h, c }) => h.level < chapterLevel && c?.kind !== 'part');
  const kept: HeadingCandidate[] = [];
  classified.forEach(({ h, c }, i) => {
    let kind: Kind;
    if (c?.kind === 'part') kind = 'part';
    else if (h.level === chapterLevel) kind = 'chapter';
    else if (h.level < chapterLevel && shallower.length > 1) kind = 'part';
    else return; // the book's title, or a section inside a chapter
    kept.push({
      kind,
      keyword: c?.keyword ?? '',
      number: c?.number ?? null,
      titled: c?.titled ?? false,
      title: h.title.trim(),
      heading: { start: h.start, end: h.end },
      paragraph: i,
    });
  });
  const chapterCount = kept.filter((k) => k.kind !== 'part').length;
  if (chapterCount === 0) {
    const parts = kept.filter((k) => k.kind === 'part');
    return parts.length > 0
      ? assemble(
          text.length,
          parts.map((k) => ({ ...k, kind: 'chapter' as const })),
        )
      : null;
  }
  return assemble(text.length, kept);
}
