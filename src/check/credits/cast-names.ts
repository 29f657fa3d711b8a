import { HONORIFICS } from '../../lexicon.js';
import type { Cast } from '../attribute/cast.js';

/**
 * Whether a name as written belongs to one of the book's characters, asked strictly: every word of
 * it (titles and "the"/"of" aside) is a word of one character's names. The cast's own `resolve`
 * is a reader's lenient match ("Reading The Age of Innocence" shares "the" with "The Marchioness");
 * to decide whether a capitalised phrase near a quotation is a person at all, credits ask this.
 */

const SKIP = new Set(['the', 'of', 'de', 'van', 'von', 'du', 'le', 'la', 'di', 'da', 'st', 'saint']);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !SKIP.has(w));
}

export function knownToCast(name: string, cast: Cast): boolean {
  const wanted = words(name).filter((w) => !HONORIFICS.has(w));
  if (wanted.length === 0) {
    // "The Admiral", "the Queen": a title alone is a name when a character is called by it.
    const all = words(name);
    return (
      all.length > 0 &&
      cast.characters.some((c) => [c.name, ...c.aliases].some((n) => words(n).join(' ') === all.join(' ')))
    );
  }
  return cast.characters.some((c) => {
    const own = new Set([c.name, ...c.aliases].flatMap(words));
    return wanted.every((w) => own.has(w));
  });
}

/** The name is exactly one of a character's names (case and punctuation aside). */
export function isCastName(name: string, cast: Cast): boolean {
  const key = words(name).join(' ');
  return (
    key.length > 0 &&
    cast.characters.some((c) => [c.name, ...c.aliases].some((n) => words(n).join(' ') === key))
  );
}
