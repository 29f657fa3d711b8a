/**
 * Given names and their hypocoristics, as the clustering reads them (the table is NICKNAME_GROUPS in
 * ../lexicon.ts, the one list of them).
 */
import { NICKNAME_ROOTS, NICKNAMES } from '../lexicon.js';

/** The full given name a spelling stands for, lower case: "Lizzy" → "elizabeth", "Jane" → "jane". */
export function canonicalGiven(name: string): string {
  const l = name.toLowerCase();
  return NICKNAMES.get(l) ?? l;
}

/**
 * True when `nick` is a pet form of the full given name `full` and of no other: "Frank" of Francis,
 * "Loo" of Louisa; not "Kit" of Christopher (Kit is a Catherine too) nor "Nelly" of Helen.
 */
export function isOnlyPetFormOf(nick: string, full: string): boolean {
  const roots = NICKNAME_ROOTS.get(nick.toLowerCase());
  return roots?.length === 1 && roots[0] === full.toLowerCase();
}

/**
 * True when `short` is a clipped spelling of the pet form `long`, both pet forms of one given name:
 * "Kit" of "Kitty", "Liz" of "Lizzy", "Sal" of "Sally". (Not "Molly" and "Polly": two pet forms of
 * Mary, but neither spells the other.)
 */
export function isClippedPetForm(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  if (l.length <= s.length || !l.startsWith(s)) return false;
  const roots = NICKNAME_ROOTS.get(l) ?? [];
  return (NICKNAME_ROOTS.get(s) ?? []).some((r) => roots.includes(r));
}
