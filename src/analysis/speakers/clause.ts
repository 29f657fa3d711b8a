/**
 * A clause of narration as words, and the little grammar the tag readers need: which name is the
 * subject and which an object, whether a word is a speech verb. Pure functions of the words and the
 * mentions inside them.
 */
import type { Span } from '../../book/span.js';
import {
  abbreviatedTitleAlternation,
  type Gender,
  SPEECH_VERB_PARTICLES,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  TAG_ONLY_SPEECH_VERBS,
} from '../../lexicon.js';
import type { Tag } from './tag-forms.js';
import type { Mention } from './types.js';

export interface Tok {
  w: string;
  lw: string;
  start: number;
  end: number;
  /** A comma stands between this word and the one before. */
  afterComma: boolean;
}

// Title abbreviations keep their full stop, so "Mr. Darcy replied" is not cut into two clauses.
const WORD = new RegExp(
  String.raw`(?:${abbreviatedTitleAlternation()})\.|[\p{L}][\p{L}'\u2019]*|[.!?;:"\u201c\u201d\u2014]|--`,
  'gu',
);

/** The words (and clause punctuation) of `text.slice(start, end)`, with offsets into `text`. */
export function tokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const body = text.slice(start, end);
  WORD.lastIndex = 0;
  let prevEnd = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    const afterComma = body.slice(prevEnd, m.index).includes(',');
    out.push({
      w: m[0],
      lw: m[0].toLowerCase(),
      start: start + m.index,
      end: start + m.index + m[0].length,
      afterComma,
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/** "he" / "she": the gender of a tag's subject; null for any other word. */
export function pronounGender(lw: string): Gender | null {
  return SUBJECT_PRONOUNS.get(lw) ?? null;
}

/** A word ending in 's ("Sir Thomas's", "Mrs. Croft's"). */
export function isPossessive(w: string): boolean {
  return /['\u2019]s$/.test(w);
}

/** The word at i is a speech verb of a tag ("said", "went on" with its particle). */
export function isSpeechVerbAt(clause: readonly Tok[], i: number): boolean {
  const lw = clause[i]!.lw;
  const particles = SPEECH_VERB_PARTICLES.get(lw);
  if (particles) return particles.has(clause[i + 1]?.lw ?? '');
  return SPEECH_VERBS.has(lw) || TAG_ONLY_SPEECH_VERBS.has(lw);
}

/** Words after which a name is the object, not the subject: "turned to Fanny", "embracing Catherine". */
export const OBJECT_PREPOSITIONS = new Set([
  'to',
  'at',
  'towards',
  'toward',
  'with',
  'from',
  'upon',
  'on',
  'for',
  'by',
  'of',
  'near',
  'beside',
  'behind',
  'into',
  'round',
  'around',
  'about',
  'against',
  'over',
  'past',
  'like',
  'than',
  'between',
  'among',
  'across',
  'after',
]);
/** Words ending like participles that are not verbs ("one evening, Mrs. Dashwood…"). */
const NOT_PARTICIPLES = new Set(
  'evening morning nothing something anything everything thing king ring wedding building indeed need hundred'.split(
    ' ',
  ),
);

/** The name starting at token nameTok is an object: after a preposition or a participle ("embracing Catherine"). */
export function isObjectPosition(clause: readonly Tok[], nameTok: number): boolean {
  const prev = clause[nameTok - 1]!.lw;
  // "When the affair was ended, Ronny, who …": a comma ends the participle's reach.
  if (clause[nameTok]!.afterComma && !OBJECT_PREPOSITIONS.has(prev)) return false;
  return (
    OBJECT_PREPOSITIONS.has(prev) ||
    (prev.length > 4 && /(?:ing|ed)$/.test(prev) && !NOT_PARTICIPLES.has(prev))
  );
}

/** The mention a token belongs to, if any. */
export function mentionAt(names: readonly Mention[], t: Tok): Mention | undefined {
  return names.find((m) => m.start <= t.start && t.start < m.end);
}

/**
 * The nearest name before token `before` that is not itself an object: "Miss Bingley played; and soon
 * afterwards Mr. Darcy, drawing near Elizabeth, said" is Mr. Darcy's, not the sentence's first name.
 */
export function nameInSubjectPosition(
  clause: readonly Tok[],
  names: readonly Mention[],
  before: number,
): Mention | null {
  for (let k = before - 1; k >= 0; k--) {
    const t = clause[k]!;
    const m = mentionAt(names, t);
    if (!m) continue;
    const first = clause.findIndex((x) => x.start >= m.start);
    // "every direction except Mrs. Sparsit's direction": a possessive is no subject either.
    if (!isPossessive(t.w) && (first === 0 || !isObjectPosition(clause, first))) return m;
    k = first;
  }
  return null;
}

/** The name that opens the clause ("Isabella, embracing Catherine, thus began"), after and / but / then. */
export function clauseSubject(clause: readonly Tok[], names: readonly Mention[]): Mention | null {
  for (let k = 0; k < clause.length; k++) {
    const t = clause[k]!;
    const m = mentionAt(names, t);
    if (m) return k === 0 || !isObjectPosition(clause, k) ? m : null;
    if (pronounGender(t.lw) || t.lw === 'i' || t.lw === 'who') return null;
  }
  return null;
}

/**
 * "she turned to Lucy and said", "He saw Katharine and exclaimed": the clause's first name is the object
 * of a verb or preposition whose subject is a pronoun opening the clause; the pronoun's gender, or null.
 */
export function pronounBeforeObject(
  clause: readonly Tok[],
  names: readonly Mention[],
  named: Mention,
): Gender | null {
  const nameTok = clause.findIndex((t) => t.start >= named.start);
  if (nameTok < 2 || clause[nameTok]!.afterComma) return null;
  if (names.some((m) => m.start < named.start && m.end > clause[0]!.start)) return null;
  let g: Gender | null = null;
  for (let k = 0; k < nameTok && !g; k++) g = pronounGender(clause[k]!.lw);
  if (!g) return null;
  const prev = clause[nameTok - 1]!.lw;
  const afterName = clause.find((t) => t.start >= named.end);
  // "from Mary, who … exclaimed", "by Mrs. Croft's suddenly saying", "for Darcy to refrain from saying": the name speaks.
  const lastOfName = clause.filter((t) => t.start < named.end).pop()!;
  if (prev === 'by' || isPossessive(lastOfName.w) || ['who', 'whose', 'to'].includes(afterName?.lw ?? ''))
    return null;
  const objectOfVerb =
    afterName?.lw === 'and' && !['and', 'but', 'then', 'when', 'while', 'as'].includes(prev);
  return OBJECT_PREPOSITIONS.has(prev) || objectOfVerb ? g : null;
}

/** The word right before a mention, lower-cased ('' after punctuation). */
export function wordBefore(text: string, m: Span): string {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 16), m.start));
  return before ? before[1]!.toLowerCase() : '';
}

/** The tag with the span of the clause it was read from. */
export function spanned(tag: Tag | null, clause: readonly Tok[]): Tag | null {
  if (!tag || clause.length === 0) return tag;
  return { ...tag, span: { start: clause[0]!.start, end: clause[clause.length - 1]!.end } };
}
