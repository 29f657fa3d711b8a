/**
 * `verbatim profile`: a book's style and structure, measured from its text and its analysis. Stages,
 * in order: the words (one tokenize pass), the quotations' spans, then each measure from its own
 * module: narration.ts, dialogue-share.ts, lengths.ts, vocabulary.ts, chapter-words.ts.
 */
import type { Book } from '../book/types.js';
import { type Token, tokenize } from '../text/tokenize.js';
import { chapterWords } from './chapter-words.js';
import { dialogueShares, unionOfSpans } from './dialogue-share.js';
import { CHAPTER_BINS, lengthStats, PARAGRAPH_BINS, SENTENCE_BINS, wordsPerSpan } from './lengths.js';
import { narrationRates, narrativePerson, thirdPersonChaptersOf } from './narration.js';
import { type AnalysisInput, type BookProfile, type ChapterProfile, partsOf } from './types.js';
import { MATTR_WINDOW, vocabulary } from './vocabulary.js';
import { notSpeechRule } from './written.js';

export { dialogueShare, unionOfSpans } from './dialogue-share.js';
export {
  CHAPTER_NARRATION_MIN,
  MIXED_SHARE_MIN,
  SECOND_PERSON_MIN,
  THIRD_PERSON_CHAPTER_MAX,
} from './narration.js';
export type * from './types.js';
export { VERSE_MAX_LINE, VERSE_MIN_LINES, verseRule } from './verse.js';
export { notSpeechRule, spokenParts, WRITTEN_MIN_CHARACTERS, writtenRule } from './written.js';
export { MATTR_WINDOW };

export function profileBook(book: Book, analysis: AnalysisInput): BookProfile {
  const { text, structure } = book;
  const words: Token[] = tokenize(text).filter((t) => t.shape === 'word');
  // Letters quoted in full are neither narration nor dialogue: out of the pronoun rates and the share
  // (and verse recited out of the share).
  const quotedAll = unionOfSpans(analysis.quotes.flatMap(partsOf));
  const narration = narrativePerson(analysis, narrationRates(words, quotedAll), () =>
    thirdPersonChaptersOf(words, quotedAll, structure.chapters),
  );
  // Each quotation's rule once: letters and verse are out of the share, and counted apart.
  const setAside = analysis.quotes.map((q) => notSpeechRule(text, q, structure.paragraphs));
  const quoted = unionOfSpans(analysis.quotes.flatMap((q, i) => (setAside[i] ? [] : partsOf(q))));
  const writtenQuotes = setAside.filter((r) => r?.startsWith('written/')).length;
  const verseQuotes = setAside.filter((r) => r?.startsWith('verse/')).length;
  const chapters = structure.chapters;
  const whole = { start: 0, end: text.length };
  const [share = 0, ...chapterShares] = dialogueShares(text, quoted, [whole, ...chapters]);
  const chapterWordCounts = wordsPerSpan(words, chapters);
  const keys = chapterWords(words, chapters);
  const chapterProfiles: ChapterProfile[] = chapters.map((c, i) => ({
    index: c.index,
    title: c.title,
    start: c.start,
    end: c.end,
    words: chapterWordCounts[i]!,
    dialogueShare: chapterShares[i]!,
    distinctiveWords: keys[i]!,
  }));
  const vocab = vocabulary(words);
  return {
    schema: 'verbatim-profile/1',
    title: book.metadata.title ?? 'Untitled',
    words: words.length,
    narration,
    dialogueShare: share,
    writtenQuotes,
    verseQuotes,
    sentenceLengths: lengthStats(wordsPerSpan(words, structure.sentences), SENTENCE_BINS),
    paragraphLengths: lengthStats(wordsPerSpan(words, structure.paragraphs), PARAGRAPH_BINS),
    chapterLengths: lengthStats(chapterWordCounts, CHAPTER_BINS),
    vocabulary: vocab,
    chapters: chapterProfiles,
    notes: notesFor(words.length, chapters.length, analysis.quotes.length, vocab.mattr === null),
  };
}

/** Plain words for what the figures cannot say about this book. */
function notesFor(words: number, chapters: number, quotes: number, short: boolean): string[] {
  const notes: string[] = [];
  if (words === 0) notes.push('The book has no words to measure.');
  if (chapters === 0)
    notes.push(
      'No chapters were found: chapter lengths, per-chapter dialogue and chapter words are left out.',
    );
  else if (chapters === 1)
    notes.push(
      'The book has one chapter: there is no rest of the book to find its distinctive words against.',
    );
  if (quotes === 0 && words > 0) notes.push('No dialogue was found: the dialogue share is 0.');
  if (short && words > 0)
    notes.push(
      `The text is shorter than one ${MATTR_WINDOW}-word window: vocabulary richness (MATTR) is not measured.`,
    );
  return notes;
}
