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
 *
 * A first-person book may tell some chapters in the third person (Bleak House alternates Esther's
 * narrative with chapters no "I" tells; Moby-Dick leaves Ishmael for whole chapters): those are
 * listed as `thirdPersonChapters` (see `thirdPersonChaptersOf`).
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

/**
 * A chapter of a first-person book is told in the third person when its narration says "I" (me, my…)
 * less than THIRD_PERSON_CHAPTER_MAX times per 1,000 words, over at least CHAPTER_NARRATION_MIN words
 * of narration (a chapter that is all one character's quoted story, as Frankenstein's creature tells
 * his, has almost none). Measured per chapter (2026-12-08): Bleak House's third-person chapters 0–1,
 * Esther's 7–96; the lowest chapter of a first-person narrator who tells every chapter: The Gambler
 * 14, The Mysterious Affair at Styles 15, Great Expectations 24, Jane Eyre 31, Wuthering Heights 22,
 * The Hound of the Baskervilles 5 (Dr Mortimer's manuscript read aloud unquoted), Heart of Darkness 4.
 */
export const THIRD_PERSON_CHAPTER_MAX = 2;
export const CHAPTER_NARRATION_MIN = 500;
/**
 * …and they are listed only when they hold at least this share of the book's narration words: one
 * stray chapter without an "I" does not make a book's narration mixed.
 */
export const MIXED_SHARE_MIN = 0.1;

/** Pronoun rates in the narration (word tokens outside `quoted`, a sorted union of quotation parts). */
export function narrationRates(words: readonly Token[], quoted: readonly Span[]): Narration['rates'] {
  const told = narrationWords(words, quoted);
  let first = 0;
  let second = 0;
  let third = 0;
  for (const t of told) {
    if (FIRST.has(t.norm)) first++;
    else if (SECOND.has(t.norm)) second++;
    else if (THIRD.has(t.norm)) third++;
  }
  const per = (n: number) => (told.length === 0 ? 0 : (1000 * n) / told.length);
  return { first: per(first), second: per(second), third: per(third) };
}

/** Words of narration (outside `quoted`) in `words`. */
function narrationWords(words: readonly Token[], quoted: readonly Span[]): Token[] {
  const out: Token[] = [];
  let q = 0;
  for (const t of words) {
    while (q < quoted.length && quoted[q]!.end <= t.start) q++;
    if (!(q < quoted.length && quoted[q]!.start <= t.start)) out.push(t);
  }
  return out;
}

/**
 * The chapters (their `index`) a first-person book tells in the third person, when they hold at
 * least MIXED_SHARE_MIN of its narration; else none. `words` in text order.
 */
export function thirdPersonChaptersOf(
  words: readonly Token[],
  quoted: readonly Span[],
  chapters: readonly (Span & { index: number })[],
): number[] {
  const told = narrationWords(words, quoted);
  const third: number[] = [];
  let thirdWords = 0;
  let w = 0;
  for (const c of chapters) {
    while (w < told.length && told[w]!.start < c.start) w++;
    let n = 0;
    let first = 0;
    for (; w < told.length && told[w]!.start < c.end; w++, n++) if (FIRST.has(told[w]!.norm)) first++;
    if (n >= CHAPTER_NARRATION_MIN && (1000 * first) / n < THIRD_PERSON_CHAPTER_MAX) {
      third.push(c.index);
      thirdWords += n;
    }
  }
  return told.length > 0 && thirdWords / told.length >= MIXED_SHARE_MIN ? third : [];
}

export function narrativePerson(
  analysis: AnalysisInput,
  rates: Narration['rates'],
  thirdPersonChapters: () => number[] = () => [],
): Narration {
  const narrator = analysis.characters.find((c) => c.id === NARRATOR_ID);
  if (narrator)
    return {
      person: 'first',
      // 'Narrator' is the analysis's placeholder when nobody calls the narrator by name.
      narrator: narrator.name === 'Narrator' ? null : narrator.name,
      rule: 'narration/first-person-narrator',
      rates,
      thirdPersonChapters: thirdPersonChapters(),
    };
  if (rates.second >= SECOND_PERSON_MIN && rates.second > rates.first)
    return {
      person: 'second',
      narrator: null,
      rule: 'narration/second-person',
      rates,
      thirdPersonChapters: [],
    };
  return { person: 'third', narrator: null, rule: 'narration/third-person', rates, thirdPersonChapters: [] };
}
