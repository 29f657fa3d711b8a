/**
 * How much of a book is dialogue.
 *
 * Definition (the same one `npm run eval:profile` applies to PDNC's annotation): the share of the
 * text's non-whitespace characters that lie inside a quotation's spoken parts (`DialogueQuote.parts`:
 * inside the marks, so the marks and "said he" are narration). Characters rather than words so a
 * span boundary inside a word cannot be counted twice or not at all; non-whitespace so line wrapping
 * and indentation, which differ between editions, do not move the figure.
 */
import type { Span } from '../book/span.js';

/** Non-whitespace characters of `text` in [start, end). */
function inkCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, form feed, no-break space, and the Unicode spaces U+2000..U+200B, U+3000
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000)) n++;
  }
  return n;
}

/** Sorted, non-overlapping union of spans (quotation parts may nest or touch). */
export function unionOfSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Dialogue share of each range: non-space characters inside `quoted` over non-space characters in
 * the range. `quoted` must be a sorted union (unionOfSpans). A range without ink has share 0.
 */
export function dialogueShares(text: string, quoted: readonly Span[], ranges: readonly Span[]): number[] {
  return ranges.map((range) => {
    const all = inkCount(text, range.start, range.end);
    if (all === 0) return 0;
    let inside = 0;
    // Binary search would do; books have a few thousand quotations and a few dozen ranges.
    for (const q of quoted) {
      if (q.end <= range.start) continue;
      if (q.start >= range.end) break;
      inside += inkCount(text, Math.max(q.start, range.start), Math.min(q.end, range.end));
    }
    return inside / all;
  });
}

/** The dialogue share of the whole text. */
export function dialogueShare(text: string, quoteParts: readonly Span[]): number {
  return dialogueShares(text, unionOfSpans(quoteParts), [{ start: 0, end: text.length }])[0]!;
}
