import { findFirstAtOrAfter, type Span } from '../../book/span.js';
import type { CastSource } from './cast.js';

/**
 * The part of `analyzeBook`'s result the attribute stage reads (structurally the same as `Analysis`),
 * so the checker works with any analysis version and without one.
 */
export interface SpeakerModel extends CastSource {
  quotes: readonly {
    start: number;
    end: number;
    /** The quotation's parts inside the quote marks ("Yes," said he, "I know." has two). */
    parts?: readonly Span[];
    speaker: string | null;
    confidence: number;
    /** How the model found the speaker: `explicit` (a speech tag names them), `anaphoric`, `implicit`. */
    type?: string;
    /** Character ids spoken to, where the model knows. */
    addressees?: readonly string[];
    /** Other speakers the model found likely, most likely first (analysis `runnersUp`). */
    runnersUp?: readonly RunnerUp[];
  }[];
}

/** A speaker the model found likely but not likeliest, with its probability (0..1). */
export interface RunnerUp {
  speaker: string;
  probability: number;
}

/** The speaker model's reading of the dialogue at a located span. */
export interface ModelLine {
  /** Character id, or null when the model could not tell. */
  speaker: string | null;
  confidence: number;
  type: string | null;
  addressees: readonly string[];
  /** The model's other likely speakers for the line, most likely first (none when it spans several). */
  runnersUp: readonly RunnerUp[];
}

/**
 * The dialogue the located span is in. A located span can cover several quotations of the model (a
 * line split by "said Tommy"); their overlaps are added up per speaker. Null when less than half of
 * the span is dialogue and it does not start in a quotation (narration).
 */
export function dialogueAt(model: SpeakerModel, loc: Span): ModelLine | null {
  let lo = 0;
  let hi = model.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (model.quotes[mid]!.end <= loc.start) lo = mid + 1;
    else hi = mid;
  }
  const bySpeaker = new Map<string | null, { overlap: number; line: ModelLine }>();
  let total = 0;
  let startsInDialogue = false;
  for (let k = Math.max(0, lo - 2); k < model.quotes.length; k++) {
    const q = model.quotes[k]!;
    if (q.start >= loc.end) break;
    const overlap = Math.min(q.end, loc.end) - Math.max(q.start, loc.start);
    if (overlap <= 0) continue;
    total += overlap;
    if (q.start <= loc.start + 1) startsInDialogue = true;
    const s = bySpeaker.get(q.speaker);
    if (s) {
      s.overlap += overlap;
      s.line.confidence = Math.min(s.line.confidence, q.confidence);
      // several quotations: their runners-up are not one line's alternatives
      s.line.runnersUp = [];
    } else
      bySpeaker.set(q.speaker, {
        overlap,
        line: {
          speaker: q.speaker,
          confidence: q.confidence,
          type: q.type ?? null,
          addressees: q.addressees ?? [],
          runnersUp: q.runnersUp ?? [],
        },
      });
  }
  // A line the writer joined across narration ("Not like cats! … Would you like cats?") spans the
  // narration too: it is dialogue when it starts in a quotation.
  if (total * 2 < loc.end - loc.start && !startsInDialogue) return null;
  let best: { overlap: number; line: ModelLine } | null = null;
  for (const s of bySpeaker.values()) if (!best || s.overlap > best.overlap) best = s;
  if (!best) return null;
  // several speakers inside one located span: the model is less sure of any one of them
  const share = best.overlap / total;
  return bySpeaker.size > 1
    ? { ...best.line, confidence: best.line.confidence * share, runnersUp: [] }
    : best.line;
}

/** All quotation parts of the model, sorted, for the book-tag reader. */
export function modelParts(model: SpeakerModel): Span[] {
  const out: Span[] = [];
  for (const q of model.quotes) {
    if (q.parts && q.parts.length > 0) out.push(...q.parts);
    else out.push({ start: q.start, end: q.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How far after a line its tag may name whom it is said to ("…,” said the Vicar to Philip). */
const TAG_REACH = 60;

/** A tagged line answers another when it follows it this closely (characters between them). */
const ANSWER_GAP = 400;

export interface Conversations {
  /** Tagged lines one of the two addresses to the other (the model's addressees). */
  talk(a: string, b: string): number;
  /** …of which the book names the one spoken to at the line (in its words or its tag). */
  namedTalk(a: string, b: string): number;
  /** A tagged line of one answered by the next quotation, a tagged line of the other. */
  exchanges(a: string, b: string): number;
  /**
   * The person speaks no line of the model's and is called by name in at least one ("Here, Kitty,
   * come and look"): a name others only call someone by.
   */
  onlyCalled(id: string): boolean;
}

/**
 * Who speaks with whom, counted once per book, from lines whose speaker the book tags by name: the
 * model's own guesses are no evidence here (it takes a line said to "Mr. Vyse" in a scene with Cecil
 * for Cecil's, and so makes one person two). (Tried: both tagged anywhere in one scene. One person
 * under two unrelated names is tagged by both in one scene too: "Madame Olenska" and "Ellen".)
 */
export function conversations(model: SpeakerModel): Conversations {
  const mentions = new Map(model.characters.map((c) => [c.id, c.mentionOffsets ?? []]));
  // Lines whose addressee the book names at the line: in its words ("Nonsense, Louisa") or its tag
  // ("said the Vicar to Philip"). The model's other addressees are its guesses (the other speaker
  // of the exchange), and guesses alone between two halves of one man the model split ("Mr. Carey"
  // and "the Vicar") would make him two people talking to each other.
  const namedAt = (id: string, from: number, to: number) => {
    const at = mentions.get(id) ?? [];
    const k = findFirstAtOrAfter(at, from);
    return k < at.length && at[k]! < to;
  };
  const talk = new Map<string, number>();
  const namedTalk = new Map<string, number>();
  const exchanges = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const bump = (m: Map<string, number>, a: string, b: string) =>
    m.set(key(a, b), (m.get(key(a, b)) ?? 0) + 1);
  const speaks = new Set<string>();
  const called = new Set<string>();
  let prev: SpeakerModel['quotes'][number] | null = null;
  for (const q of model.quotes) {
    if (q.speaker) speaks.add(q.speaker);
    for (const to of q.addressees ?? []) if (namedAt(to, q.start, q.end)) called.add(to);
    const tagged = q.type === 'explicit' && q.speaker !== null;
    if (tagged)
      for (const to of q.addressees ?? []) {
        if (to === q.speaker) continue;
        bump(talk, q.speaker!, to);
        if (namedAt(to, q.start, q.end + TAG_REACH)) bump(namedTalk, q.speaker!, to);
      }
    if (
      tagged &&
      prev &&
      prev.type === 'explicit' &&
      prev.speaker &&
      prev.speaker !== q.speaker &&
      q.start - prev.end < ANSWER_GAP
    )
      bump(exchanges, prev.speaker, q.speaker!);
    prev = q;
  }
  return {
    talk: (a, b) => talk.get(key(a, b)) ?? 0,
    namedTalk: (a, b) => namedTalk.get(key(a, b)) ?? 0,
    exchanges: (a, b) => exchanges.get(key(a, b)) ?? 0,
    onlyCalled: (id) => called.has(id) && !speaks.has(id),
  };
}

/** The parts of the model's quotation that contains an offset: one speaker's speech. */
export function speechFinder(model: SpeakerModel): (at: number) => readonly Span[] | null {
  const quotes = model.quotes;
  return (at) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (quotes[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    const q = quotes[lo];
    if (!q || q.start > at + 1) return null;
    return q.parts && q.parts.length > 0 ? q.parts : [{ start: q.start, end: q.end }];
  };
}
