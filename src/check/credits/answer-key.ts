import type { Span } from '../../book/span.js';
import type { ReviewBlock, ReviewDocument } from '../review/document.js';

/**
 * A worksheet's answer key: numbered quotations ("1. “…”  ______") and, under a heading "Answer
 * Key" (or "Answers", "Key", "Solutions") further down, the same numbers with the speakers ("1.
 * Sergeant Cuff"). Each numbered quotation is credited by its number's answer.
 */

/** The heading (or a bold or plain line alone) that opens the key. */
const KEY_HEADING =
  /^(?:the\s+)?(?:answer\s*key|answers?|key|answer\s+sheet|solutions?)(?:\s+to\s+.{1,40})?$/i;
/** A question's or an answer's number opening a paragraph: "1.", "**1.**", "Q1:", "Question 1 —". */
const NUMBERED =
  /^[*_\s]*(?:(?:Q|Question)\s*(\d{1,3})\s*[.):\-–—]?|(\d{1,3})\s*[.):\-–—])[*_]*\s*(?:[.):\-–—]\s*)?/i;

export interface AnswerKey {
  /** The answer's words for the numbered question this block is, or null. */
  answerFor(block: ReviewBlock): Span | null;
}

function plain(text: string, block: ReviewBlock): string {
  return text
    .slice(block.content.start, block.content.end)
    .replace(/[*_#:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The block's number (a numbered list item, or a paragraph opening with its number), and where its words start. */
function numberOf(text: string, block: ReviewBlock): { n: number; from: number } | null {
  if (block.kind === 'list-item' && block.marker && /^\d{1,3}$/.test(block.marker))
    return { n: Number(block.marker), from: block.content.start };
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return null;
  const m = NUMBERED.exec(text.slice(block.content.start, block.content.end));
  const n = m?.[1] ?? m?.[2];
  return m && n ? { n: Number(n), from: block.content.start + m[0].length } : null;
}

export function findAnswerKey(doc: ReviewDocument): AnswerKey | null {
  const { text, blocks } = doc;
  const keyAt = blocks.findIndex(
    (b) => (b.kind === 'heading' || b.kind === 'paragraph') && KEY_HEADING.test(plain(text, b)),
  );
  if (keyAt < 0) return null;
  const keyLevel = blocks[keyAt]!.kind === 'heading' ? blocks[keyAt]!.level : 7;
  const answers = new Map<number, Span>();
  for (let i = keyAt + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading' && b.level <= keyLevel) break;
    const num = numberOf(text, b);
    if (!num || answers.has(num.n)) continue;
    const words = text.slice(num.from, b.content.end);
    const lead = words.length - words.trimStart().length;
    const line = words.trimStart().split('\n')[0]!.trimEnd();
    if (line.length === 0 || line.length > 80) continue;
    answers.set(num.n, { start: num.from + lead, end: num.from + lead + line.length });
  }
  if (answers.size === 0) return null;
  const questions = new Map<ReviewBlock, Span>();
  for (let i = 0; i < keyAt; i++) {
    const num = numberOf(text, blocks[i]!);
    const answer = num ? answers.get(num.n) : undefined;
    if (answer) questions.set(blocks[i]!, answer);
  }
  return { answerFor: (block) => questions.get(block) ?? null };
}
