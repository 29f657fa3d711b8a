/**
 * The scene: what every later stage reads about the dialogue's shape, computed once per book. Turns
 * (the quotations of one paragraph), exchanges (runs of turns not broken by narration), the narration
 * around each quotation, who each speech addresses by name, and the mention index. The sieve, the
 * salience model and the ranker's features all read it from here.
 */
import { findFirstStartingAtOrAfter } from '../../book/span.js';
import type { RawQuotation } from '../quotes.js';
import { DEFAULT_SPEAKER_OPTIONS, type SpeakerOptions } from './options.js';
import { type TextTokens, textTokens } from './text-tokens.js';
import type { Mention, SpeakerContext } from './types.js';

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
export function firstMentionIndex(mentions: readonly Mention[], offset: number): number {
  return findFirstStartingAtOrAfter(mentions, offset);
}

/** The mentions starting in [start, end). */
export function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstMentionIndex(mentions, start); i < mentions.length && mentions[i]!.start < end; i++)
    out.push(mentions[i]!);
  return out;
}

/** Whitespace-separated chunks in `text.slice(start, end)`: how long a stretch of narration or speech is. */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Turns of a dialogue: the indices of the quotations, grouped by the paragraph each one starts in. */
export function paragraphTurns(quotes: readonly RawQuotation[]): number[][] {
  const turns: number[][] = [];
  quotes.forEach((q, qi) => {
    const last = turns[turns.length - 1];
    if (last && quotes[last[0]!]!.firstParagraph === q.firstParagraph) last.push(qi);
    else turns.push([qi]);
  });
  return turns;
}

/** The first-person narrator under every name the sieve knows them by ("I", "Watson"); none without one. */
export function narratorIdsOf(ctx: SpeakerContext): string[] {
  return [...(ctx.narrator ? [ctx.narrator] : []), ...(ctx.narratorNames ?? [])];
}

/** Is this character the first-person narrator, under any name the sieve knows them by? */
export function isNarratorId(ctx: SpeakerContext, id: string): boolean {
  return id === ctx.narrator || (ctx.narratorNames?.has(id) ?? false);
}

/** How close a question must stand (its tag between) for a line that is only a name to answer it. */
const ANSWER_GAP_CHARS = 60;

/**
 * Characters addressed by name in the quotation: "My dear Mr. Bennet, …", "…, Lizzy?". A line that is
 * only a name right after a question ("Do you know the name of the old man?" — "Emerson.") answers
 * it and calls no one; after anything else ("Amory." — "Oh, yes.") it is a call.
 */
export function vocativesIn(
  text: string,
  mentions: readonly Mention[],
  q: RawQuotation,
  previous?: RawQuotation,
): string[] {
  const out: string[] = [];
  const previousEnd = previous ? previous.parts[previous.parts.length - 1]!.end : -1;
  const answersWithName =
    previousEnd >= 0 &&
    q.parts[0]!.start - previousEnd <= ANSWER_GAP_CHARS &&
    /\?\s*$/.test(text.slice(Math.max(0, previousEnd - 3), previousEnd));
  const echoed = previous ? onlyWords(text, previous) : null;
  for (const part of q.parts) {
    for (const m of mentionsIn(mentions, part.start, part.end)) {
      const before = text.slice(Math.max(part.start, m.start - 12), m.start);
      const after = text.slice(m.end, Math.min(part.end + 1, m.end + 2));
      if (answersWithName && m.start === part.start && /^[.?]?$/.test(text.slice(m.end, part.end).trim()))
        continue;
      // '"Miss Elizabeth Bennet." / "Miss Elizabeth Bennet!" repeated Miss Bingley': a line opening on
      // the very name the line before was made of echoes it in surprise and calls no one.
      if (m.start === q.parts[0]!.start && echoed === plainWords(text.slice(m.start, m.end))) continue;
      const openOrComma = m.start === part.start || /(?:,|^|!|\bdear|\bmy|\boh|\bo)\s*$/i.test(before);
      // ("Wake up, Alice dear!": an endearment after the name ends the call too)
      const closes =
        /^[,!?.;\u2014-]|^$/.test(after.trim().slice(0, 1)) ||
        /^\s+(?:dear|dearest|darling|love)\s*[,!?.;\u2014-]/.test(
          text.slice(m.end, Math.min(part.end + 1, m.end + 12)),
        );
      if (openOrComma && closes && !out.includes(m.character)) {
        out.push(m.character);
      }
    }
  }
  return out;
}

/** A chapter heading or a scene break (* * *): the paragraph ends any exchange. */
const SCENE_BREAK = /^(?:(?:CHAPTER|Chapter|BOOK|Book|PART|Part)\b|[IVXLC]+\.?\s*$|\d+\.?\s*$|(?:\*\s*){3,})/;

/** One turn of dialogue: the quotations that start in one paragraph. */
export interface SceneTurn {
  paragraph: number;
  quotes: readonly number[];
}

export interface Scene {
  ctx: SpeakerContext;
  options: SpeakerOptions;
  turns: readonly SceneTurn[];
  /** Quotation index → its turn. */
  turnOfQuote: readonly number[];
  /** Per quotation: the characters its speech addresses by name, in order. */
  vocatives: readonly (readonly string[])[];
  /** Per turn: its quotations' vocatives one after the other (a name addressed twice is listed twice). */
  turnVocatives: readonly (readonly string[])[];
  /**
   * Per turn: an exchange ends before it. Narration of more than `exchangeBreakWords` words between
   * two turns, whether in paragraphs of its own or opening the turn's paragraph ("Fanny could listen no
   * farther. … '…'"), more than `exchangeBreakParagraphs` paragraphs, or a chapter heading or scene
   * break between them.
   */
  breakBefore: readonly boolean[];
  /**
   * The ranker's exchanges, as its weights were trained: only narration paragraphs between the turns
   * count, and headings are words like any other. (One definition for both is a change to measure and
   * retrain for, not a refactor.)
   */
  paragraphBreakBefore: readonly boolean[];
  /** Per turn: no narration stands between the previous turn's speech and this one's (`tightWords`). */
  tight: readonly boolean[];
  /** Per quotation: where the narration around it begins and ends (its paragraph, or the speeches beside it in the paragraph). */
  narrationStart: readonly number[];
  narrationEnd: readonly number[];
  /** The text's words and sentence stops, for the salience model. */
  tokens: TextTokens;
}

const scenes = new WeakMap<SpeakerContext, Scene>();

/** The scene of a book's dialogue, built once per context and options. */
export function sceneOf(ctx: SpeakerContext, options: SpeakerOptions = DEFAULT_SPEAKER_OPTIONS): Scene {
  const known = scenes.get(ctx);
  if (known && known.options === options) return known;
  const scene = buildScene(ctx, options);
  scenes.set(ctx, scene);
  return scene;
}

function buildScene(ctx: SpeakerContext, options: SpeakerOptions): Scene {
  const { text, paragraphs, quotes, mentions } = ctx;
  const turns: SceneTurn[] = paragraphTurns(quotes).map((qs) => ({
    paragraph: quotes[qs[0]!]!.firstParagraph,
    quotes: qs,
  }));
  const turnOfQuote: number[] = [];
  turns.forEach((t, ti) => {
    for (const qi of t.quotes) turnOfQuote[qi] = ti;
  });
  const vocatives = quotes.map((q, i) => vocativesIn(text, mentions, q, quotes[i - 1]));
  const turnVocatives = turns.map((t) => t.quotes.flatMap((qi) => vocatives[qi]!));
  const breakBefore = turns.map((t, ti) => {
    if (ti === 0) return true;
    const prev = turns[ti - 1]!;
    const speech = quotes[t.quotes[0]!]!.parts[0]!.start;
    let narrationWords = countWords(text, paragraphs[t.paragraph]!.start, speech);
    for (let p = prev.paragraph + 1; p < t.paragraph; p++) {
      const s = paragraphs[p]!;
      if (SCENE_BREAK.test(text.slice(s.start, Math.min(s.end, s.start + 40)))) return true;
      narrationWords += countWords(text, s.start, s.end);
    }
    return (
      narrationWords > options.exchangeBreakWords ||
      t.paragraph - prev.paragraph > options.exchangeBreakParagraphs
    );
  });
  const paragraphBreakBefore = turns.map((t, ti) => {
    if (ti === 0) return true;
    const prev = turns[ti - 1]!;
    if (t.paragraph - prev.paragraph > options.exchangeBreakParagraphs) return true;
    let n = 0;
    for (let p = prev.paragraph + 1; p < t.paragraph; p++)
      n += countWords(text, paragraphs[p]!.start, paragraphs[p]!.end);
    return n > options.exchangeBreakWords;
  });
  const tight = turns.map((t, ti) => {
    if (ti === 0 || breakBefore[ti]) return false;
    const prev = turns[ti - 1]!;
    const prevQ = quotes[prev.quotes[prev.quotes.length - 1]!]!;
    return (
      countWords(text, prevQ.parts[prevQ.parts.length - 1]!.end, quotes[t.quotes[0]!]!.parts[0]!.start) <=
      options.tightWords
    );
  });
  const narrationStart = quotes.map((q, qi) => {
    const prevQ = quotes[qi - 1];
    return prevQ && prevQ.lastParagraph === q.firstParagraph
      ? prevQ.parts[prevQ.parts.length - 1]!.end + 1
      : paragraphs[q.firstParagraph]!.start;
  });
  const narrationEnd = quotes.map((q, qi) => {
    const nextQ = quotes[qi + 1];
    return nextQ && nextQ.firstParagraph === q.lastParagraph
      ? nextQ.parts[0]!.start - 1
      : paragraphs[q.lastParagraph]!.end;
  });
  return {
    ctx,
    options,
    turns,
    turnOfQuote,
    vocatives,
    turnVocatives,
    breakBefore,
    paragraphBreakBefore,
    tight,
    narrationStart,
    narrationEnd,
    tokens: textTokens(text),
  };
}

/** Turns a < b are in one exchange: no break falls between them. */
export function inExchange(scene: Scene, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (scene.breakBefore[k]) return false;
  return true;
}

/** Turn ti when it is in the same exchange as turn `from`, else null. */
export function turnInExchange(scene: Scene, ti: number, from: number): number | null {
  return ti >= 0 && ti < scene.turns.length && inExchange(scene, Math.min(ti, from), Math.max(ti, from))
    ? ti
    : null;
}

/** Where the exchange holding turn ti begins (a little before its first speech: `exchangeLookback`). */
export function exchangeStart(scene: Scene, ti: number): number {
  let k = ti;
  while (k > 0 && !scene.breakBefore[k]) k--;
  return Math.max(0, scene.ctx.paragraphs[scene.turns[k]!.paragraph]!.start - scene.options.exchangeLookback);
}

/** A quotation's words, lower-cased, without punctuation: "Miss Elizabeth Bennet." → "miss elizabeth bennet". */
function onlyWords(text: string, q: RawQuotation): string {
  return plainWords(q.parts.map((p) => text.slice(p.start, p.end)).join(' '));
}

function plainWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
