import type { Span } from '../../book/span.js';
import type { ReviewBlock, ReviewDocument } from '../review/document.js';
import { findSection } from '../review/sections.js';

/**
 * A worksheet's answer key: numbered quotations ("1. “…”  ______") and, under a heading "Answer
 * Key" (or "Answers", "Key", "Solutions") further down, the same numbers with the speakers ("1.
 * Sergeant Cuff", or run on: "1 – Jo, 2 – Meg"). Each numbered quotation is credited by its number's
 * answer; in a matching exercise the answer is a letter, and the letter's option ("B. Mr
 * Rochester") is the speaker.
 */

/** The heading (or a bold or plain line alone) that opens the key: "Answer Key", "Answers (teacher copy)". */
const KEY_HEADING =
  /^(?:the\s+)?(?:answer\s*key|answers?|key|answer\s+sheet|solutions?)(?:\s+to\s+.{1,40})?(?:\s*\([^()]{1,40}\))?$/i;
/** Answers run on in one line: "1 – B, 2 – D, 3 – E", "1. Jo; 2. Meg", "**Part A:** 1. Jo 2. Meg". */
const RUN_ON_ANSWER =
  /(?:^|[,;]\s*|\s)(\d{1,3})\s*[.):=\-–—]\s*([^,;\n]{1,60}?)\s*(?=[,;]|\s\d{1,3}\s*[.):=\-–—]\s|$)/gm;
/** A matching exercise's lettered option: "A. Jane Eyre", "- B) Mr Rochester". */
const OPTION = /^[*_\s]*([A-Z])[.)][*_]*\s+(\S[^\n]{0,60}?)\s*$/;
/** A question's or an answer's number opening a paragraph: "1.", "**1.**", "Q1:", "Question 1 —". */
const NUMBERED =
  /^[*_\s]*(?:(?:Q|Question)\s*(\d{1,3})\s*[.):\-–—]?|(\d{1,3})\s*[.):\-–—])[*_]*\s*(?:[.):\-–—]\s*)?/i;

export interface AnswerKey {
  /** The answer's words for the numbered question this block is, or null. */
  answerFor(block: ReviewBlock): Span | null;
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

/**
 * Numbered entries in page order, cut into runs where the numbering starts again ("Part A: 1, 2, 3;
 * Part B: 1, 2"): a number no greater than the one before opens a new run.
 */
class Runs<T> {
  readonly runs: Map<number, T>[] = [];
  private last = Number.POSITIVE_INFINITY;
  add(n: number, value: T): void {
    if (n <= this.last || this.runs.length === 0) this.runs.push(new Map());
    const run = this.runs[this.runs.length - 1]!;
    if (!run.has(n)) run.set(n, value);
    this.last = n;
  }
}

export function findAnswerKey(doc: ReviewDocument): AnswerKey | null {
  const { text, blocks } = doc;
  const key = findSection(doc, KEY_HEADING);
  if (!key) return null;
  const keyAt = key.heading;
  const answers = new Runs<Span>();
  for (let i = keyAt + 1; i < key.end; i++) {
    const b = blocks[i]!;
    const runOn = runOnAnswers(text, b);
    // (one answer is run on after a part's label: "**Part B:** 1. Albert")
    const labelled = /^[*_\s]*[^\d\n:]{1,30}:[*_]*\s*\d/.test(text.slice(b.content.start, b.content.end));
    if (runOn.size >= 2 || (runOn.size === 1 && labelled)) {
      for (const [n, span] of runOn) answers.add(n, span);
      continue;
    }
    const num = numberOf(text, b);
    if (!num) continue;
    const words = text.slice(num.from, b.content.end);
    const lead = words.length - words.trimStart().length;
    const line = words.trimStart().split('\n')[0]!.trimEnd();
    if (line.length === 0 || line.length > 80) continue;
    answers.add(num.n, { start: num.from + lead, end: num.from + lead + line.length });
  }
  if (answers.runs.length === 0) return null;
  const questions = new Runs<ReviewBlock>();
  for (let i = 0; i < keyAt; i++) {
    const num = numberOf(text, blocks[i]!);
    if (num) questions.add(num.n, blocks[i]!);
  }
  // Each run of questions takes the same run of answers ("Part B"'s 1 is the key's second 1). Where
  // the runs do not pair off, a number names no one answer: the key credits nothing.
  if (questions.runs.length !== answers.runs.length) return null;
  // A matching exercise answers with letters: each stands for its option above the key.
  const options = lettered(text, blocks.slice(0, keyAt));
  const credited = new Map<ReviewBlock, Span>();
  for (const [k, run] of questions.runs.entries()) {
    for (const [n, block] of run) {
      const answer = answers.runs[k]!.get(n);
      if (!answer) continue;
      const letter = text.slice(answer.start, answer.end);
      credited.set(block, /^[A-Z]$/.test(letter) ? (options.get(letter) ?? answer) : answer);
    }
  }
  return { answerFor: (block) => credited.get(block) ?? null };
}

/** "1 – B, 2 – D, …" in one block: each number's answer. */
function runOnAnswers(text: string, block: ReviewBlock): Map<number, Span> {
  const out = new Map<number, Span>();
  const body = text.slice(block.content.start, block.content.end);
  RUN_ON_ANSWER.lastIndex = 0;
  for (let m = RUN_ON_ANSWER.exec(body); m; m = RUN_ON_ANSWER.exec(body)) {
    const at = block.content.start + m.index + m[0].lastIndexOf(m[2]!);
    out.set(Number(m[1]), { start: at, end: at + m[2]!.length });
  }
  return out;
}

/** The lettered options of a matching exercise ("A. Jane Eyre"), one per line, by letter. */
function lettered(text: string, blocks: readonly ReviewBlock[]): Map<string, Span> {
  const out = new Map<string, Span>();
  for (const b of blocks) {
    let from = b.content.start;
    for (const line of text.slice(b.content.start, b.content.end).split('\n')) {
      const m = OPTION.exec(line);
      if (m && !out.has(m[1]!)) {
        const at = from + line.indexOf(m[2]!, m[0].indexOf(m[1]!) + 1);
        out.set(m[1]!, { start: at, end: at + m[2]!.length });
      }
      from += line.length + 1;
    }
  }
  return out;
}
