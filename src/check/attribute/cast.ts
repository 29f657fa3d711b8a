import { type Gender, HONORIFICS, MARRIED_TITLES, UNMARRIED_TITLES } from '../../lexicon.js';
import type { NameResolution } from '../types.js';

/**
 * The book's characters as a reader names them: a name as written in a review ("Lizzy", "Miss
 * Bennet", "Darcy", "the narrator") resolved to the character it means, or reported as ambiguous or
 * unknown, never guessed. Built from the speaker model's characters and all their names.
 */

/** The part of the speaker model the cast needs: characters with every name the book gives them. */
export interface CastSource {
  characters: readonly {
    id: string;
    name: string;
    aliases: readonly string[];
    gender?: Gender;
  }[];
}

export type CastCharacter = CastSource['characters'][number];

export interface Cast {
  readonly characters: readonly CastCharacter[];
  /** What a name as written means in the book. */
  resolve(name: string): NameResolution;
  /** The character a name means when it means exactly one, else null. */
  characterNamed(name: string): CastCharacter | null;
  /** The gender of the character a name means (null: no single such character). */
  genderOf(name: string): Gender | null;
  /** How well a name as written fits one character (0: not at all). */
  fit(name: string, character: CastCharacter): number;
}

/** Words of a name that are not the name itself: titles, and the adjectives readers put before them. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS.keys(),
  'st',
  'saint',
  'old',
  'young',
  'little',
]);

function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function coreWords(s: string): string[] {
  return nameKey(s)
    .split(' ')
    .filter((w) => w.length > 0 && !TITLE_WORDS.has(w));
}

function titleClass(s: string): 'male' | 'married' | 'unmarried' | null {
  const first = nameKey(s).split(' ')[0] ?? '';
  if (MARRIED_TITLES.has(first)) return 'married';
  if (UNMARRIED_TITLES.has(first)) return 'unmarried';
  if (HONORIFICS.get(first)?.gender === 'male') return 'male';
  return null;
}

/**
 * How well a name as written fits one of a character's names: 3 the same name; 1–2 shared name words
 * (more shared, higher); 0 none, or titles that cannot both be right ("Mrs. Bennet" is not "Miss Bennet").
 */
export function nameScore(claimed: string, name: string): number {
  if (nameKey(claimed) === nameKey(name)) return 3;
  const a = coreWords(claimed);
  const b = new Set(coreWords(name));
  if (a.length === 0 || b.size === 0) return 0;
  const shared = a.filter((w) => b.has(w)).length;
  if (shared === 0) return 0;
  const ta = titleClass(claimed);
  const tb = titleClass(name);
  if (ta && tb && ta !== tb) return 0;
  return 1 + shared / a.length;
}

const NARRATOR_RE = /^(?:the|our|her|his) (?:narrator|speaker)$/i;

export function isNarratorName(name: string): boolean {
  return NARRATOR_RE.test(name.trim());
}

export function buildCast(source: CastSource | null): Cast {
  const characters = source?.characters ?? [];
  const fitOf = (claimed: string, c: CastCharacter) => {
    let best = 0;
    for (const n of [c.name, ...c.aliases]) best = Math.max(best, nameScore(claimed, n));
    return best;
  };
  const ranked = (name: string) =>
    characters
      .map((c) => ({ c, score: fitOf(name, c) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
  const resolve = (name: string): NameResolution => {
    if (isNarratorName(name)) return { status: 'narrator', character: null, candidates: [], matchedBy: null };
    const r = ranked(name);
    if (r.length === 0) return { status: 'unknown', character: null, candidates: [], matchedBy: null };
    const top = r.filter((x) => x.score === r[0]!.score);
    if (top.length > 1) {
      return { status: 'ambiguous', character: null, candidates: top.map((x) => x.c.name), matchedBy: null };
    }
    return {
      status: 'character',
      character: r[0]!.c.name,
      candidates: [],
      matchedBy: r[0]!.score === 3 ? 'name' : 'surname',
    };
  };
  const characterNamed = (name: string) => {
    const r = ranked(name);
    if (r.length === 0) return null;
    if (r.length > 1 && r[1]!.score === r[0]!.score) return null;
    return r[0]!.c;
  };
  return {
    characters,
    resolve,
    characterNamed,
    genderOf: (name) => {
      const c = characterNamed(name);
      return c ? (c.gender ?? 'unknown') : null;
    },
    fit: fitOf,
  };
}
