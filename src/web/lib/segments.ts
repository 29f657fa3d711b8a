import type { PassageQuote } from '../../server/api-types.js';

export interface Segment {
  start: number;
  end: number;
  /** The dialogue line this stretch is spoken in, if any. */
  quote: PassageQuote | null;
  /** True when this stretch is the first words of its quote: the speaker's label goes before it. */
  quoteStart: boolean;
  /** Inside the span the link asked to highlight. */
  highlight: boolean;
}

/**
 * Cuts one paragraph [start, end) into stretches that are uniformly in or out of a spoken part and
 * in or out of the highlighted span. The page renders each stretch as a text node in a <span>/<mark>,
 * so book text is never interpreted as markup.
 */
export function segmentParagraph(
  start: number,
  end: number,
  quotes: readonly PassageQuote[],
  highlight: { start: number; end: number } | null,
): Segment[] {
  const parts: { start: number; end: number; quote: PassageQuote; first: boolean }[] = [];
  for (const q of quotes) {
    if (q.end <= start || q.start >= end) continue;
    q.parts.forEach((p, i) => {
      const s = Math.max(p.start, start);
      const e = Math.min(p.end, end);
      if (e > s) parts.push({ start: s, end: e, quote: q, first: i === 0 && p.start >= start });
    });
  }
  const cuts = new Set<number>([start, end]);
  for (const p of parts) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const h = highlight && highlight.end > highlight.start ? highlight : null;
  if (h) {
    if (h.start > start && h.start < end) cuts.add(h.start);
    if (h.end > start && h.end < end) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const part = parts.find((p) => p.start <= s && s < p.end) ?? null;
    out.push({
      start: s,
      end: e,
      quote: part?.quote ?? null,
      quoteStart: part?.first === true && part.start === s,
      highlight: h !== null && s >= h.start && e <= h.end,
    });
  }
  return out;
}
