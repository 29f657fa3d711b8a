/**
 * Antecedents for pronoun speech tags ("said she", "he added"): who a pronoun most likely refers to,
 * from what the narration and the exchange around the speech say. Used by the pronoun stage
 * (pronouns.ts) and the ranker's salience features.
 */
import { type Gender, titledNamePattern } from '../../lexicon.js';
import type { RawQuotation } from '../quotes.js';
import type { SalienceWeights } from './options.js';
import { firstMentionIndex } from './scene.js';
import {
  FEMALE_OTHER,
  FEMALE_SUBJECT,
  MALE_OTHER,
  MALE_SUBJECT,
  SENTENCE_END,
  salienceStops,
  type TextTokens,
  TokenCursor,
} from './text-tokens.js';
import type { Mention } from './types.js';

export type Role = 'subject' | 'object' | 'oblique' | 'possessive' | 'other';

const PREPOSITIONS = new Set(
  'to at towards toward with from upon on for by of about into after before than like against between among over under beside behind through without near round around'.split(
    ' ',
  ),
);
/** Words after which a name starts a clause of its own: "and Jane said", "when Elizabeth came in". */
const CLAUSE_OPENERS = new Set(
  'and but then when while as till until because though although if so yet or nor whereupon where'.split(' '),
);
const VERBISH = new Set(
  'saw told asked gave met heard found left took made let bade thanked joined followed watched loved married called seen see tell ask give meet find leave take make help helped kissed embraced answered addressed assured begged'.split(
    ' ',
  ),
);

/** Verbs of seeing and hearing whose object may do the next verb: "she saw Mr. Darcy walk in". */
const PERCEPTION = new Set(
  'saw see seen heard hear watched watch beheld perceived felt noticed observed'.split(' '),
);
/** Words after a name that do not start a verb of its own. */
const NOT_A_VERB = new Set([
  ...PREPOSITIONS,
  ...CLAUSE_OPENERS,
  ...'in out up down off away back home now there here again too also once alone only himself herself'.split(
    ' ',
  ),
  ...'who whom whose which that the a an his her their its'.split(' '),
]);

/** A rough grammatical role of a name in narration, from the words right around it. */
export function mentionRole(text: string, start: number, end: number): Role {
  if (/^['\u2019]s\b/.test(text.slice(end, end + 3))) return 'possessive';
  const role = roleFromBefore(text, start);
  // "she saw Mr. Darcy walk into the room": the one seen does what follows, as its subject.
  if (role === 'object') {
    const before = /([a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 12), start))?.[1];
    const next = /^\s+([a-z]+)\b/.exec(text.slice(end, end + 20))?.[1];
    if (before && PERCEPTION.has(before) && next && !NOT_A_VERB.has(next) && !/ly$/.test(next))
      return 'subject';
  }
  return role;
}

function roleFromBefore(text: string, start: number): Role {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = /([\p{L}'\u2019]+|[.!?;:,"\u201c\u201d\u2014(])\s*$/u.exec(before);
  if (!m) return 'subject';
  const w = m[1]!.toLowerCase();
  if (/^[.!?;:"\u201c\u201d\u2014(]$/.test(w)) return 'subject';
  if (w === ',') return 'other';
  if (PREPOSITIONS.has(w)) return 'oblique';
  if (CLAUSE_OPENERS.has(w)) return 'subject';
  if (VERBISH.has(w) || (w.length > 4 && /(?:ed|ing)$/.test(w))) return 'object';
  if (/ly$/.test(w)) return 'subject';
  return 'other';
}

/** What the salience model reads: the text, narration mentions and the quotations with known speakers. */
export interface SalienceSource {
  text: string;
  mentions: readonly Mention[];
  quotes: readonly RawQuotation[];
  genderOf: (id: string) => Gender;
  /** The speaker decided so far for quotation qi, or null. */
  speakerOf: (qi: number) => string | null;
  /** Characters the speech of quotation qi addresses by name. */
  addressedIn: (qi: number) => readonly string[];
  /** The model's weights (options.ts, `salience`). */
  model: SalienceWeights;
  /** The text's tokens (textTokens, kept by the scene). */
  tokens: TextTokens;
}

/**
 * The most salient character of `gender` at `at`, after Lappin and Leass: every narration mention of a
 * character adds weight by its grammatical role (subject > object > prepositional > possessive), a
 * pronoun of that gender adds weight to whoever is most salient when it is read (so "she … she … her"
 * keeps the topic of a paragraph alive), the speaker of a quotation counts as a mention and whoever a
 * speech addresses by name gains (the one spoken to answers), and all weight halves at each sentence end.
 */
export function salientReferent(
  src: SalienceSource,
  from: number,
  at: number,
  gender: Gender,
  firstQuote: number,
  ignore: readonly string[] = [],
): { who: string; weights: Map<string, number> } | null {
  const { text, model } = src;
  const weights = new Map<string, number>();
  const add = (id: string, w: number): void => {
    if (ignore.includes(id)) return;
    weights.set(id, (weights.get(id) ?? 0) + w);
  };
  const decay = (): void => {
    for (const [k, v] of weights) weights.set(k, v * model.decay);
  };
  const top = (passOver: readonly string[] = []): string | null => {
    let best: string | null = null;
    let bw = 0;
    for (const [k, v] of weights) if (v > bw && !passOver.includes(k)) [best, bw] = [k, v];
    return best;
  };
  const subjectKind = gender === 'male' ? MALE_SUBJECT : gender === 'female' ? FEMALE_SUBJECT : -1;
  const otherKind = gender === 'male' ? MALE_OTHER : gender === 'female' ? FEMALE_OTHER : -1;
  if (subjectKind < 0) return null;
  const subjectPronoun = model.subjectPronoun * model.subject;
  const otherPronoun = model.otherPronoun * model.possessive;
  const cursor = new TokenCursor(text, src.tokens, stopsOf(src));
  let qi = firstQuote;
  while (qi > 0 && src.quotes[qi - 1]!.parts[src.quotes[qi - 1]!.parts.length - 1]!.end > from) qi--;
  let mi = firstMentionIndex(src.mentions, from);
  let pos = from;
  // End of the last name read: "Colonel Fitzwilliam himself" is one mention, not a name and a pronoun.
  let nameEnd = -1;
  while (pos < at) {
    // The next quotation part after pos (a stretch of speech) or `at`.
    let partStart = at;
    let partEnd = at;
    let partQuote = -1;
    for (; qi < src.quotes.length; qi++) {
      const q = src.quotes[qi]!;
      const part = q.parts.find((p) => p.end > pos);
      if (!part) continue;
      if (part.start < at) {
        partStart = Math.max(pos, part.start);
        partEnd = Math.min(at, part.end);
        partQuote = qi;
      }
      break;
    }
    // Narration pos .. partStart
    cursor.seek(pos);
    for (let off = cursor.next(); off >= 0 && off < partStart; off = cursor.next()) {
      while (mi < src.mentions.length && src.mentions[mi]!.end <= off) mi++;
      const men = src.mentions[mi];
      if (men && men.start <= off && off < men.end) {
        if (!men.inQuote && src.genderOf(men.character) === gender)
          add(men.character, model[roleOf(src, mi)]);
        nameEnd = men.end;
        cursor.seek(men.end);
        continue;
      }
      const kind = cursor.kind;
      if (kind === SENTENCE_END) {
        decay();
        continue;
      }
      if (kind === otherKind && off - nameEnd <= 2 && /^(?:him|her)self\b/i.test(text.slice(off, off + 8)))
        continue;
      if (kind === subjectKind || kind === otherKind) {
        const who = kind === subjectKind ? top(boundLater(src, mi, off, partStart, gender)) : top();
        if (who) add(who, kind === subjectKind ? subjectPronoun : otherPronoun);
      }
    }
    if (partQuote < 0) break;
    decay();
    const sp = partStart === src.quotes[partQuote]!.parts[0]!.start ? src.speakerOf(partQuote) : null;
    if (sp && src.genderOf(sp) === gender) add(sp, model.speaker);
    if (partStart === src.quotes[partQuote]!.parts[0]!.start)
      for (const v of src.addressedIn(partQuote))
        if (v !== sp && src.genderOf(v) === gender) add(v, model.vocative);
    pos = partEnd;
  }
  const who = top();
  return who ? { who, weights } : null;
}

/** Where a subject pronoun's clause ends, for `boundLater`: a sentence or clause stop, or a dash. */
const CLAUSE_STOP = /[.!?;:\u2014]/;

/**
 * Characters of `gender` named later in a subject pronoun's own clause, below the subject: "He moved
 * across to Pooh's place", "she looked at Elizabeth". A pronoun never means a name it governs (binding
 * principle C): "he" there is not Pooh. A name opening a clause of its own ("he turned, and Pooh
 * said") is not governed and stays a candidate. Read from mention `mi` on, to the clause's end or
 * `until` (the next speech).
 */
function boundLater(src: SalienceSource, mi: number, off: number, until: number, gender: Gender): string[] {
  const stop = CLAUSE_STOP.exec(src.text.slice(off, Math.min(until, off + 200)));
  const end = stop ? off + stop.index : Math.min(until, off + 200);
  const out: string[] = [];
  for (let i = mi; i < src.mentions.length; i++) {
    const m = src.mentions[i]!;
    if (m.start < off) continue;
    if (m.start >= end) break;
    if (m.inQuote || src.genderOf(m.character) !== gender || roleOf(src, i) === 'subject') continue;
    out.push(m.character);
  }
  return out;
}

/** The tokens a salience reading stops at, per book (its tokens and mentions). */
const stopsCache = new WeakMap<TextTokens, { mentions: readonly Mention[]; stops: Int32Array }>();
function stopsOf(src: SalienceSource): Int32Array {
  const known = stopsCache.get(src.tokens);
  if (known && known.mentions === src.mentions) return known.stops;
  const stops = salienceStops(src.tokens, src.mentions);
  stopsCache.set(src.tokens, { mentions: src.mentions, stops });
  return stops;
}

/**
 * A mention's role depends only on the text around it, and the ranker asks for salience at every
 * quotation for both genders in two passes: read each mention's role once per book.
 */
const roleCache = new WeakMap<readonly Mention[], (Role | undefined)[]>();
function roleOf(src: SalienceSource, mi: number): Role {
  let roles = roleCache.get(src.mentions);
  if (!roles) {
    roles = [];
    roleCache.set(src.mentions, roles);
  }
  let role = roles[mi];
  if (role === undefined) {
    const m = src.mentions[mi]!;
    role = mentionRole(src.text, m.start, m.end);
    roles[mi] = role;
  }
  return role;
}

/** Titles a description may use for a character so named: "said the general" for General Tilney. */
const TITLE_FORMS: ReadonlyMap<string, RegExp> = new Map([
  ...['general', 'colonel', 'captain', 'major', 'admiral', 'doctor', 'professor', 'squire'].map(
    (rank) => [rank, titledNamePattern(rank)] as const,
  ),
  // A baronet is "Sir Thomas", not "Baronet Bertram".
  ['baronet', titledNamePattern('sir')],
]);
/** "my lady", "her ladyship", "his lordship", "my lord" (not "my lady's maid"). */
const MY_LADY = /\b(?:my|her|his|your)\s+(lady|ladyship|lord|lordship)\b(?!['\u2019]s)/;
const LADY_FORM = titledNamePattern('lady');
const LORD_FORM = titledNamePattern('lord');
/** Descriptions of an older or married woman, and of a young unmarried one. */
const MARRIED_WOMAN = new Set(['mother', 'grandmother', 'widow', 'hostess', 'landlady', 'wife', 'matron']);
const YOUNG_WOMAN = new Set(['girl', 'maiden']);
const DESCRIPTION =
  /\b(?:the|his|her)\s+((?:[a-z-]+\s+){0,2}?)(lady|woman|girl|maiden|mother|grandmother|widow|hostess|landlady|wife|matron|general|colonel|captain|major|admiral|doctor|professor|squire|baronet)\b/;

/** What a description tag says of its speaker beyond gender: a title, or married / young. */
export interface DescriptionFit {
  /** A form the character's name takes ("General Tilney"): required. */
  title?: RegExp;
  /** A form that rules the character out ("Miss Bartlett" is not "the old lady"). */
  notTitle?: RegExp;
}
const UNMARRIED = /^Miss\b/;
const MARRIED = /^(?:Mrs\.?|Lady|Madame|Mme\.?)(?:\s|$)/;

/** The description in the tag next to a quotation ("cried the old lady", "said the general"), if telling. */
export function describedSpeaker(text: string, q: RawQuotation): DescriptionFit | null {
  const windows: string[] = q.parts.map((p) => text.slice(p.end, Math.min(text.length, p.end + 60)));
  const first = q.parts[0]!.start;
  windows.push(text.slice(Math.max(0, first - 80), first));
  for (const w of windows) {
    // "said my lady", "her ladyship answered": a servant's name for the lady of the house, one of rank.
    const rank = MY_LADY.exec(w.toLowerCase());
    if (rank) return { title: rank[1] === 'lady' || rank[1] === 'ladyship' ? LADY_FORM : LORD_FORM };
    const m = DESCRIPTION.exec(w.toLowerCase());
    if (!m) continue;
    const adjectives = m[1]!.trim().split(/\s+/);
    const noun = m[2]!;
    const title = TITLE_FORMS.get(noun);
    if (title) return { title };
    if (MARRIED_WOMAN.has(noun) || adjectives.includes('old') || adjectives.includes('elderly'))
      return { notTitle: UNMARRIED };
    if (YOUNG_WOMAN.has(noun) || adjectives.includes('young') || adjectives.includes('little'))
      return { notTitle: MARRIED };
  }
  return null;
}

const TAG_CLAUSE_END = /[.!?;"\u201c\u201d]/;
/**
 * Characters named after the pronoun in a pronoun tag ('"…," she said to Elizabeth', 'he asked
 * Katharine'): spoken to, not speaking.
 */
export function namedInPronounTag(text: string, q: RawQuotation, mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  const scan = (start: number, end: number): void => {
    const clause = text.slice(start, end);
    const p = /\b(?:he|she)\b/i.exec(clause);
    if (!p) return;
    const from = start + p.index + p[0].length;
    for (let i = firstMentionIndex(mentions, from); i < mentions.length && mentions[i]!.start < end; i++)
      out.push(mentions[i]!.character);
  };
  for (const part of q.parts) {
    const after = text.slice(part.end + 1, Math.min(text.length, part.end + 80));
    const stop = after.search(TAG_CLAUSE_END);
    scan(part.end + 1, part.end + 1 + (stop >= 0 ? stop : after.length));
  }
  const first = q.parts[0]!.start;
  const before = text.slice(Math.max(0, first - 100), first - 1);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--)
    if (TAG_CLAUSE_END.test(before[i]!)) {
      cut = i;
      break;
    }
  scan(Math.max(0, first - 100) + cut + 1, first - 1);
  return out;
}
