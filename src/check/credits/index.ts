import type { Span } from '../../book/span.js';
import { creditVerbAlternation, titleAlternation } from '../../lexicon.js';
import { type Cast, isNarratorName } from '../attribute/cast.js';
import type { ExtractedQuote } from '../extract/index.js';
import type { ReviewDocument } from '../review/document.js';
import type { Credit } from '../types.js';

/**
 * Stage 2 of the check, credits. Who the writer says speaks a quotation: "Ruth confesses: …", "…, Tommy says", "As Miss Emily puts
 * it, …", "Kathy recalls that …", "the narrator admits". The name is recorded as written; it is
 * matched against the book's characters later (speaker.ts). Pronouns ("she says") are resolved to the
 * last name credited earlier in the same paragraph.
 */

/** Credit verbs and phrases from the lexicon, as a regular-expression alternation (no group). */
export const VERBS = creditVerbAlternation();

/** A speech verb anywhere in a stretch of narration ("she says,", "went on Tommy"). */
export const SPEECH_VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'i');

const TITLES = titleAlternation();
const CAP_WORD = "\\p{Lu}[\\p{L}'’\\-]*";
/** A name as written: optional title, one to three capitalised words. */
export const NAME = `(?:(?:${TITLES})\\.?\\s+)?${CAP_WORD}(?:\\s+(?:(?:de|van|von|du|le|la|di|da)\\s+)?${CAP_WORD}){0,2}`;
const PRONOUN = '(?:he|she|they|I|we)';
const NARRATOR = '(?:[Tt]he|[Oo]ur|[Hh]er|[Hh]is) (?:narrator|speaker|heroine|hero)';
const SPEAKER = `(${NARRATOR}|${NAME}|${PRONOUN})`;
const ADVERB =
  '(?:\\s+(?:\\p{Ll}+ly|later|then|once|again|also|still|even|finally|soon|now|first|herself|himself))?';
/** "… admits she", "… recalls that he was": a short clause the quotation completes. */
const CLAUSE = `(?:\\s+(?:he|she|they|it|I|we|his|her|their|the|a|an|${NAME})(?:\\s+\\p{Ll}+){0,2})?`;
const OBJECT = `(?:\\s+(?:to\\s+)?(?:${NAME}|him|her|them|us|me))?`;

/** "Ruth confesses:", "Kathy recalls that", "Elizabeth tells Darcy,", "As Miss Emily puts it," … */
const BEFORE_PATTERNS: RegExp[] = [
  new RegExp(`\\b[Aa]s\\s+${SPEAKER}${ADVERB}\\s+(?:${VERBS})(?:\\s+it)?${OBJECT}\\s*[,:]?\\s*$`, 'u'),
  new RegExp(
    `\\b(?:[Ii]n|[Tt]o\\s+quote)\\s+${SPEAKER}(?:'s|’s)?(?:\\s+(?:own\\s+)?words)?\\s*[,:]?\\s*$`,
    'u',
  ),
  new RegExp(`\\b[Aa]ccording\\s+to\\s+${SPEAKER}\\s*[,:]?\\s*$`, 'u'),
  new RegExp(
    `${SPEAKER}(?:'s|’s)\\s+(?:reply|answer|words|confession|retort|response|remark|declaration|line|admission|question|letter|plea|warning|view|advice|verdict|motto|boast|complaint|promise|speech|answer|comment|claim|insistence|opinion)(?:\\s+(?:is|was|reads|runs))?\\s*[,:]?\\s*$`,
    'u',
  ),
  new RegExp(
    `${SPEAKER}${ADVERB}\\s+(?:${VERBS})${ADVERB}${OBJECT}(?:\\s+(?:that|how|when))?${CLAUSE}\\s*[,:\\u2014\\u2013-]?\\s*$`,
    'u',
  ),
];

/** "Miss Emily: “…”" — a name alone, introducing the line. */
BEFORE_PATTERNS.push(new RegExp(`^\\s*${SPEAKER}\\s*:\\s*$`, 'u'));

/** "…, Tommy says", "…, says Tommy", "… Ruth tells Kathy." */
const AFTER_PATTERNS: RegExp[] = [
  new RegExp(`^\\s*[,.!?;:\\u2014\\u2013-]?\\s*${SPEAKER}${ADVERB}\\s+(?:${VERBS})\\b`, 'u'),
  new RegExp(`^\\s*[,.!?;:\\u2014\\u2013-]?\\s*(?:${VERBS})\\s+${SPEAKER}\\b`, 'u'),
];

const NOT_NAMES = new Set(
  (
    'The This That These Those It Its In As When But And Here There Later Then Chapter Yet So Even Her His ' +
    'Their Our My Yes No Oh Or If Now Once After Before While Though Although Still Only Indeed Perhaps Of ' +
    'One Another Every Each Nothing Everything Someone Everyone Nobody Such What Which Who Why How Where ' +
    'Thus Hence Finally First Second Third Next Last Also Again Instead Book Novel Part Volume Letter'
  ).split(' '),
);

export interface Attribution {
  /** As written, or null. */
  name: string | null;
  /** The words around the quotation that carried the attribution. */
  cue: string | null;
  /** The writer credited "he" or "she"; `name` is then the last name credited before, if any. */
  pronoun?: 'he' | 'she';
  /** The rule that read it. */
  ruleId?: string;
  /** Where the name (or pronoun) stands in the review. */
  span?: Span;
}

function cleanName(raw: string): string | null {
  if (new RegExp(`^${NARRATOR}$`).test(raw.trim())) return raw.trim();
  const words = raw
    .trim()
    .replace(/(?:'s|’s)$/, '')
    .split(/\s+/);
  // "When Ruth" → "Ruth"; but "The Hatter" is the name as written.
  while (words.length > 0 && NOT_NAMES.has(words[0]!) && !(words[0] === 'The' && words.length > 1))
    words.shift();
  return words.length > 0 ? words.join(' ') : null;
}

function isPronoun(name: string): boolean {
  return /^(?:he|she|they|i|we)$/i.test(name);
}

/** Text of the sentence before a position, back to the previous sentence end or quotation. */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Mme|Mlle|Col|Capt|Rev|Prof|Gen|Lt|Sr|Jr|vs|cf|ch|p|pp)\.$/;

/** Start of the sentence that `chunk` ends in (not fooled by "Mr." or "Dr."). */
function sentenceStart(chunk: string): number {
  const re = /[.!?]["”’']?\s+|\n[ \t>]*\n/g;
  let start = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(chunk.slice(Math.max(0, m.index - 5), m.index + 1)))
      continue;
    start = m.index + m[0].length;
  }
  return start;
}

function before(text: string, at: number, limit: number): string {
  const from = Math.max(limit, at - 200);
  const chunk = text.slice(from, at);
  return chunk.slice(sentenceStart(chunk));
}

/** For a block quotation: the sentence introducing it ("Ruth confesses:"), at the end of the paragraph before. */
function introOfBlock(text: string, at: number, limit: number): string {
  const from = Math.max(limit, at - 300);
  const chunk = text.slice(from, at).replace(/[\s>]+$/, ' ');
  if (!/:\s*$/.test(chunk)) return '';
  return chunk.slice(sentenceStart(chunk.trimEnd()));
}

function after(text: string, at: number, limit: number): string {
  return text.slice(at, Math.min(limit, at + 200));
}

export function attributionOf(
  text: string,
  quote: ExtractedQuote,
  prevEnd: number,
  nextStart: number,
  lastNamed: string | null,
): Attribution {
  const tryAfter = (s: string): Attribution | null => {
    for (const re of AFTER_PATTERNS) {
      const m = re.exec(s);
      if (m?.[1]) {
        const name = cleanName(m[1]);
        if (name) return { name, cue: m[0].trim(), ruleId: 'credit/tag-after' };
      }
    }
    return null;
  };
  const candidates: (Attribution | null)[] = [];
  for (const b of quote.between) {
    const t = tryAfter(text.slice(b.start, b.end));
    candidates.push(t ? { ...t, ruleId: 'credit/tag-between' } : null);
  }
  if (!quote.block) {
    // Only when the sentence goes on after the quotation: "…," Tommy says / "…?" asked Tommy.
    const last = quote.parts[quote.parts.length - 1]!;
    const inner = text.slice(last.start, last.end).trimEnd();
    const rest = after(text, quote.outer.end, nextStart);
    const continues =
      /^\s*[,\u2014\u2013]/.test(rest) || /[,\u2014\u2013]$/.test(inner) || /[!?]$/.test(inner);
    if (continues) candidates.push(tryAfter(rest));
  }
  const pre = quote.block
    ? introOfBlock(text, quote.outer.start, prevEnd)
    : before(text, quote.outer.start, prevEnd);
  for (const re of BEFORE_PATTERNS) {
    const m = re.exec(pre);
    if (m?.[1]) {
      const name = cleanName(m[1]);
      if (name) {
        candidates.push({ name, cue: m[0].trim(), ruleId: 'credit/before' });
        break;
      }
    }
  }
  const found = candidates.find((c): c is Attribution => c !== null) ?? null;
  if (!found) return { name: null, cue: null };
  if (found.name && isPronoun(found.name)) {
    if (/^i$|^we$/i.test(found.name)) return { name: null, cue: found.cue };
    // The last name credited in the paragraph, unless a speaker model can do better by gender (index.ts).
    const p = found.name.toLowerCase();
    return p === 'he' || p === 'she'
      ? { name: lastNamed, cue: found.cue, pronoun: p, ruleId: found.ruleId }
      : { name: lastNamed, cue: found.cue, ruleId: found.ruleId };
  }
  return found;
}

/** The sentence around a quotation (for classification cues), not reaching into the quotations beside it. */
export function contextOf(
  text: string,
  outer: Span,
  prevEnd: number,
  nextStart: number,
): { before: string; after: string } {
  const rest = text.slice(outer.end, Math.min(nextStart, outer.end + 160));
  const stop = /[.!?](?:\s|$)|\n[ \t>]*\n/.exec(rest);
  return { before: before(text, outer.start, prevEnd), after: stop ? rest.slice(0, stop.index + 1) : rest };
}

/**
 * "When Darcy first sees Elizabeth he declares, …": the name a pronoun stands for, taken as the
 * nearest name before the quotation in its paragraph whose character has the pronoun's gender
 * (`genderOf` answers from the speaker model). Null when no name fits.
 */
export function resolvePronoun(
  text: string,
  quoteStart: number,
  pronoun: 'he' | 'she',
  genderOf: (name: string) => 'female' | 'male' | 'unknown' | null,
): string | null {
  const from = Math.max(0, quoteStart - 400);
  const chunk = text.slice(from, quoteStart);
  const para = chunk.search(/\n[ \t>]*\n(?![\s\S]*\n[ \t>]*\n)/);
  const scope = para >= 0 ? chunk.slice(para) : chunk;
  const names = [...scope.matchAll(new RegExp(NAME, 'gu'))]
    .map((m) => cleanName(m[0]))
    .filter((n): n is string => !!n);
  const want = pronoun === 'he' ? 'male' : 'female';
  for (let k = names.length - 1; k >= 0; k--) if (genderOf(names[k]!) === want) return names[k]!;
  return null;
}

export interface CreditContext {
  /** The novel's author as the book gives it ("Jane Austen"), or null: a credit to them is not a speaker. */
  bookAuthor: string | null;
  /** The book's characters as readers name them (for pronouns: the gender of a name). */
  cast: Cast;
}

/** Is `name` the novel's author ("Austen", "Jane Austen") rather than one of its characters? */
function isAuthorName(name: string, ctx: CreditContext): boolean {
  if (!ctx.bookAuthor) return false;
  if (ctx.cast.characterNamed(name)) return false;
  const author = ctx.bookAuthor.toLowerCase();
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 0 && words.every((w) => author.includes(w));
}

/**
 * Stage 2 of the check, credits: whom the writer credits each quotation to, read from the words
 * around it. One entry per quotation, null where the writer credits no one.
 */
export function readCredits(
  doc: ReviewDocument,
  quotes: readonly ExtractedQuote[],
  ctx: CreditContext,
): (Credit | null)[] {
  const text = doc.text;
  const out: (Credit | null)[] = [];
  let lastNamed: string | null = null;
  let lastParagraphEnd = 0;
  for (const [qi, q] of quotes.entries()) {
    // Pronoun resolution does not cross paragraphs.
    if (/\n\s*\n/.test(text.slice(lastParagraphEnd, q.outer.start))) lastNamed = null;
    const prevEnd = qi > 0 ? quotes[qi - 1]!.outer.end : 0;
    const nextStart = quotes[qi + 1]?.outer.start ?? text.length;
    const found = attributionOf(text, q, Math.max(prevEnd, 0), nextStart, lastNamed);
    // "he says": with a cast, the nearest name before it of that gender; else the last name credited.
    const fromPronoun =
      found.pronoun && ctx.cast.characters.length > 0
        ? resolvePronoun(text, q.outer.start, found.pronoun, (n) => ctx.cast.genderOf(n))
        : null;
    if (fromPronoun) found.name = fromPronoun;
    else if (found.pronoun && found.name) {
      const g = ctx.cast.genderOf(found.name);
      if (g && g !== 'unknown' && g !== (found.pronoun === 'he' ? 'male' : 'female')) found.name = null;
    }
    if (found.name && !/^(?:the|our|her|his) /i.test(found.name)) lastNamed = found.name;
    lastParagraphEnd = q.outer.end;
    if (!found.name) {
      out.push(null);
      continue;
    }
    const kind = isNarratorName(found.name)
      ? 'narrator'
      : isAuthorName(found.name, ctx)
        ? 'author'
        : 'character';
    out.push({
      kind,
      name: found.name,
      ruleId: found.ruleId ?? 'credit/unknown',
      span: found.span ?? q.outer,
      pronoun: found.pronoun ?? null,
      addressee: null,
    });
  }
  return out;
}
