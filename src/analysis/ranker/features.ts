/**
 * Candidate speakers for each quotation and the features the ranker scores them by. Everything here
 * is general: distances, turn-taking, vocatives, pronoun gender, salience, what the rule sieve said.
 * Nothing names a book or a character.
 */

import type { Gender } from '../../lexicon.js';
import { keepShape } from '../keep-shape.js';
import { type Attribution, type SpeakerContext, sceneOf } from '../speakers/index.js';
import { type SalienceSource, salientReferent } from '../speakers/salience.js';
import {
  CROSSED_INDEX,
  FEATURE_COUNT,
  FEATURE_NAMES,
  SITUATION_OFFSET,
  type Situation,
  X,
} from './feature-layout.js';
import { NEAR_WINDOW, type QuoteContext, quoteContexts } from './quote-context.js';
import { GUESS_RULES, LOOSE_TURN_RULES, SURE_RULES, TAGGED_RULES } from './sieve-rules.js';

export { FEATURE_COUNT, FEATURE_NAMES };

/** One quotation's candidates and their feature vectors (row-major, FEATURE_COUNT per candidate). */
export interface QuoteCandidates {
  quote: number;
  candidates: string[];
  features: Float64Array;
}

/** Characters named last before the quotation are candidates within this distance (and the 8 most recent). */
const CANDIDATE_WINDOW = 4000;
/** At most this many candidates per quotation, most likely first. */
const MAX_CANDIDATES = 16;

interface Turn {
  paragraph: number;
  quotes: readonly number[];
  speaker: string | null;
  /** The sieve found this turn's speaker by a speech tag (named or pronoun). */
  tagged: boolean;
  vocatives: Set<string>;
  /** The same, as a list (what the salience model reads). */
  addressed: string[];
}

const proximity = (d: number): number =>
  d < 0 || d > NEAR_WINDOW ? 0 : 1 - Math.log1p(d) / Math.log1p(NEAR_WINDOW);

/** A pass's view of the dialogue: every turn's speaker (the sieve's or a first pass's), exchanges, salience. */
interface PassView {
  ctx: SpeakerContext;
  attributions: readonly Attribution[];
  asked: (number | string | null)[];
  turns: Turn[];
  turnOf: readonly number[];
  /** The exchanges the weights were trained with (scene.ts: only narration paragraphs break them). */
  breakBefore: readonly boolean[];
  /** Turns since the exchange began. */
  exchangeIndex: number[];
  /** Turns per speaker in each turn's exchange. */
  exchangeCounts: Map<string, number>[];
  salienceSource: SalienceSource;
  antecedentWindow: number;
  bookRank: Map<string, number>;
  /**
   * Each character's gender, read once per pass: a call to the book's genderOf in writeRow tied its
   * optimised code to that one book's function, and it was compiled again for the next book.
   */
  genders: Map<string, Gender>;
  around: readonly QuoteContext[];
  quoteVocatives: Set<string>[];
}

/**
 * Candidates and features for every quotation, given the sieve's attributions. Candidates: the sieve's
 * answer, characters named in narration near the quotation, the speakers of the turns around it,
 * whoever the previous turn addressed, and the narrator. `neighbours` gives the speakers the turn-order
 * features read (by default the sieve's; a second pass passes the ranker's first answers).
 */
export function extractCandidates(
  ctx: SpeakerContext,
  attributions: readonly Attribution[],
  neighbours: readonly (string | null)[] = attributions.map((a) => a.speaker),
): QuoteCandidates[] {
  const view = passView(ctx, attributions, neighbours);
  const pool = new RowPool();
  const out: QuoteCandidates[] = [];
  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    const here = quoteView(view, qi);
    const features = pool.take(here.cand.length * FEATURE_COUNT);
    for (let ci = 0; ci < here.cand.length; ci++) writeRow(view, here, qi, ci, features);
    out.push({ quote: qi, candidates: here.cand, features });
  }
  return out;
}

function passView(
  ctx: SpeakerContext,
  attributions: readonly Attribution[],
  neighbours: readonly (string | null)[],
): PassView {
  const scene = sceneOf(ctx);
  const turns: Turn[] = scene.turns.map((t, ti) => {
    const speaker = t.quotes.map((qi) => neighbours[qi] ?? null).find((s) => s) ?? null;
    return {
      paragraph: t.paragraph,
      quotes: t.quotes,
      speaker,
      tagged: t.quotes.some((qi) => {
        const a = attributions[qi]!;
        return a.speaker !== null && a.speaker === speaker && TAGGED_RULES.has(a.rule);
      }),
      vocatives: new Set(scene.turnVocatives[ti]),
      addressed: [...new Set(scene.turnVocatives[ti])],
    };
  });
  const turnOf = scene.turnOfQuote;
  const breakBefore = scene.paragraphBreakBefore;
  const exchangeIndex: number[] = [];
  for (let ti = 0; ti < turns.length; ti++)
    exchangeIndex.push(breakBefore[ti] ? 0 : exchangeIndex[ti - 1]! + 1);
  const exchangeCounts: Map<string, number>[] = [];
  let start = 0;
  for (let ti = 0; ti <= turns.length; ti++) {
    if (ti < turns.length && !breakBefore[ti]) continue;
    const counts = new Map<string, number>();
    for (let k = start; k < ti; k++) {
      const sp = turns[k]!.speaker;
      if (sp) counts.set(sp, (counts.get(sp) ?? 0) + 1);
    }
    for (let k = start; k < ti; k++) exchangeCounts.push(counts);
    start = ti;
  }
  // The speakers the salience model asked for in its current reading (salienceAt).
  const asked: (number | string | null)[] = [];
  const bookRank = new Map<string, number>();
  const bySalience = [...ctx.characterIds].sort((a, b) => ctx.mentionCount(b) - ctx.mentionCount(a));
  for (const [i, id] of bySalience.entries()) bookRank.set(id, i);
  const genders = new Map<string, Gender>();
  for (const id of ctx.characterIds) genders.set(id, ctx.genderOf(id));
  return {
    ctx,
    attributions,
    asked,
    turns,
    turnOf,
    breakBefore,
    exchangeIndex,
    exchangeCounts,
    salienceSource: {
      text: ctx.text,
      mentions: ctx.mentions,
      quotes: ctx.quotes,
      genderOf: ctx.genderOf,
      speakerOf: (qj: number) => {
        const sp = turns[turnOf[qj]!]!.speaker;
        asked.push(qj, sp);
        return sp;
      },
      addressedIn: (qj: number) => turns[turnOf[qj]!]!.addressed,
      model: scene.options.salience,
      tokens: scene.tokens,
    },
    antecedentWindow: scene.options.antecedentWindow,
    bookRank,
    genders,
    around: quoteContexts(ctx),
    quoteVocatives: scene.vocatives.map((v) => new Set(v)),
  };
}

/** Turn ti+delta if it is in the same exchange as ti. */
function near(view: PassView, ti: number, delta: number): Turn | null {
  const k = ti + delta;
  if (k < 0 || k >= view.turns.length) return null;
  for (let j = Math.min(k, ti) + 1; j <= Math.max(k, ti); j++) if (view.breakBefore[j]) return null;
  return view.turns[k]!;
}

/**
 * Alternation across turns whose speaker is unknown: the nearest known speaker an even number of turns
 * away is likely this turn's, one an odd number away likely the other party.
 */
function parity(view: PassView, ti: number, dir: number): { even: string | null; odd: string | null } {
  let even: string | null = null;
  let odd: string | null = null;
  for (let d = 1; d <= 8; d++) {
    const t = near(view, ti, dir * d);
    if (!t) break;
    if (!t.speaker) continue;
    if (d % 2 === 0) even ??= t.speaker;
    else odd ??= t.speaker;
  }
  return { even, odd };
}

type Salience = ReturnType<typeof salientReferent>;
/** A salience reading, and the speakers it asked for (quotation, speaker, quotation, speaker…). */
interface SalienceMemo {
  result: Salience;
  asked: (number | string | null)[];
}
const salienceMemos = new WeakMap<SpeakerContext, Map<number, SalienceMemo>>();

/**
 * The salience model at quotation qi. Its reading depends on the pass only through the speakers of the
 * quotations before it: a later pass whose speakers there are the same reuses the earlier reading.
 */
function salienceAt(view: PassView, qi: number, at: number, gender: 'male' | 'female'): Salience {
  let memos = salienceMemos.get(view.ctx);
  if (!memos) {
    memos = new Map();
    salienceMemos.set(view.ctx, memos);
  }
  const key = qi * 2 + (gender === 'male' ? 0 : 1);
  const memo = memos.get(key);
  if (memo && sameAnswers(view, memo.asked)) return memo.result;
  view.asked.length = 0;
  const result = salientReferent(
    view.salienceSource,
    Math.max(0, at - view.antecedentWindow),
    at,
    gender,
    qi,
  );
  memos.set(key, { result, asked: [...view.asked] });
  return result;
}

function sameAnswers(view: PassView, asked: readonly (number | string | null)[]): boolean {
  for (let k = 0; k < asked.length; k += 2)
    if (view.turns[view.turnOf[asked[k] as number]!]!.speaker !== asked[k + 1]) return false;
  return true;
}

/** What every candidate of one quotation is measured against. */
interface QuoteView {
  cand: string[];
  p1: Turn | null;
  p2: Turn | null;
  p3: Turn | null;
  n1: Turn | null;
  n2: Turn | null;
  back: { even: string | null; odd: string | null };
  ahead: { even: string | null; odd: string | null };
  salience: Map<string, { share: number; top: boolean }>;
  counts: Map<string, number>;
  own: string | null;
  lastTagged: Map<string, number>;
  untagged: boolean;
  /** Offsets of the situations that hold, each a block of the crossed features. */
  offsets: number[];
}

function quoteView(view: PassView, qi: number): QuoteView {
  const { ctx, turns } = view;
  const q = ctx.quotes[qi]!;
  const a = view.attributions[qi]!;
  const ti = view.turnOf[qi]!;
  const at = q.parts[0]!.start;
  // What the narration around it says (the same in every pass).
  const { tagSubject, beforeSubject, pronoun, paraBefore, paraAfter, paraNameCount, prevNamed } =
    view.around[qi]!;
  const { recency, distBefore } = view.around[qi]!;
  const p1 = near(view, ti, -1);
  const p2 = near(view, ti, -2);
  const p3 = near(view, ti, -3);
  const n1 = near(view, ti, 1);
  const n2 = near(view, ti, 2);

  // Candidate set, most likely first (order matters only for the cap).
  const cand: string[] = [];
  const add = (id: string | null | undefined): void => {
    if (id && !cand.includes(id) && cand.length < MAX_CANDIDATES) cand.push(id);
  };
  add(a.speaker);
  for (const c of tagSubject) add(c);
  for (const c of beforeSubject) add(c);
  add(p2?.speaker);
  add(p1?.speaker);
  add(n1?.speaker);
  add(n2?.speaker);
  for (const v of p1?.vocatives ?? []) add(v);
  for (const c of paraBefore.keys()) add(c);
  for (const c of paraAfter.keys()) add(c);
  for (const c of prevNamed) add(c);
  add(p3?.speaker);
  for (let d = 4; d <= 8; d++) add(near(view, ti, -d)?.speaker);
  add(ctx.narrator);
  for (const [c, r] of recency) if (r < 8 && (distBefore.get(c) ?? Infinity) < CANDIDATE_WINDOW) add(c);

  // Salience of each gender at the quotation (the sieve's pronoun model), over the turns before it.
  const salience = new Map<string, { share: number; top: boolean }>();
  for (const gender of ['male', 'female'] as const) {
    const r = salienceAt(view, qi, at, gender);
    if (!r) continue;
    const max = Math.max(...r.weights.values());
    for (const [c, w] of r.weights) salience.set(c, { share: max > 0 ? w / max : 0, top: c === r.who });
  }
  // Turns back to each candidate's last tagged turn in this exchange.
  const lastTagged = new Map<string, number>();
  for (let d = 1; d <= 12; d++) {
    const t = near(view, ti, -d);
    if (!t) break;
    if (t.tagged && t.speaker && !lastTagged.has(t.speaker)) lastTagged.set(t.speaker, d);
  }

  const untagged = !tagSubject.size && !beforeSubject.size && pronoun === null;
  const situations: Situation[] = [];
  if (untagged) situations.push('untagged');
  if (a.speaker && (a.type === 'explicit' || a.type === 'anaphoric')) situations.push('sieveTagged');
  if (a.speaker && LOOSE_TURN_RULES.has(a.rule)) situations.push('sieveTurnTaking');
  if (at - ctx.paragraphs[q.firstParagraph]!.start <= 1) situations.push('startsPara');
  if (paraNameCount > 0) situations.push('hasBeat');
  if (view.exchangeIndex[ti]! >= 2) situations.push('midExchange');
  return {
    cand,
    p1,
    p2,
    p3,
    n1,
    n2,
    back: parity(view, ti, -1),
    ahead: parity(view, ti, 1),
    salience,
    // This exchange's turns by each speaker, not counting this turn's own speaker.
    counts: view.exchangeCounts[ti]!,
    own: turns[ti]!.speaker,
    lastTagged,
    untagged,
    offsets: situations.map((sit) => SITUATION_OFFSET.get(sit)!),
  };
}

const b = (x: boolean): number => (x ? 1 : 0);

/** The feature vector of candidate ci of quotation qi, written into its row of `features`. */
function writeRow(view: PassView, v: QuoteView, qi: number, ci: number, features: Float64Array): void {
  const { ctx } = view;
  const a = view.attributions[qi]!;
  const { tagNamed, tagSubject, beforeSubject, pronoun, paraBefore, paraAfter, paraDistinct } =
    view.around[qi]!;
  const { prevLast, prevNamed, recency, distBefore, distAfter, local, inQuoteNamed } = view.around[qi]!;
  const { p1, p2, p3, n1, n2 } = v;
  const here = view.quoteVocatives[qi]!;
  const c = v.cand[ci]!;
  const base = ci * FEATURE_COUNT;
  const isSieve = a.speaker === c;
  features[base + X.sieve] = b(isSieve);
  features[base + X.sieveExplicit] = b(isSieve && a.type === 'explicit');
  features[base + X.sieveAnaphoric] = b(isSieve && a.type === 'anaphoric');
  features[base + X.sieveImplicit] = b(isSieve && a.type === 'implicit');
  // The confidence the sieve's rule gives, as a number the model weighs (not read to tell rules apart).
  features[base + X.sieveConfidence] = isSieve ? a.confidence : 0;
  features[base + X.sieveSure] = b(isSieve && SURE_RULES.has(a.rule));
  features[base + X.sieveGuess] = b(isSieve && GUESS_RULES.has(a.rule));
  features[base + X.tagAfterName] = b(tagNamed.has(c));
  features[base + X.tagAfterSubject] = b(tagSubject.has(c));
  features[base + X.tagBeforeSubject] = b(beforeSubject.has(c));
  features[base + X.paraBefore] = Math.log1p(paraBefore.get(c) ?? 0);
  features[base + X.paraAfter] = Math.log1p(paraAfter.get(c) ?? 0);
  features[base + X.paraOnlyName] = b(paraDistinct.size === 1 && paraDistinct.has(c));
  features[base + X.prevParaLastSentence] = b(prevLast.has(c));
  features[base + X.prevParaNamed] = b(prevNamed.has(c));
  features[base + X.nearBefore] = proximity(distBefore.get(c) ?? -1);
  features[base + X.nearAfter] = proximity(distAfter.get(c) ?? -1);
  const r = recency.get(c);
  features[base + X.recencyRank] = r === undefined ? 0 : 1 / (1 + r);
  const s1 = p1?.speaker === c;
  const s2 = p2?.speaker === c;
  features[base + X.spoke1] = b(s1);
  features[base + X.spoke2] = b(s2);
  features[base + X.spoke3] = b(p3?.speaker === c);
  features[base + X.alternates] = b(s2 && !s1);
  features[base + X.next1] = b(n1?.speaker === c);
  features[base + X.next2] = b(n2?.speaker === c);
  features[base + X.nextAlternates] = b(n2?.speaker === c && n1?.speaker !== c);
  features[base + X.evenBack] = b(v.back.even === c);
  features[base + X.oddBack] = b(v.back.odd === c);
  features[base + X.evenAhead] = b(v.ahead.even === c);
  features[base + X.oddAhead] = b(v.ahead.odd === c);
  features[base + X.vocativeHere] = b(here.has(c));
  features[base + X.vocativePrev] = b(p1?.vocatives.has(c) ?? false);
  features[base + X.vocativeNext] = b(n1?.vocatives.has(c) ?? false);
  features[base + X.namedInQuote] = b(inQuoteNamed.has(c) && !here.has(c));
  const g = view.genders.get(c) ?? ctx.genderOf(c);
  const wanted = pronoun === 'male' || pronoun === 'female' ? pronoun : null;
  features[base + X.pronounAgrees] = b(wanted !== null && g === wanted);
  features[base + X.pronounDisagrees] = b(wanted !== null && g !== wanted && g !== 'unknown');
  features[base + X.narrator] = b(c === ctx.narrator);
  features[base + X.narratorTag] = b(c === ctx.narrator && pronoun === 'first');
  features[base + X.bookSalience] = 1 / (1 + (view.bookRank.get(c) ?? 1000));
  features[base + X.localSalience] = Math.log1p(local.get(c) ?? 0) / Math.log1p(50);
  const sal = v.salience.get(c);
  features[base + X.salienceShare] = sal?.share ?? 0;
  features[base + X.salienceTop] = b(sal?.top ?? false);
  features[base + X.salienceTopAgrees] = b((sal?.top ?? false) && wanted !== null && g === wanted);
  const others = (v.counts.get(c) ?? 0) - (c === v.own ? 1 : 0);
  features[base + X.exchangeTurns] = Math.log1p(Math.max(0, others));
  features[base + X.sieveRepeatsPrev] = b(isSieve && s1 && v.untagged);
  const lt = v.lastTagged.get(c);
  features[base + X.lastTaggedNear] = lt === undefined ? 0 : 1 / lt;
  features[base + X.lastTaggedEven] = b(lt !== undefined && lt % 2 === 0);
  features[base + X.lastTaggedOdd] = b(lt !== undefined && lt % 2 === 1);
  // The crossed copies (rows start zeroed, and most features are zero: only the others are written).
  for (let j = 0; j < CROSSED_INDEX.length; j++) {
    const value = features[base + CROSSED_INDEX[j]!]!;
    if (value !== 0) for (const off of v.offsets) features[base + off + j] = value;
  }
}

/**
 * The quotations' feature vectors as views into a few large buffers: one small typed array per
 * quotation cost more to allocate and collect than filling it.
 */
class RowPool {
  private buffer = new Float64Array(0);
  private used = 0;
  take(n: number): Float64Array {
    if (this.used + n > this.buffer.length) {
      this.buffer = new Float64Array(Math.max(n, 1 << 16));
      this.used = 0;
    }
    const out = this.buffer.subarray(this.used, this.used + n);
    this.used += n;
    return out;
  }
}

keepShape(new RowPool());
