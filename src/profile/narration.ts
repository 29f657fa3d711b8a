/**
 * Narrative person: who tells the story.
 *
 * Rules, in order (the id travels with the result as `Narration.rule`):
 * - `narration/first-person-narrator`: the analysis found a first-person narrator (src/analysis/cast.ts,
 *   `isFirstPerson`: "I" as a subject in the narration, or "said I"); the narrator's name is the one
 *   others call them by, where the analysis found it (src/analysis/narrator.ts).
 * - `narration/second-person`: the narration says "you" at least SECOND_PERSON_MIN times per 1,000
 *   words and more often than "I" (a story told to "you", as in Calvino or McInerney).
 * - `narration/third-person`: otherwise.
 */
import { NARRATOR_ID } from '../analysis/narrator.js';
import type { Span } from '../book/span.js';
import type { Token } from '../text/tokenize.js';
import type { AnalysisInput, Narration } from './types.js';

const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"]);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd"]);
const THIRD = new Set([
  'he',
  'him',
  'his',
  'himself',
  'she',
  'her',
  'hers',
  'herself',
  'they',
  'them',
  'their',
]);

/**
 * "You" per 1,000 narration words from which the narration is told to "you". On the 18 PDNC
 * development novels (none in the second person) narration "you" runs at most 6.4 per 1,000 words
 * (Winnie-the-Pooh, whose narrator talks to Christopher Robin; eval/results/profile.md); a
 * second-person story says it every few sentences, well above 20.
 */
export const SECOND_PERSON_MIN = 20;

/** Pronoun rates in the narration (word tokens outside `quoted`, a sorted union of quotation parts). */
export function narrationRates(words: readonly Token[], quoted: readonly Span[]): Narration['rates'] {
  let q = 0;
  let total = 0;
  let first = 0;
  let second = 0;
  let third = 0;
  for (const t of words) {
    while (q < quoted.length && quoted[q]!.end <= t.start) q++;
    if (q < quoted.length && quoted[q]!.start <= t.start) continue;
    total++;
    if (FIRST.has(t.norm)) first++;
    else if (SECOND.has(t.norm)) second++;
    else if (THIRD.has(t.norm)) third++;
  }
  const per = (n: number) => (total === 0 ? 0 : (1000 * n) / total);
  return { first: per(first), second: per(second), third: per(third) };
}

export function narrativePerson(analysis: AnalysisInput, rates: Narration['rates']): Narration {
  const narrator = analysis.characters.find((c) => c.id === NARRATOR_ID);
  if (narrator)
    return {
      person: 'first',
      // 'Narrator' is the analysis's placeholder when nobody calls the narrator by name.
      narrator: narrator.name === 'Narrator' ? null : narrator.name,
      rule: 'narration/first-person-narrator',
      rates,
    };
  if (rates.second >= SECOND_PERSON_MIN && rates.second > rates.first)
    return { person: 'second', narrator: null, rule: 'narration/second-person', rates };
  return { person: 'third', narrator: null, rule: 'narration/third-person', rates };
}
