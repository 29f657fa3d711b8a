/**
 * What the narration around each quotation says, whoever the sieve or a ranker pass thinks spoke:
 * the names in its speech tags, the pronoun of a tag, the names of its paragraph and of the narration
 * paragraph before, how recently and how near each character is named. The ranker's features
 * (features.ts) read it in every pass; it depends only on the text and the mentions, so it is read once
 * per book.
 */
import { SPEECH_VERBS, SUBJECT_PRONOUNS } from '../../lexicon.js';
import { firstMentionIndex, type Mention, type SpeakerContext, sceneOf } from '../speakers/index.js';

/** A candidate's narration mentions count for the proximity features within this distance of the quotation. */
export const NEAR_WINDOW = 5000;

export interface QuoteContext {
  /** Characters named in the clause after a quoted part, and those of them within reach of a speech verb. */
  tagNamed: Set<string>;
  tagSubject: Set<string>;
  /** Characters named within reach of a speech verb in the clause before the quotation. */
  beforeSubject: Set<string>;
  /** A he / she / I as the subject of a speech verb in those clauses. */
  pronoun: 'male' | 'female' | 'first' | null;
  /** Narration names of the quotation's paragraphs, before and after the speech. */
  paraBefore: Map<string, number>;
  paraAfter: Map<string, number>;
  paraDistinct: Set<string>;
  paraNameCount: number;
  /** Names in the last sentence of the narration paragraph just before, and in all of it. */
  prevLast: Set<string>;
  prevNamed: Set<string>;
  /** Order of the last narration mention before the quotation (0 the latest), and its distance. */
  recency: Map<string, number>;
  distBefore: Map<string, number>;
  /** Narration mentions within NEAR_WINDOW before. */
  local: Map<string, number>;
  /** Distance to the first narration mention after. */
  distAfter: Map<string, number>;
  /** Characters named inside the quotation. */
  inQuoteNamed: Set<string>;
}

function narrationMentions(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstMentionIndex(mentions, start); i < mentions.length && mentions[i]!.start < end; i++)
    if (!mentions[i]!.inQuote) out.push(mentions[i]!);
  return out;
}

const WORD = /[\p{L}][\p{L}'\u2019]*|[.!?;:"\u201c\u201d\u2018\u2019]/gu;

/** Lower-cased words (and sentence punctuation) with offsets, in [start, end). */
function words(text: string, start: number, end: number): { lw: string; start: number }[] {
  const out: { lw: string; start: number }[] = [];
  const body = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body))
    out.push({ lw: m[0].toLowerCase(), start: start + m.index });
  return out;
}

/** The first clause of narration after a quoted part: up to a sentence stop or an opening quote. */
function clauseAfter(text: string, from: number, limit: number): { lw: string; start: number }[] {
  const ws = words(text, from, Math.min(limit, from + 120));
  const stop = ws.findIndex((w, i) => i > 0 && /^[.!?;"\u201c\u201d]$/.test(w.lw));
  return ws.slice(0, stop < 0 ? Math.min(ws.length, 12) : Math.min(stop, 12));
}

/** The last clause of narration before a quotation (same paragraph). */
function clauseBefore(text: string, from: number, to: number): { lw: string; start: number }[] {
  const ws = words(text, Math.max(from, to - 160), to);
  let k = ws.length - 1;
  while (k >= 0 && !/^[.!?"\u201c\u201d]$/.test(ws[k]!.lw)) k--;
  return ws.slice(k + 1).slice(-12);
}

/** Characters named in a clause, and whether a speech verb sits within three words of the name. */
function namesNearVerb(
  clause: readonly { lw: string; start: number }[],
  names: readonly Mention[],
): { named: Set<string>; subject: Set<string> } {
  const named = new Set<string>();
  const subject = new Set<string>();
  if (clause.length === 0) return { named, subject };
  const verbAt = clause.map((w) => SPEECH_VERBS.has(w.lw));
  for (const m of names) {
    if (m.start < clause[0]!.start || m.start > clause[clause.length - 1]!.start) continue;
    named.add(m.character);
    const idx = clause.findIndex((w) => w.start >= m.start);
    for (let k = Math.max(0, idx - 3); k <= Math.min(clause.length - 1, idx + 4); k++)
      if (verbAt[k]) subject.add(m.character);
  }
  return { named, subject };
}

/** 'he' / 'she' / 'I' as the subject of a speech verb in a clause ("said he", "she replied"). */
function pronounTag(clause: readonly { lw: string }[]): 'male' | 'female' | 'first' | null {
  const v = clause.findIndex((w) => SPEECH_VERBS.has(w.lw));
  if (v < 0) return null;
  for (let k = Math.max(0, v - 3); k <= Math.min(clause.length - 1, v + 2); k++) {
    const lw = clause[k]!.lw;
    const g = SUBJECT_PRONOUNS.get(lw);
    if (g === 'male' || g === 'female') return g;
    if (lw === 'i') return 'first';
  }
  return null;
}

const contexts = new WeakMap<SpeakerContext, QuoteContext[]>();

/** The QuoteContext of every quotation of the book, read once per context. */
export function quoteContexts(ctx: SpeakerContext): readonly QuoteContext[] {
  let known = contexts.get(ctx);
  if (!known) {
    known = ctx.quotes.map((_, qi) => readQuoteContext(ctx, qi));
    contexts.set(ctx, known);
  }
  return known;
}

function readQuoteContext(ctx: SpeakerContext, qi: number): QuoteContext {
  const { text, paragraphs, quotes, mentions } = ctx;
  const scene = sceneOf(ctx);
  const q = quotes[qi]!;
  const at = q.parts[0]!.start;
  const endQ = q.parts[q.parts.length - 1]!.end;
  const para = paragraphs[q.firstParagraph]!;
  const lastPara = paragraphs[q.lastParagraph]!;
  const narrStart = scene.narrationStart[qi]!;
  const narrEnd = scene.narrationEnd[qi]!;

  // Speech tags: the clause after each part, and the clause before the quotation.
  const tagNamed = new Set<string>();
  const tagSubject = new Set<string>();
  let pronoun: 'male' | 'female' | 'first' | null = null;
  for (let k = 0; k < q.parts.length; k++) {
    const from = q.parts[k]!.end + 1;
    const limit = k + 1 < q.parts.length ? q.parts[k + 1]!.start : narrEnd;
    if (limit <= from) continue;
    const clause = clauseAfter(text, from, limit);
    const r = namesNearVerb(clause, narrationMentions(mentions, from, limit));
    for (const c of r.named) tagNamed.add(c);
    for (const c of r.subject) tagSubject.add(c);
    pronoun ??= pronounTag(clause);
  }
  const before = clauseBefore(text, narrStart, at - 1);
  const beforeNames = namesNearVerb(before, narrationMentions(mentions, narrStart, at));
  pronoun ??= pronounTag(before);

  const paraNames = narrationMentions(mentions, para.start, lastPara.end);
  const paraBefore = new Map<string, number>();
  const paraAfter = new Map<string, number>();
  for (const m of paraNames) {
    if (m.start < at) paraBefore.set(m.character, (paraBefore.get(m.character) ?? 0) + 1);
    else if (m.start >= endQ) paraAfter.set(m.character, (paraAfter.get(m.character) ?? 0) + 1);
  }
  const paraDistinct = new Set(paraNames.map((m) => m.character));

  // The narration paragraph just before (only when it holds no speech).
  const prevLast = new Set<string>();
  const prevNamed = new Set<string>();
  if (q.firstParagraph > 0 && !paragraphHasQuote(ctx).has(q.firstParagraph - 1)) {
    const pp = paragraphs[q.firstParagraph - 1]!;
    const body = text.slice(pp.start, pp.end);
    const stop = Math.max(body.lastIndexOf('. ', body.length - 2), body.lastIndexOf('.\n', body.length - 2));
    const sentenceStart = pp.start + (stop >= 0 ? stop + 2 : 0);
    for (const m of narrationMentions(mentions, pp.start, pp.end)) {
      prevNamed.add(m.character);
      if (m.start >= sentenceStart) prevLast.add(m.character);
    }
  }

  // Recency: order of the last narration mention before the quotation; distances before and after.
  const recency = new Map<string, number>();
  const distBefore = new Map<string, number>();
  const local = new Map<string, number>();
  for (let i = firstMentionIndex(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < at - NEAR_WINDOW) break;
    if (m.inQuote) continue;
    local.set(m.character, (local.get(m.character) ?? 0) + 1);
    if (!recency.has(m.character)) {
      recency.set(m.character, recency.size);
      distBefore.set(m.character, at - m.end);
    }
  }
  const distAfter = new Map<string, number>();
  for (let i = firstMentionIndex(mentions, endQ); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start > endQ + NEAR_WINDOW) break;
    if (!m.inQuote && !distAfter.has(m.character)) distAfter.set(m.character, m.start - endQ);
  }
  const inQuoteNamed = new Set<string>();
  for (const part of q.parts)
    for (
      let i = firstMentionIndex(mentions, part.start);
      i < mentions.length && mentions[i]!.start < part.end;
      i++
    )
      inQuoteNamed.add(mentions[i]!.character);

  return {
    tagNamed,
    tagSubject,
    beforeSubject: beforeNames.subject,
    pronoun,
    paraBefore,
    paraAfter,
    paraDistinct,
    paraNameCount: paraNames.length,
    prevLast,
    prevNamed,
    recency,
    distBefore,
    local,
    distAfter,
    inQuoteNamed,
  };
}

const withQuote = new WeakMap<SpeakerContext, Set<number>>();
/** Paragraphs where a quotation starts or ends. */
function paragraphHasQuote(ctx: SpeakerContext): Set<number> {
  let s = withQuote.get(ctx);
  if (!s) {
    s = new Set(ctx.quotes.flatMap((q) => [q.firstParagraph, q.lastParagraph]));
    withQuote.set(ctx, s);
  }
  return s;
}
