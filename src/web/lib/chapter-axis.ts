/**
 * Short labels for a chart's chapter axis, from the titles the book gives its chapters: the number a
 * heading carries as printed ("CHAPTER XII. THE STORM" → "XII", "Chapter 5: Rain" → "5", "Letter 4" →
 * "4", "CHAPTER THE FIRST" → "THE FIRST"), else the title itself when it is
 * short ("Prologue", "Whole text"), else the chapter's place in the book (1, 2, 3). The full titles
 * are in the chart's tooltip and its table.
 */
const NUMBERED =
  /^\s*(?:chapter|chap\.|letter|book|part|section|canto|stave|volume|vol\.)\s+([0-9]+|[ivxlcdm]+|[a-z]+(?:[- ][a-z]+)?)\b/i;
const BARE_NUMBER = /^\s*([0-9]+|[IVXLCDM]+)\.?\s*$/;

/** Labels longer than this do not fit under a bar. */
const MAX_LABEL = 12;

export function chapterAxisLabels(titles: readonly string[]): string[] {
  return titles.map((title, i) => {
    const n = NUMBERED.exec(title)?.[1] ?? BARE_NUMBER.exec(title)?.[1];
    if (n && n.length <= MAX_LABEL) return n;
    const t = title.trim();
    return t.length > 0 && t.length <= MAX_LABEL ? t : String(i + 1);
  });
}
