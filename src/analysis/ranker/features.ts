/**
 * Candidate speakers for each quotation and the features the ranker scores them by. Everything here
 * is general: distances, turn-taking, vocatives, pronoun gender, salience, what the rule sieve said.
 * Nothing names a book or a character.
 */
import { SPEECH_VERBS, SUBJECT_PRONOUNS } from '../../lexicon.js';
import {
  type Attribution,
  firstMentionIndex,
  type Mention,
  type SpeakerContext,
  sceneOf,
} from '../speakers/index.js';
import { salientReferent } from '../speakers/salience.js';
import { GUESS_RULES, LOOSE_TURN_RULES, SURE_RULES, TAGGED_RULES } from './sieve-rules.js';

/** Features of one candidate for one quotation. */
const BASE_FEATURES = [
  'sieve',
  'sieveExplicit',
  'sieveAnaphoric',
  'sieveImplicit',
  'sieveConfidence',
  'sieveSure',
  'sieveGuess',
  'tagAfterName',
  'tagAfterSubject',
  'tagBeforeSubject',
  'paraBefore',
  'paraAfter',
  'paraOnlyName',
  'prevParaLastSentence',
  'prevParaNamed',
  'nearBefore',
  'nearAfter',
  'recencyRank',
  'spoke1',
  'spoke2',
  'spoke3',
  'alternates',
  'next1',
  'next2',
  'nextAlternates',
  'evenBack',
  'oddBack',
  'evenAhead',
  'oddAhead',
  'vocativeHere',
  'vocativePrev',
  'vocativeNext',
  'namedInQuote',
  'pronounAgrees',
  'pronounDisagrees',
  'narrator',
  'narratorTag',
  'bookSalience',
  'localSalience',
  'salienceShare',
  'salienceTop',
  'salienceTopAgrees',
  'exchangeTurns',
  'sieveRepeatsPrev',
  'lastTaggedNear',
  'lastTaggedEven',
  'lastTaggedOdd',
] as const;

type BaseFeature = (typeof BASE_FEATURES)[number];

/**
 * Situations of the quotation as a whole (the same for every candidate). A linear ranker cannot use
 * them alone, so each is crossed with the candidate features whose weight should depend on it: turn
 * order matters most where no speech tag is found, narration beats most where the paragraph has them.
 */
const SITUATIONS = [
  'untagged',
  'sieveTagged',
  'sieveTurnTaking',
  'startsPara',
  'hasBeat',
  'midExchange',
] as const;
type Situation = (typeof SITUATIONS)[number];

const CROSSED: readonly BaseFeature[] = [
  'sieve',
  'spoke1',
  'spoke2',
  'next1',
  'next2',
  'alternates',
  'evenBack',
  'oddBack',
  'paraBefore',
  'paraAfter',
  'prevParaLastSentence',
  'vocativePrev',
  'recencyRank',
  'nearBefore',
  'localSalience',
  'pronounAgrees',
];

/** Feature names, in the order of each feature vector. weights.json lists the same names. */
export const FEATURE_NAMES: readonly string[] = [
  ...BASE_FEATURES,
  ...SITUATIONS.flatMap((s) => CROSSED.map((c) => `${s}*${c}`)),
];
export const FEATURE_COUNT = FEATURE_NAMES.length;
const F = new Map<string, number>(FEATURE_NAMES.map((n, i) => [n, i]));
const CROSSED_INDEX = CROSSED.map((c) => F.get(c)!);
const SITUATION_OFFSET = new Map<Situation, number>(
  SITUATIONS.map((s, i) => [s, BASE_FEATURES.length + i * CROSSED.length]),
);

/** One quotation's candidates and their feature vectors (row-major, FEATURE_COUNT per candidate). */
export interface QuoteCandidates {
  quote: number;
  candidates: string[];
  features: Float64Array;
}

/** A candidate's narration mentions count for the proximity features within this distance of the quotation. */
const NEAR_WINDOW = 5000;
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

const proximity = (d: number): number =>
  d < 0 || d > NEAR_WINDOW ? 0 : 1 - Math.log1p(d) / Math.log1p(NEAR_WINDOW);

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
  const { text, paragraphs, quotes, mentions } = ctx;
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
  const quoteVocatives = scene.vocatives.map((v) => new Set(v));
  // The exchanges the weights were trained with (scene.ts: only narration paragraphs break them).
  const breakBefore = scene.paragraphBreakBefore;
  const exchangeIndex: number[] = [];
  for (let ti = 0; ti < turns.length; ti++)
    exchangeIndex.push(breakBefore[ti] ? 0 : exchangeIndex[ti - 1]! + 1);
  // Turns per speaker in each exchange (the sieve's or first pass's speakers).
  const exchangeCounts: Map<string, number>[] = [];
  {
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
  }
  const turnOfQuote = turnOf;
  const salienceSource = {
    text,
    mentions,
    quotes,
    genderOf: ctx.genderOf,
    speakerOf: (qj: number) => turns[turnOfQuote[qj]!]!.speaker,
    addressedIn: (qj: number) => turns[turnOfQuote[qj]!]!.addressed,
    model: scene.options.salience,
    tokens: scene.tokens,
  };
  /** Turn ti+delta if it is in the same exchange as ti. */
  const near = (ti: number, delta: number): Turn | null => {
    const k = ti + delta;
    if (k < 0 || k >= turns.length) return null;
    for (let j = Math.min(k, ti) + 1; j <= Math.max(k, ti); j++) if (breakBefore[j]) return null;
    return turns[k]!;
  };
  const paraHasQuote = new Set(quotes.flatMap((q) => [q.firstParagraph, q.lastParagraph]));
  const bookRank = new Map<string, number>();
  const bySalience = [...ctx.characterIds].sort((a, b) => ctx.mentionCount(b) - ctx.mentionCount(a));
  for (const [i, id] of bySalience.entries()) bookRank.set(id, i);

  const out: QuoteCandidates[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    const a = attributions[qi]!;
    const ti = turnOf[qi]!;
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
    if (q.firstParagraph > 0 && !paraHasQuote.has(q.firstParagraph - 1)) {
      const pp = paragraphs[q.firstParagraph - 1]!;
      const body = text.slice(pp.start, pp.end);
      const stop = Math.max(
        body.lastIndexOf('. ', body.length - 2),
        body.lastIndexOf('.\n', body.length - 2),
      );
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

    const p1 = near(ti, -1);
    const p2 = near(ti, -2);
    const p3 = near(ti, -3);
    const n1 = near(ti, 1);
    const n2 = near(ti, 2);
    const here = quoteVocatives[qi]!;
    // Alternation across turns whose speaker is unknown: the nearest known speaker an even number of
    // turns away is likely this turn's, one an odd number away likely the other party.
    const parity = (dir: number): { even: string | null; odd: string | null } => {
      let even: string | null = null;
      let odd: string | null = null;
      for (let d = 1; d <= 8; d++) {
        const t = near(ti, dir * d);
        if (!t) break;
        if (!t.speaker) continue;
        if (d % 2 === 0) even ??= t.speaker;
        else odd ??= t.speaker;
      }
      return { even, odd };
    };
    const back = parity(-1);
    const ahead = parity(1);

    // Candidate set, most likely first (order matters only for the cap).
    const cand: string[] = [];
    const add = (id: string | null | undefined): void => {
      if (id && !cand.includes(id) && cand.length < MAX_CANDIDATES) cand.push(id);
    };
    add(a.speaker);
    for (const c of tagSubject) add(c);
    for (const c of beforeNames.subject) add(c);
    add(p2?.speaker);
    add(p1?.speaker);
    add(n1?.speaker);
    add(n2?.speaker);
    for (const v of p1?.vocatives ?? []) add(v);
    for (const c of paraBefore.keys()) add(c);
    for (const c of paraAfter.keys()) add(c);
    for (const c of prevNamed) add(c);
    add(p3?.speaker);
    for (let d = 4; d <= 8; d++) add(near(ti, -d)?.speaker);
    add(ctx.narrator);
    for (const [c, r] of recency) if (r < 8 && (distBefore.get(c) ?? Infinity) < CANDIDATE_WINDOW) add(c);

    // Salience of each gender at the quotation (the sieve's pronoun model), over the turns before it.
    const salience = new Map<string, { share: number; top: boolean }>();
    for (const gender of ['male', 'female'] as const) {
      const r = salientReferent(
        salienceSource,
        Math.max(0, at - scene.options.antecedentWindow),
        at,
        gender,
        qi,
      );
      if (!r) continue;
      const max = Math.max(...r.weights.values());
      for (const [c, w] of r.weights) salience.set(c, { share: max > 0 ? w / max : 0, top: c === r.who });
    }
    // This exchange's turns by each speaker, not counting this turn's own speaker.
    const counts = exchangeCounts[ti]!;
    const own = turns[ti]!.speaker;
    const othersCount = (c: string): number => (counts.get(c) ?? 0) - (c === own ? 1 : 0);
    // Turns back to each candidate's last tagged turn in this exchange.
    const lastTagged = new Map<string, number>();
    for (let d = 1; d <= 12; d++) {
      const t = near(ti, -d);
      if (!t) break;
      if (t.tagged && t.speaker && !lastTagged.has(t.speaker)) lastTagged.set(t.speaker, d);
    }

    const untagged = !tagSubject.size && !beforeNames.subject.size && pronoun === null;
    const situations: Situation[] = [];
    if (untagged) situations.push('untagged');
    if (a.speaker && (a.type === 'explicit' || a.type === 'anaphoric')) situations.push('sieveTagged');
    if (a.speaker && LOOSE_TURN_RULES.has(a.rule)) situations.push('sieveTurnTaking');
    if (at - para.start <= 1) situations.push('startsPara');
    if (paraNames.length > 0) situations.push('hasBeat');
    if (exchangeIndex[ti]! >= 2) situations.push('midExchange');
    const features = new Float64Array(cand.length * FEATURE_COUNT);
    cand.forEach((c, ci) => {
      const f = (name: BaseFeature, v: number | boolean): void => {
        features[ci * FEATURE_COUNT + F.get(name)!] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      };
      const isSieve = a.speaker === c;
      f('sieve', isSieve);
      f('sieveExplicit', isSieve && a.type === 'explicit');
      f('sieveAnaphoric', isSieve && a.type === 'anaphoric');
      f('sieveImplicit', isSieve && a.type === 'implicit');
      // The confidence the sieve's rule gives, as a number the model weighs (not read to tell rules apart).
      f('sieveConfidence', isSieve ? a.confidence : 0);
      f('sieveSure', isSieve && SURE_RULES.has(a.rule));
      f('sieveGuess', isSieve && GUESS_RULES.has(a.rule));
      f('tagAfterName', tagNamed.has(c));
      f('tagAfterSubject', tagSubject.has(c));
      f('tagBeforeSubject', beforeNames.subject.has(c));
      f('paraBefore', Math.log1p(paraBefore.get(c) ?? 0));
      f('paraAfter', Math.log1p(paraAfter.get(c) ?? 0));
      f('paraOnlyName', paraDistinct.size === 1 && paraDistinct.has(c));
      f('prevParaLastSentence', prevLast.has(c));
      f('prevParaNamed', prevNamed.has(c));
      f('nearBefore', proximity(distBefore.get(c) ?? -1));
      f('nearAfter', proximity(distAfter.get(c) ?? -1));
      const r = recency.get(c);
      f('recencyRank', r === undefined ? 0 : 1 / (1 + r));
      const s1 = p1?.speaker === c;
      const s2 = p2?.speaker === c;
      f('spoke1', s1);
      f('spoke2', s2);
      f('spoke3', p3?.speaker === c);
      f('alternates', s2 && !s1);
      f('next1', n1?.speaker === c);
      f('next2', n2?.speaker === c);
      f('nextAlternates', n2?.speaker === c && n1?.speaker !== c);
      f('evenBack', back.even === c);
      f('oddBack', back.odd === c);
      f('evenAhead', ahead.even === c);
      f('oddAhead', ahead.odd === c);
      f('vocativeHere', here.has(c));
      const vp = p1?.vocatives.has(c) ?? false;
      f('vocativePrev', vp);
      f('vocativeNext', n1?.vocatives.has(c) ?? false);
      f('namedInQuote', inQuoteNamed.has(c) && !here.has(c));
      const g = ctx.genderOf(c);
      const wanted = pronoun === 'male' || pronoun === 'female' ? pronoun : null;
      f('pronounAgrees', wanted !== null && g === wanted);
      f('pronounDisagrees', wanted !== null && g !== wanted && g !== 'unknown');
      f('narrator', c === ctx.narrator);
      f('narratorTag', c === ctx.narrator && pronoun === 'first');
      f('bookSalience', 1 / (1 + (bookRank.get(c) ?? 1000)));
      f('localSalience', Math.log1p(local.get(c) ?? 0) / Math.log1p(50));
      const sal = salience.get(c);
      f('salienceShare', sal?.share ?? 0);
      f('salienceTop', sal?.top ?? false);
      f('salienceTopAgrees', (sal?.top ?? false) && wanted !== null && g === wanted);
      f('exchangeTurns', Math.log1p(Math.max(0, othersCount(c))));
      f('sieveRepeatsPrev', isSieve && s1 && untagged);
      const lt = lastTagged.get(c);
      f('lastTaggedNear', lt === undefined ? 0 : 1 / lt);
      f('lastTaggedEven', lt !== undefined && lt % 2 === 0);
      f('lastTaggedOdd', lt !== undefined && lt % 2 === 1);
      const base = ci * FEATURE_COUNT;
      for (const sit of situations) {
        const off = SITUATION_OFFSET.get(sit)!;
        CROSSED_INDEX.forEach((k, j) => {
          features[base + off + j] = features[base + k]!;
        });
      }
    });
    out.push({ quote: qi, candidates: cand, features });
  }
  return out;
}
