import { findFirstStartingAtOrAfter, findLastStartingAtOrBefore, type Span } from '../../book/span.js';
import type { Alignment } from './align.js';
import type { BookIndex } from './book-index.js';
import type { Located } from './index.js';

/**
 * An ellipsis that joins two turns of a conversation across another speaker's line. “I have a view,
 * I have a view… This is my son” reads as one speech; in the book someone else speaks between the
 * two halves. The reader is told whose line the ellipsis hides. The verdict stays: the ellipsis is
 * marked, and careful readers differ on whether such a join misquotes (of two such joins among the
 * real pages of eval:realworld, one is labelled altered and one verbatim).
 *
 * The speech and who speaks it come from the book's speaker model, so without one nothing is
 * said here. Only a line whose speaker the model names, and names as someone other than the
 * speakers of both halves, counts: a long speech over several paragraphs (one speaker) may be
 * elided freely, and so may a speech tag ("…,” said the old man, “…").
 */

/** One line of the book's dialogue, as the speaker model gives it. */
export interface BookLine extends Span {
  speaker: string | null;
}

/** The book spans the alignment leaves out at the writer's ellipses. */
export function elidedSpans(a: Alignment, index: BookIndex): Span[] {
  const out: Span[] = [];
  for (const s of a.steps) {
    if (s.op !== 'elided' || s.to <= s.from) continue;
    out.push({ start: index.starts[s.from]!, end: index.ends[s.to - 1]! });
  }
  return out;
}

/** The line (sorted by start) that holds `offset`, or null. */
function lineAt(lines: readonly BookLine[], offset: number): BookLine | null {
  const line = lines[findLastStartingAtOrBefore(lines, offset)];
  return line && offset < line.end ? line : null;
}

/**
 * The other speaker's line an ellipsis leaves out between two turns of the located quotation, or
 * null. `located` is the quotation's place in the book; `lines` the model's dialogue, sorted by start.
 */
export function lineLeftOutBetweenTurns(
  located: Span,
  elided: readonly Span[],
  lines: readonly BookLine[],
): BookLine | null {
  if (elided.length === 0) return null;
  const first = lineAt(lines, located.start);
  const last = lineAt(lines, Math.max(located.start, located.end - 1));
  if (!first || !last || first === last || !first.speaker || !last.speaker) return null;
  for (const e of elided) {
    for (let i = findFirstStartingAtOrAfter(lines, e.start); i < lines.length; i++) {
      const line = lines[i]!;
      if (line.start >= e.end) break;
      if (line.start < e.start || line.end > e.end || !line.speaker) continue;
      if (line.speaker !== first.speaker && line.speaker !== last.speaker) return line;
    }
  }
  return null;
}

/** What the splice check needs of the speaker model: its lines and its characters' names. */
export interface DialogueSource {
  quotes: readonly { start: number; end: number; speaker: string | null }[];
  characters: readonly { id: string; name: string }[];
}

/** The book's dialogue lines sorted by start, with each speaker's display name. */
export function dialogueLines(model: DialogueSource | null): BookLine[] {
  if (!model) return [];
  const names = new Map(model.characters.map((c) => [c.id, c.name]));
  return model.quotes
    .map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker ? (names.get(q.speaker) ?? q.speaker) : null,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * A located quotation whose ellipsis hides another speaker's line between its two turns gains a note
 * naming whose line it hides; any other quotation is returned unchanged.
 */
export function noteSplicedTurns(located: Located, lines: readonly BookLine[], bookText: string): Located {
  if (located.verdict === 'not_found' || !located.location) return located;
  const hidden = lineLeftOutBetweenTurns(located.location, located.elided, lines);
  if (!hidden) return located;
  const words = bookText.slice(hidden.start, hidden.end).replace(/\s+/g, ' ').trim();
  const shown = words.length > 60 ? `${words.slice(0, 57)}…` : words;
  return {
    ...located,
    notes: [
      ...located.notes,
      `the ellipsis joins two turns of the conversation, leaving out ${hidden.speaker}’s line between them (${shown})`,
    ],
  };
}
