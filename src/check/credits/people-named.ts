import { findSpanIndex, type Span } from '../../book/span.js';
import { type Gender, OWNED_RELATION, PLACE_NOUNS } from '../../lexicon.js';
import type { ReviewDocument } from '../review/document.js';
import {
  cleanName,
  genderOfWrittenName,
  isNameLike,
  isNarratorCredit,
  isPronoun,
  WRITTEN_NAME,
} from './name-pattern.js';
import type { CreditContext } from './site.js';

/**
 * The people a writer names in a stretch of the page, in their own words (not inside quotations,
 * not the book's title), for the pronoun reader (pronouns.ts): a name, the relation right after it
 * ("Hareton's father"), and a character named after a possessive ("Thomas Hardy's Bathsheba").
 */

export interface PronounScope {
  doc: ReviewDocument;
  /** Where the quotations are (their outer spans, in order): names inside them are skipped. */
  quoted: readonly Span[];
  /** Where the writer names the book ("Alice's Adventures in Wonderland"), in order: not people either. */
  titles: readonly Span[];
  ctx: CreditContext;
}

const NAME_RE = new RegExp(WRITTEN_NAME, 'gu');
/** A relation owned by the name just before: "’s father", "’s younger sister". */
const RELATION_AFTER = new RegExp(`^['’]s\\s+${OWNED_RELATION}`, 'u');

/** Whether `at` falls inside one of the quotations (sorted, apart). */
export function insideQuoted(quoted: readonly Span[], at: number): boolean {
  return findSpanIndex(quoted, at) >= 0;
}

/** The span is the whole of a Markdown italic run: `*Frankenstein*`, `_Dracula_` (not `**bold**`). */
function italicTitle(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  return (
    (open === '*' || open === '_') && text[end] === open && text[start - 2] !== open && text[end + 1] !== open
  );
}

/**
 * "**TOM:** Later he goes feral. He says, “…”": a transcript's or an interview's label for who
 * talks, opening a line of their own prose (not a quoted line: "Darcy: “…”" is Darcy's words). The
 * talker speaks in the first person; a "he" in the line is someone they talk about.
 */
function talkerLabel(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/[^\s>*_\-•·[]/.test(text.slice(lineStart, start))) return false;
  const after = /^[\s*_\]]*:[\s*_]*(.)/u.exec(text.slice(end, end + 12));
  return after !== null && !/[“"‘'«„]/.test(after[1]!);
}

/** A name that ends in a place noun, or stands before one: "the John Grier Home", "Netherfield Park". */
function namesAPlace(name: string, after: string): boolean {
  const words = name.split(/\s+/);
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  return (
    (words.length >= 2 && PLACE_NOUNS.has(words[words.length - 1]!.toLowerCase())) ||
    (next !== undefined && PLACE_NOUNS.has(next.toLowerCase()))
  );
}

/**
 * A word that is rarely a name ("May", "Will", "Hope") is one where the book has a character of that
 * name and the word is no verb here: "May is the picture of sweetness. She proposes, “…”" (probe round
 * AF163: the "she" found no one), not "May I say, …".
 */
function castWordAsName(scope: PronounScope, name: string, after: string): boolean {
  return (
    !/\s/.test(name) &&
    scope.ctx.cast.characterNamed(name) !== null &&
    !/^\s+(?:I|we|you|he|she|they|it|not|this|that|the|a|an|be|have|God|Heaven)\b/i.test(after)
  );
}

/** A name opening its line after "By" ("By Hannah Kowalski", "Posted by J. Reyes"): the page's byline. */
const BYLINE_BEFORE = /(?:^|\n)[\s>*_#]*(?:(?:[Pp]osted|[Ww]ritten|[Rr]eviewed)\s+)?[Bb]y\s+$/;

/** People named in `[from, to)` of the writer's words, nearest last. */
export function peopleIn(scope: PronounScope, from: number, to: number): { name: string; span: Span }[] {
  const text = scope.doc.text;
  const out: { name: string; span: Span }[] = [];
  const chunk = text.slice(from, to);
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(chunk); m; m = NAME_RE.exec(chunk)) {
    const at = from + m.index;
    if (insideQuoted(scope.quoted, at) || insideQuoted(scope.titles, at)) continue;
    // "Darcy’s Letter", "Alice's sister": the person mentioned is the possessor.
    const possessive = /['’]s\s/.test(m[0]) ? /^(.*?\p{L})(?:'s|’s)\s+\p{Lu}/u.exec(m[0]) : null;
    // "May I say …": the pronoun after a word that opens a question is no part of a name
    const cleaned = cleanName((possessive ? possessive[1]! : m[0]).replace(/\s+I$/, ''));
    if (!cleaned || isPronoun(cleaned.name) || isNarratorCredit(cleaned.name)) continue;
    const s = at + cleaned.offset;
    if (
      !isNameLike(cleaned.name) &&
      !castWordAsName(scope, cleaned.name, text.slice(s + cleaned.name.length))
    )
      continue;
    // "*Frankenstein*", "_Emma_": a name set alone in italics is a book's title, not a person.
    if (italicTitle(text, s, s + cleaned.name.length)) continue;
    if (talkerLabel(text, s, s + cleaned.name.length)) continue;
    // "By Hannah Kowalski, AP Literature": the page's own writer, never whom its "she" means (probe
    // round AF292: "She writes that “…”" after "Cather makes…" was credited to the byline).
    if (BYLINE_BEFORE.test(text.slice(Math.max(0, s - 40), s))) continue;
    // "the John Grier Home", "Thornfield Hall": a place (probe round Y3: "he answers" read as the Home).
    if (namesAPlace(cleaned.name, text.slice(s + cleaned.name.length, s + cleaned.name.length + 20)))
      continue;
    out.push({
      name: cleaned.name.replace(/(?:'s|’s|')$/, ''),
      span: { start: s, end: s + cleaned.name.length },
    });
    // "Hareton's father is cruel … “She's ill,” he says": the relation is named too, nearer than
    // its possessor, whom a pronoun of its gender means (probe round W6: read as Hareton).
    const relation = RELATION_AFTER.exec(text.slice(s + cleaned.name.length, s + cleaned.name.length + 40));
    if (relation) {
      const end = s + cleaned.name.length + relation[0].length;
      out.push({ name: text.slice(s, end), span: { start: s, end } });
      continue;
    }
    // "Thomas Hardy's Bathsheba Everdene": the possessed is a person too, when the book has them.
    if (possessive) {
      const ownedAt = possessive[0].length - 1;
      const owned = cleanName(m[0].slice(ownedAt));
      if (owned && isNameLike(owned.name) && scope.ctx.cast.characterNamed(owned.name) !== null) {
        const o = at + ownedAt + owned.offset;
        out.push({ name: owned.name, span: { start: o, end: o + owned.name.length } });
      }
    }
  }
  return out;
}

/** The gender a name as written carries: the cast's character first, then the name itself. */
export function genderOf(name: string, ctx: CreditContext): Gender | null {
  const fromCast = ctx.cast.genderOf(name);
  if (fromCast && fromCast !== 'unknown') return fromCast;
  return genderOfWrittenName(name);
}

/** Every person-like name the writer uses on the page (outside quotations), in order, once each. */
export function namesOnPage(scope: PronounScope): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of peopleIn(scope, 0, scope.doc.text.length)) {
    const key = p.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p.name);
  }
  return out;
}
