import { isUncertain } from '../../analysis/confidence/uncertain.js';
import { findLastStartingAtOrBefore, type Span } from '../../book/span.js';
import type { Book } from '../../book/types.js';
import type { Passage, TocEntry } from '../api-types.js';
import type { AnalysisLike } from '../deps.js';
import { characterIndex } from './network.js';
import { speakerEvidence } from './speaker-certainty.js';
import { tocEntryAt } from './toc.js';

/**
 * A stretch of the book for the reader: the text of [start, end), its paragraphs and the dialogue
 * inside it with speakers. The reader asks for one chapter (or one window of a long chapter) at a
 * time, so a 2 MB novel never travels or renders whole.
 */
export function passageOf(
  book: Book,
  analysis: AnalysisLike | null,
  toc: readonly TocEntry[],
  start: number,
  end: number,
): Passage {
  const s = Math.max(0, Math.min(start, book.text.length));
  const e = Math.max(s, Math.min(end, book.text.length));
  const paragraphs = overlapping(book.structure.paragraphs, s, e).map((p) => ({
    start: Math.max(p.start, s),
    end: Math.min(p.end, e),
  }));
  if (paragraphs.length === 0 && e > s) paragraphs.push({ start: s, end: e });
  const nameOf = analysis ? characterIndex(analysis.characters) : () => null;
  const name = (ref: string) => nameOf(ref)?.name ?? ref;
  const clip = (sp: Span) => ({ start: Math.max(sp.start, s), end: Math.min(sp.end, e) });
  const quotes = analysis
    ? overlapping(analysis.quotes, s, e).map((q) => ({
        ...clip(q),
        parts: (q.parts && q.parts.length > 0 ? q.parts : [q])
          .filter((p) => p.end > s && p.start < e)
          .map(clip),
        speaker: q.speaker ? name(q.speaker) : null,
        addressees: (q.addressees ?? []).map(name),
        confidence: q.speaker && q.confidence !== undefined ? q.confidence : null,
        uncertain: isUncertain(q),
        evidence: speakerEvidence(book.text, q, name),
      }))
    : [];
  return { start: s, end: e, text: book.text.slice(s, e), paragraphs, quotes, chapter: tocEntryAt(toc, s) };
}

/** The items of a sorted span list that overlap [start, end), found by binary search. */
export function overlapping<T extends { start: number; end: number }>(
  items: readonly T[],
  start: number,
  end: number,
): T[] {
  let i = Math.max(0, findLastStartingAtOrBefore(items, start));
  const out: T[] = [];
  for (; i < items.length; i++) {
    const item = items[i]!;
    if (item.start >= end) break;
    if (item.end > start) out.push(item);
  }
  return out;
}
