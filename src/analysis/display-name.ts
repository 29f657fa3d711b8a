/**
 * Each character's display name: the name readers use for them. Rules, in order, each with its id:
 *
 * - `display/fullest-name`: the fullest name the book uses often enough to be recognised (at least
 *   FULL_NAME_SHARE as often as the commonest): "John Andrew", not the "John" he is mostly called.
 * - `display/no-bare-title`: a title alone ("the Admiral", "Mademoiselle") is shown with the name it
 *   goes with, "Admiral Croft", "Mademoiselle Reisz".
 * - `display/without-civil-title`: "Miss Daisy Miller" is shown as "Daisy Miller" when the book
 *   prints that too (a rank stays: "Sir Walter Elliot", "Captain Wentworth"; so does "Mrs.", whose
 *   given name is often her husband's: "Mrs. Lovell Mingott").
 * - `display/commonest-given`: a full name spelt with a pet form ("Miss Eliza Bennet") gives way to
 *   the full given name when the book uses that more, with the family name if the book prints them
 *   together ("Elizabeth Bennet"), else alone ("Elizabeth"). A pet form the book prefers stays
 *   ("Sissy Jupe"); a full given name never gives way to a pet form ("Evelyn Howard", not "Evie").
 */
import { HONORIFICS, TITLES_DROPPED_BEFORE_FULL_NAME } from '../lexicon.js';
import { canonicalGiven } from './given-names.js';
import type { FormStats } from './names.js';

/** A fuller name is the display name when the book uses it at least this share as often as the commonest. */
export const FULL_NAME_SHARE = 0.1;

export function displayName(forms: Iterable<string>, stats: ReadonlyMap<string, FormStats>): string {
  const all = [...forms];
  const count = (f: string) => stats.get(f)?.count ?? 0;
  const byUse = [...all].sort((a, b) => count(b) - count(a));
  const top = count(byUse[0]!);
  const isTitle = (w: string) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, ''));
  // Initials ("E. W. B. Childers") make a name longer, not fuller; a title word is no name.
  const words = (f: string) =>
    stats.get(f)?.words.filter((w) => !/^\p{Lu}\.$/u.test(w) && !isTitle(w)).length ?? 1;
  // display/fullest-name
  let display = byUse[0]!;
  for (const f of byUse)
    if (words(f) > words(display) && count(f) >= Math.max(2, top * FULL_NAME_SHARE)) display = f;
  // display/no-bare-title
  const st = stats.get(display);
  if (st && words(display) === 0) {
    const title = HONORIFICS.get((st.honorific ?? st.words[0]!).toLowerCase().replace(/\.$/, ''))?.canonical;
    const named = byUse.find((f) => stats.get(f)?.honorific === title && words(f) > 0);
    if (named) display = named;
  }
  // display/without-civil-title
  const ds = stats.get(display);
  // (Not "Mr. van der Luyden": a particle opens no name a reader says alone.)
  if (
    ds?.honorific &&
    TITLES_DROPPED_BEFORE_FULL_NAME.has(ds.honorific) &&
    ds.words.length >= 2 &&
    /^\p{Lu}/u.test(ds.words[0]!)
  ) {
    const untitled = ds.words.join(' ');
    if (all.includes(untitled)) display = untitled;
  }
  // display/commonest-given
  const fs = stats.get(display);
  const petGiven = fs && fs.words.length >= 2 && canonicalGiven(fs.words[0]!) !== fs.words[0]!.toLowerCase();
  if (fs && petGiven) {
    const given = fs.words[0]!;
    const bareCount = (w: string) => (all.includes(w) && !stats.get(w)?.honorific ? count(w) : 0);
    // Only the full given name the pet form stands for: "Evelyn Howard" stays, whatever "Evie" counts.
    const best = all.find(
      (f) =>
        !stats.get(f)?.honorific &&
        stats.get(f)?.words.length === 1 &&
        f.toLowerCase() === canonicalGiven(given),
    );
    if (best && count(best) > Math.max(bareCount(given), count(display))) {
      const full = [best, ...fs.words.slice(1)].join(' ');
      display = all.includes(full) ? full : best;
    }
  }
  return display;
}
