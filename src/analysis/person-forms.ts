/** Which printed forms may name a person: not capitalised ordinary words, not clearly places. */
import { GIVEN_NAME_GENDER, PLACE_NOUNS } from '../lexicon.js';
import type { FormStats } from './names.js';

/**
 * Speech tags that make a common word a name. Two, not one: a single "said Grace" can be a grace said
 * at table in a sentence-initial slip; two tags are a person.
 */
const MIN_TAGS_FOR_COMMON_WORD_NAME = 2;

/**
 * A place says nothing. A printed form in this many speech tags is a person's however often a place's
 * preposition stands before it ("says Rosanna" against "in Rosanna's room", "to Rosanna": The
 * Moonstone's housemaid was read as a place and left out of the cast, probe round AF178). A cluster of
 * forms (cast.ts) is kept on tags right after a quotation only (FormStats taggedAfterQuote): any tag
 * kept the towns of "called Coketown" and "he said Coketown was" as characters. Measured
 * (speakers-74): eval:speakers 18,170 → 18,182 of 22,430 (S&S's Fanny, The Gambler's Baron);
 * eval:litbank-speakers unchanged, 901 of 1,110 named.
 */
export function speaksInTags(tags: number): boolean {
  return tags >= MIN_TAGS_FOR_COMMON_WORD_NAME;
}

/** Forms that may name a person: not capitalised ordinary words, not clearly places. */
export function isPersonForm(f: FormStats, lowerCounts: ReadonlyMap<string, number>): boolean {
  if (f.words.length === 1 && !f.honorific) {
    const w = f.words[0]!;
    const lower = lowerCounts.get(w.toLowerCase()) ?? 0;
    if (f.nonInitial === 0) return false;
    // Hope, Faith, Will: a name that is also a common word is still a name when the narration makes
    // it the speaker of a speech tag more than once ("said Hope", "Will said").
    if (lower > f.count * 0.5 && f.tagged < MIN_TAGS_FOR_COMMON_WORD_NAME) return false;
    // "Susan" after "with" and "to" many times is still Susan: a known given name followed by "she".
    if (GIVEN_NAME_GENDER.has(w.toLowerCase()) && f.maleVotes + f.femaleVotes >= 2) return true;
  }
  const last = f.words[f.words.length - 1]!.toLowerCase();
  if (PLACE_NOUNS.has(last) && !f.honorific) return false;
  if (speaksInTags(f.tagged)) return true;
  return !(f.placeScore >= 1 && f.placeScore * 1.5 >= f.personScore);
}
