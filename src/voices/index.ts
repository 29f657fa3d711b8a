/**
 * How each character talks: their distinctive words and phrases against the other characters'
 * dialogue (Dunning's G², src/text/keyness.ts), how many lines they speak and how long, and whom
 * they speak to. Stages, in order: the lines that count (certain speakers, no letters), their counts
 * per speaker, then keyness of each speaker against everyone else.
 *
 * Uncertain speakers are left out, not weighted: a line counts only when its speaker's calibrated
 * confidence is at least UNCERTAIN_BELOW (0.8; right 0.923 of the time on PDNC's held-out answers,
 * against 0.616 below it; src/analysis/confidence/uncertain.ts). A wrongly credited line would put
 * one character's words in another's mouth, and a weight cannot say whose words they are.
 */

import { UNCERTAIN_BELOW } from '../analysis/confidence/uncertain.js';
import type { Book } from '../book/types.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import { restOf } from '../profile/chapter-words.js';
import { type AnalysisInput, partsOf, type QuoteInput } from '../profile/types.js';
import { writtenRule } from '../profile/written.js';
import { addCounts, type KeyWord, keyWords, type WordCounts } from '../text/keyness.js';
import { countLines, type LineCounts } from './counts.js';
import type { Addressee, CharacterVoice, VoicesReport } from './types.js';

export type * from './types.js';

/** Words and phrases listed per character. */
export const VOICE_WORDS_LIMIT = 15;

/**
 * The keyness thresholds of a character's distinctive words and phrases: Dunning's G² of their
 * counted lines against every other character's counted lines (src/text/keyness.ts), a word or phrase
 * said at least 3 times by them, and G² ≥ 6.63, the critical value for p < 0.01 (one degree of
 * freedom). Not p < 0.001 (10.83, the chapters' and motifs' threshold): a character's dialogue is a
 * small corpus, and a main character's is a large share of it, so at p < 0.001 the main characters of
 * real novels got next to nothing. Pride and Prejudice (792 of 1,379 lines with a certain speaker):
 * Elizabeth, 9,919 of the 27,923 words counted, had one distinctive word ("distance") and two phrases
 * ("the case", "the last"); at p < 0.01, function words kept, 9 words and 12 phrases ("laugh at",
 * "dear aunt", "your ladyship"); Darcy 4 and 3, now 12 and 8 ("i was", "my temper", "i believed").
 * Persuasion: Anne 2 and 3, now 15 and 15. The p-value is per word, not corrected for the
 * hundreds of words tested: the lists are strongest first, and the G² of each is given.
 */
export const VOICE_KEYNESS = { minCount: 3, minG2: 6.63, p: 0.01 } as const;
/** Addressees listed per character. */
export const VOICE_ADDRESSEES_LIMIT = 5;

/**
 * Function words are kept, in words and phrases alike: "nor", "they", "am", "quite so", "I dare" are
 * how a character talks (Burrows 1987, *Computation into Criticism*, told Austen's characters apart by
 * their use of the most common words), and a word everyone says is not overused by one at p < 0.01
 * anyway. Only a phrase that is one function word repeated ("no no") is left out.
 */
const isRepeatedFunctionWord = (phrase: string): boolean => {
  const [a, b] = phrase.split(' ');
  return a === b && FUNCTION_WORDS.has(a!);
};

export function characterVoices(book: Book, analysis: AnalysisInput): VoicesReport {
  const { text } = book;
  const counted = new Map<string, QuoteInput[]>();
  const uncertain = new Map<string, number>();
  for (const q of analysis.quotes) {
    if (q.speaker === null || writtenRule(text, q, book.structure.paragraphs)) continue;
    if ((q.confidence ?? 0) < UNCERTAIN_BELOW) {
      uncertain.set(q.speaker, (uncertain.get(q.speaker) ?? 0) + 1);
      continue;
    }
    const list = counted.get(q.speaker) ?? [];
    list.push(q);
    counted.set(q.speaker, list);
  }
  const perSpeaker = new Map<string, LineCounts>();
  for (const [id, lines] of counted) perSpeaker.set(id, countLines(text, lines.map(partsOf)));
  const allWords: WordCounts = { counts: new Map(), total: 0 };
  const allPhrases: WordCounts = { counts: new Map(), total: 0 };
  for (const c of perSpeaker.values()) {
    addCounts(allWords, c.words);
    addCounts(allPhrases, c.phrases);
  }
  const names = new Map(analysis.characters.map((c) => [c.id, c.name]));
  const characters: CharacterVoice[] = [];
  for (const character of analysis.characters) {
    const lines = counted.get(character.id) ?? [];
    const unsure = uncertain.get(character.id) ?? 0;
    if (lines.length === 0 && unsure === 0) continue;
    const counts = perSpeaker.get(character.id) ?? {
      words: { counts: new Map(), total: 0 },
      phrases: { counts: new Map(), total: 0 },
      wordsPerLine: [],
      firstAt: new Map(),
    };
    characters.push(voiceOf(character, lines, unsure, counts, allWords, allPhrases, names));
  }
  characters.sort(
    (a, b) => b.lines - a.lines || b.uncertainLines - a.uncertainLines || (a.name < b.name ? -1 : 1),
  );
  return {
    schema: 'verbatim-voices/1',
    title: book.metadata.title ?? 'Untitled',
    minConfidence: UNCERTAIN_BELOW,
    keyness: { measure: 'log-likelihood', ...VOICE_KEYNESS },
    characters,
    notes: notesFor(analysis.quotes.length, characters),
  };
}

function voiceOf(
  character: { id: string; name: string },
  lines: readonly QuoteInput[],
  uncertainLines: number,
  counts: LineCounts,
  allWords: WordCounts,
  allPhrases: WordCounts,
  names: ReadonlyMap<string, string>,
): CharacterVoice {
  const sorted = [...counts.wordsPerLine].sort((a, b) => a - b);
  let longest = -1;
  for (let i = 0; i < lines.length; i++)
    if (longest < 0 || counts.wordsPerLine[i]! > counts.wordsPerLine[longest]!) longest = i;
  const to = new Map<string, number>();
  let addressedLines = 0;
  for (const q of lines) {
    if (q.addressees.length > 0) addressedLines++;
    for (const a of new Set(q.addressees)) if (a !== character.id) to.set(a, (to.get(a) ?? 0) + 1);
  }
  const addressees: Addressee[] = [...to]
    .map(([id, n]) => ({ id, name: names.get(id) ?? id, lines: n }))
    .sort((a, b) => b.lines - a.lines || (a.name < b.name ? -1 : 1))
    .slice(0, VOICE_ADDRESSEES_LIMIT);
  const others = restOf;
  const keyness = { minCount: VOICE_KEYNESS.minCount, minG2: VOICE_KEYNESS.minG2 };
  const words: KeyWord[] = keyWords(counts.words, others(allWords, counts.words), {
    ...keyness,
    limit: VOICE_WORDS_LIMIT,
  });
  const phrases: KeyWord[] = keyWords(counts.phrases, others(allPhrases, counts.phrases), {
    ...keyness,
    limit: VOICE_WORDS_LIMIT * 3,
  })
    .filter((k) => !isRepeatedFunctionWord(k.word))
    .slice(0, VOICE_WORDS_LIMIT);
  const line = longest >= 0 ? lines[longest]! : null;
  return {
    id: character.id,
    name: character.name,
    lines: lines.length,
    uncertainLines,
    words: counts.words.total,
    meanWords: lines.length === 0 ? 0 : counts.words.total / lines.length,
    medianWords: sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!,
    longestLine: line ? { start: line.start, end: line.end } : null,
    longestWords: longest >= 0 ? counts.wordsPerLine[longest]! : 0,
    addressees,
    addressedLines,
    distinctiveWords: words,
    distinctivePhrases: phrases,
    firstSaid: Object.fromEntries(
      [...words, ...phrases].flatMap((k) => {
        const at = counts.firstAt.get(k.word);
        return at ? [[k.word, at]] : [];
      }),
    ),
  };
}

function notesFor(quotes: number, characters: readonly CharacterVoice[]): string[] {
  if (quotes === 0) return ['No dialogue was found in this book: nobody talks.'];
  const speaking = characters.filter((c) => c.lines > 0).length;
  if (speaking === 0)
    return [`No line has a speaker certain enough (confidence ${UNCERTAIN_BELOW} or more) to count.`];
  if (speaking === 1)
    return ['Only one character has lines counted: there are no other voices to compare theirs with.'];
  return [];
}
