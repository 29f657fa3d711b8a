import type { Span } from '../book/span.js';
import type { ExtractedQuote } from './extract.js';

/**
 * Who the writer says speaks a quotation: "Ruth confesses: …", "…, Tommy says", "As Miss Emily puts
 * it, …", "Kathy recalls that …", "the narrator admits". The name is recorded as written; it is
 * matched against the book's characters later (speaker.ts). Pronouns ("she says") are resolved to the
 * last name credited earlier in the same paragraph.
 */

/** Speech verbs (alternation source, no group). */
export const VERBS = [
  'says?',
  'said',
  'asks?',
  'asked',
  'repl(?:y|ies|ied)',
  'answers?',
  'answered',
  'cr(?:y|ies|ied)',
  'tells?',
  'told',
  'adds?',
  'added',
  'continues?',
  'continued',
  'confess(?:es|ed)?',
  'admits?',
  'admitted',
  'insists?',
  'insisted',
  'remarks?',
  'remarked',
  'exclaims?',
  'exclaimed',
  'declares?',
  'declared',
  'explains?',
  'explained',
  'observes?',
  'observed',
  'whispers?',
  'whispered',
  'murmurs?',
  'murmured',
  'returns?',
  'returned',
  'recalls?',
  'recalled',
  'protests?',
  'protested',
  'begins?',
  'began',
  'goes on',
  'went on',
  'puts it',
  'put it',
  'writes?',
  'wrote',
  'thinks?',
  'thought',
  'shouts?',
  'shouted',
  'urges?',
  'urged',
  'warns?',
  'warned',
  'reflects?',
  'reflected',
  'notes?',
  'noted',
  'muses?',
  'mused',
  'sighs?',
  'sighed',
  'laughs?',
  'laughed',
  'snaps?',
  'snapped',
  'retorts?',
  'retorted',
  'responds?',
  'responded',
  'announces?',
  'announced',
  'informs?',
  'informed',
  'assures?',
  'assured',
  'reminds?',
  'reminded',
  'concludes?',
  'concluded',
  'agrees?',
  'agreed',
  'argues?',
  'argued',
  'claims?',
  'claimed',
  'states?',
  'stated',
  'pleads?',
  'pleaded',
  'demands?',
  'demanded',
  'wonders?',
  'wondered',
  'muttered',
  'mutters?',
  'cautions?',
  'cautioned',
  'tells (?:us|him|her|them)',
].join('|');

/** A speech verb anywhere in a stretch of narration ("she says,", "went on Tommy"). */
export const SPEECH_VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'i');

const TITLES =
  'Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Colonel|Col|Captain|Capt|Aunt|Uncle|Mme|Madame|Mademoiselle|Mlle|Monsieur|M|Professor|Prof|Father|Mother|Sister|Brother|Saint|St|Rev|Reverend|Mister|Master|Dame|Count|Countess|Duke|Duchess|Prince|Princess|King|Queen|General|Major|Lieutenant|Judge';
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
        if (name) return { name, cue: m[0].trim() };
      }
    }
    return null;
  };
  const candidates: (Attribution | null)[] = [];
  for (const b of quote.between) candidates.push(tryAfter(text.slice(b.start, b.end)));
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
        candidates.push({ name, cue: m[0].trim() });
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
      ? { name: lastNamed, cue: found.cue, pronoun: p }
      : { name: lastNamed, cue: found.cue };
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
