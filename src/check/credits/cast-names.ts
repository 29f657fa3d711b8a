import { AGE_ALTERNATION, HONORIFICS } from '../../lexicon.js';
import { UPPERS } from '../../text/letters.js';
import type { Cast } from '../attribute/cast.js';

/**
 * Whether a name as written belongs to one of the book's characters, asked strictly: every word of
 * it (titles and "the"/"of" aside) is a word of one character's names. The cast's own `resolve`
 * is a reader's lenient match ("Reading The Age of Innocence" shares "the" with "The Marchioness");
 * to decide whether a capitalised phrase near a quotation is a person at all, credits ask this.
 */

/** "old Sir Pitt", "Young Ruth": the age word the credit keeps is no word of the character's names. */
const AGE_BEFORE_NAME = new RegExp(`^(?:${AGE_ALTERNATION})\\s+(?=[${UPPERS}])`, 'iu');

const SKIP = new Set(['the', 'of', 'de', 'van', 'von', 'du', 'le', 'la', 'di', 'da', 'st', 'saint']);

function words(s: string): string[] {
  return s
    .replace(AGE_BEFORE_NAME, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !SKIP.has(w));
}

/** Each character's name words and whole names (as `words` reads them), made once per cast. */
interface CastWords {
  /** Per character, every word of its names. */
  own: ReadonlySet<string>[];
  /** Every name of every character, its words joined by a space. */
  names: ReadonlySet<string>;
}

/** Casts live as long as their speaker model (check-review.ts): credits ask of every quotation. */
const wordsOfCast = new WeakMap<Cast, CastWords>();

function castWords(cast: Cast): CastWords {
  let hit = wordsOfCast.get(cast);
  if (!hit) {
    const names = new Set<string>();
    const own = cast.characters.map((c) => {
      for (const n of [c.name, ...c.aliases]) names.add(words(n).join(' '));
      return new Set([c.name, ...c.aliases].flatMap(words));
    });
    hit = { own, names };
    wordsOfCast.set(cast, hit);
  }
  return hit;
}

export function knownToCast(name: string, cast: Cast): boolean {
  const wanted = words(name).filter((w) => !HONORIFICS.has(w));
  if (wanted.length === 0) {
    // "The Admiral", "the Queen": a title alone is a name when a character is called by it.
    const all = words(name);
    return all.length > 0 && castWords(cast).names.has(all.join(' '));
  }
  return castWords(cast).own.some((own) => wanted.every((w) => own.has(w)));
}

/**
 * Every word of the name (titles aside) is a word of some character's names, one or another: "Colin
 * Craven" where the cast has a Colin and a Mr. Craven (the son the book never calls so in full).
 */
export function wordsKnownToCast(name: string, cast: Cast): boolean {
  const wanted = words(name).filter((w) => !HONORIFICS.has(w));
  const { own } = castWords(cast);
  return wanted.length >= 2 && wanted.every((w) => own.some((o) => o.has(w)));
}

/** The name is exactly one of a character's names (case and punctuation aside). */
export function isCastName(name: string, cast: Cast): boolean {
  const key = words(name).join(' ');
  return key.length > 0 && castWords(cast).names.has(key);
}
