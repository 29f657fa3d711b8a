/** Which printed forms may name a person: not capitalised ordinary words, not clearly places. */
import { GIVEN_NAME_GENDER, PLACE_NOUNS } from '../lexicon.js';
import type { FormStats } from './names.js';

/**
 * Speech tags that make a common word a name. Two, not one: a single "said Grace" can be a grace said
 * at table in a sentence-initial slip; two tags are a person.
 */
const MIN_TAGS_FOR_COMMON_WORD_NAME = 2;

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
  return !(f.placeScore >= 1 && f.placeScore * 1.5 >= f.personScore);
}
