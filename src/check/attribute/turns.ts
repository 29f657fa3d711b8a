import type { Span } from '../../book/span.js';
import { type BookParagraphs, continuesSpeech, mainParagraph, paragraphAround } from './book-paragraph.js';
import {
  type BookTag,
  leadInTag,
  type ParagraphSpeech,
  paragraphSpeech,
  type SpeechTagOptions,
} from './book-tag.js';

/**
 * The run of dialogue turns around a located line, as a reader sees it on the page: each turn one
 * speaker's paragraph (or a speech over several paragraphs, each opening on the quotation the one
 * before left open), with the book's own tags on it (book-tag.ts). The run ends where a paragraph of
 * narration stands between two turns: past it the talk may have changed hands. alternation.ts reads
 * who speaks an untagged turn from the tagged turns around it.
 */

export interface Turn {
  /** From the first paragraph of the turn to the end of its last. */
  span: Span;
  paragraphs: number;
  /** The quoted parts of the turn, in order. */
  speech: Span[];
  /** The book's tags on the turn's quoted parts, in order: named, described, or a pronoun. */
  tags: BookTag[];
  /**
   * Words of narration in the turn besides its tags ("She smiled.", "turning to the window"): a turn
   * with none is nothing but speech and its tag.
   */
  narrationWords: number;
  /**
   * Words of narration before the turn's first quotation besides its tag: 0 when the turn opens on its
   * speech or on its tag ("Catherine blushed for her friend, and said, “"); "After a short pause, " is 4.
   */
  openingWords: number;
  /**
   * Two quoted parts with nothing but spaces and marks between them (“She says this place is full
   * of copy.” “Full of what?”): two speakers in one paragraph, so turns can no longer be counted
   * across it (Elizabeth and Her German Garden, probe round AF240: the count ran one off, and a right
   * credit was contradicted).
   */
  twoVoices: boolean;
}

/** What ends a run: a paragraph of narration, the edge of the text, or the reach of the search. */
export type RunEnd = 'narration' | 'edge' | 'reach';

export interface TurnRun {
  /** In the book's order. */
  turns: Turn[];
  /** The index of the located line's turn. */
  at: number;
  before: RunEnd;
  after: RunEnd;
  /** The paragraph of narration the run stops on before its first turn (`before` is 'narration'), else null. */
  narrationBefore: Span | null;
}

/** How many turns either side of the line are read (a conversation rarely keeps its pattern longer). */
export const TURN_REACH = 8;

interface Para {
  span: Span;
  speech: ParagraphSpeech;
}

/** Words outside the quoted parts and the tags of a stretch of text. */
function narrationWords(text: string, span: Span, parts: readonly Span[], tags: readonly BookTag[]): number {
  const cut = [...parts, ...tags.map((t) => t.span)].sort((a, b) => a.start - b.start);
  let words = 0;
  let from = span.start;
  const count = (s: string) => s.split(/[^\p{L}\p{N}'’]+/u).filter((w) => /\p{L}/u.test(w)).length;
  for (const c of cut) {
    if (c.start > from) words += count(text.slice(from, Math.min(c.start, span.end)));
    from = Math.max(from, c.end);
  }
  if (from < span.end) words += count(text.slice(from, span.end));
  return words;
}

function readPara(text: string, span: Span, options: SpeechTagOptions): Para {
  return { span, speech: paragraphSpeech(text, span, options) };
}

function previousSpan(text: string, p: Span, paragraphs: BookParagraphs): Span | null {
  if (p.start <= 2) return null;
  const prev = paragraphAround(text, Math.max(0, p.start - 3), paragraphs);
  return prev.end <= p.start && prev.start < prev.end ? prev : null;
}

function nextSpan(text: string, p: Span, paragraphs: BookParagraphs): Span | null {
  const gap = /\S/.exec(text.slice(p.end, p.end + 4000));
  if (!gap) return null;
  const next = paragraphAround(text, p.end + gap.index, paragraphs);
  return next.start >= p.end && next.start < next.end ? next : null;
}

function makeTurn(text: string, paras: readonly Para[], leadIn: { span: Span; tag: BookTag } | null): Turn {
  const tags: BookTag[] = [];
  let words = 0;
  let opening = 0;
  if (leadIn) {
    tags.push(leadIn.tag);
    words += narrationWords(text, leadIn.span, [], [leadIn.tag]);
    opening = words;
  }
  for (const p of paras) {
    const own = p.speech.tags.filter((t): t is BookTag => t !== null);
    // one tag read for two parts ("“A,” said Tommy, “B.”") is one tag
    const unique = own.filter((t, i) => own.findIndex((u) => u.span.start === t.span.start) === i);
    tags.push(...unique);
    words += narrationWords(text, p.span, p.speech.parts, unique);
    if (p === paras[0] && p.speech.parts[0]) {
      const before = { start: p.span.start, end: p.speech.parts[0].start };
      opening += narrationWords(text, before, [], unique);
    }
  }
  const first = leadIn?.span ?? paras[0]!.span;
  const twoVoices = paras.some((p) =>
    p.speech.parts.some(
      (part, k) => k > 0 && !/\p{L}/u.test(text.slice(p.speech.parts[k - 1]!.end, part.start)),
    ),
  );
  return {
    span: { start: first.start, end: paras[paras.length - 1]!.span.end },
    paragraphs: paras.length + (leadIn ? 1 : 0),
    speech: paras.flatMap((p) => p.speech.parts),
    tags,
    narrationWords: words,
    openingWords: opening,
    twoVoices,
  };
}

/**
 * The turn whose paragraphs include `para`, and the paragraphs either side of it: a speech that runs
 * over several paragraphs is one turn.
 */
function turnAround(
  text: string,
  para: Para,
  options: SpeechTagOptions,
): { paras: Para[]; prevSpan: Span | null; nextSpan: Span | null } {
  const paras = [para];
  let prev = previousSpan(text, para.span, options.paragraphs);
  while (prev) {
    const first = paras[0]!;
    const p = readPara(text, prev, options);
    if (p.speech.parts.length === 0 || !continuesSpeech(text, first.span, p.span, first.speech.parts)) break;
    paras.unshift(p);
    prev = previousSpan(text, p.span, options.paragraphs);
  }
  let next = nextSpan(text, para.span, options.paragraphs);
  while (next) {
    const last = paras[paras.length - 1]!;
    const p = readPara(text, next, options);
    if (p.speech.parts.length === 0 || !continuesSpeech(text, p.span, last.span, p.speech.parts)) break;
    paras.push(p);
    next = nextSpan(text, p.span, options.paragraphs);
  }
  return { paras, prevSpan: prev, nextSpan: next };
}

/** A narration paragraph ending "Mr. Darcy replied with great intrepidity," before a turn that opens on speech. */
function leadInto(text: string, span: Span | null, turnFirst: Para): { span: Span; tag: BookTag } | null {
  if (!span || !turnFirst.speech.opensOnQuote) return null;
  const tag = leadInTag(text, span);
  return tag ? { span, tag } : null;
}

/**
 * The run of turns around a located line, up to `reach` turns either side. Null when the line is not
 * in a paragraph of speech.
 */
export function turnsAround(
  text: string,
  loc: Span,
  options: SpeechTagOptions = {},
  reach = TURN_REACH,
): TurnRun | null {
  const home = readPara(text, mainParagraph(text, loc, options.paragraphs), options);
  if (home.speech.parts.length === 0) return null;
  const centre = turnAround(text, home, options);
  let lead = leadInto(text, centre.prevSpan, centre.paras[0]!);
  const turns: Turn[] = [makeTurn(text, centre.paras, lead)];
  let before: RunEnd = 'reach';
  let narrationBefore: Span | null = null;
  let prevSpan = lead ? previousSpan(text, lead.span, options.paragraphs) : centre.prevSpan;
  for (let k = 0; k < reach; k++) {
    if (!prevSpan) {
      before = 'edge';
      break;
    }
    const p = readPara(text, prevSpan, options);
    if (p.speech.parts.length === 0) {
      before = 'narration';
      narrationBefore = p.span;
      break;
    }
    const t = turnAround(text, p, options);
    lead = leadInto(text, t.prevSpan, t.paras[0]!);
    turns.unshift(makeTurn(text, t.paras, lead));
    prevSpan = lead ? previousSpan(text, lead.span, options.paragraphs) : t.prevSpan;
  }
  const at = turns.length - 1;
  let after: RunEnd = 'reach';
  let nextSpanAt = centre.nextSpan;
  for (let k = 0; k < reach; k++) {
    if (!nextSpanAt) {
      after = 'edge';
      break;
    }
    let p = readPara(text, nextSpanAt, options);
    let leadSpan: Span | null = null;
    if (p.speech.parts.length === 0) {
      // narration, unless it leads into the next turn ("Mr. Darcy replied with great intrepidity,")
      const following = nextSpan(text, p.span, options.paragraphs);
      const q = following ? readPara(text, following, options) : null;
      const l = q && q.speech.parts.length > 0 ? leadInto(text, p.span, q) : null;
      if (!l || !q) {
        after = 'narration';
        break;
      }
      leadSpan = p.span;
      p = q;
    }
    const t = turnAround(text, p, options);
    turns.push(
      makeTurn(text, t.paras, leadSpan ? { span: leadSpan, tag: leadInTag(text, leadSpan)! } : null),
    );
    nextSpanAt = t.nextSpan;
  }
  return { turns, at, before, after, narrationBefore };
}
