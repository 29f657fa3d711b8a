import { PLACE_NOUNS, PLACE_PREPOSITIONS } from '../lexicon.js';
import type { FormStats, NameOccurrence } from './names.js';
import type { Place } from './types.js';

/**
 * Named places, kept simple: a capitalised name ending in a place noun ("Netherfield Park",
 * "Harley Street"), or a name used mostly after a place preposition ("at Longbourn", "to London")
 * and never like a person. Honest limits: a place named only once, or only as a subject, is missed.
 */
export function findPlaces(
  stats: ReadonlyMap<string, FormStats>,
  occurrences: readonly NameOccurrence[],
  personForms: ReadonlySet<string>,
): Place[] {
  const chosen = new Set<string>();
  for (const s of stats.values()) {
    if (personForms.has(s.form) || s.honorific) continue;
    const last = s.words[s.words.length - 1]!.toLowerCase();
    const endsInPlaceNoun = PLACE_NOUNS.has(last) && s.words.length >= 2;
    const mostlyAfterPreposition =
      s.placeScore >= 2 && s.placeScore >= s.count * 0.4 && s.personScore <= s.placeScore * 0.5;
    if ((endsInPlaceNoun && s.count >= 2) || (mostlyAfterPreposition && s.nonInitial > 0)) chosen.add(s.form);
  }
  const byName = new Map<string, Place>();
  for (const o of occurrences) {
    if (!chosen.has(o.form)) continue;
    let p = byName.get(o.form);
    if (!p) {
      p = { name: o.form, mentions: 0, mentionOffsets: [] };
      byName.set(o.form, p);
    }
    p.mentions++;
    p.mentionOffsets.push(o.start);
  }
  return [...byName.values()].filter((p) => p.mentions >= 2).sort((a, b) => b.mentions - a.mentions);
}

export { PLACE_PREPOSITIONS };
