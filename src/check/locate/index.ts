import { findLastStartingAtOrBefore, type Span } from '../../book/span.js';
import type { Book } from '../../book/types.js';
import type { Classification } from '../classify.js';
import type { DiffOp, QuoteKind, QuoteLocation, Verdict } from '../types.js';
import type { Alignment } from './align.js';
import { type BookIndex, buildBookIndex } from './book-index.js';
import { SHORT_LINE_WORDS } from './edges.js';
import { edgeFit, findExact } from './exact.js';
import { findPattern, findPhrase } from './find.js';
import { judge } from './judge.js';
import { patternWords, type QuotePattern } from './pattern.js';
import { elidedSpans } from './splice.js';

/**
 * Stage 4 of the check, locate: search the book for a classified quotation and judge what is found
 * (verbatim / altered / not found), with the word diff and every other place the same words occur.
 * External quotations and titles are not searched.
 */

/** At most this many further places are listed for a repeated line or a term. */
export const MAX_OTHER_LOCATIONS = 50;

const indexCache = new WeakMap<Book, BookIndex>();

/**
 * Hands the checker an index read from storage (index-codec.ts) so `indexBook` does not build one.
 * The index must be `book.text`'s.
 */
export function useBookIndex(book: Book, index: BookIndex): void {
  indexCache.set(book, index);
}

/** The word index of a book, built on first use (or given by `useBookIndex`) and kept while the Book object lives. */
export function indexBook(book: Book): BookIndex {
  let index = indexCache.get(book);
  if (!index) {
    index = buildBookIndex(book.text);
    indexCache.set(book, index);
  }
  return index;
}

export interface Located {
  verdict: Verdict;
  kind: QuoteKind;
  kindReason: string;
  location: QuoteLocation | null;
  otherLocations: QuoteLocation[];
  occurrences: number | null;
  diff: DiffOp[] | null;
  score: number;
  /** What a reader should know about the match (e.g. "spelling modernised: …"). */
  notes: string[];
  /** The book spans left out at the writer's ellipses (to see whether one hides another speaker's line). */
  elided: Span[];
  /**
   * Each place's own judgement, by the place's start, where places may differ in it: an altered line
   * found equally well at several places ("Her name's Gloria Gilbert?" against Dick's "Her name's
   * Gloria." and Anthony's "Name's Gloria Gilbert?"). Whichever place is shown, its diff is shown
   * (move-place.ts). Absent when every place has the same words.
   */
  judgedAt?: Map<number, PlaceJudgement>;
}

/** What a place says of the writer's words: the verdict, the diff and what goes with it. */
export type PlaceJudgement = Pick<Located, 'verdict' | 'diff' | 'score' | 'notes' | 'elided'>;

export function locationOf(book: Book, index: BookIndex, firstWord: number, endWord: number): QuoteLocation {
  const start = index.starts[firstWord]!;
  const end = Math.max(index.ends[Math.max(firstWord, endWord - 1)]!, start);
  const chapters = book.structure.chapters;
  const ci = findLastStartingAtOrBefore(chapters, start);
  const chapter = ci >= 0 && start < chapters[ci]!.end ? chapters[ci]! : null;
  return { start, end, chapter: chapter?.title ?? null, chapterIndex: chapter ? ci : null };
}

const NOTHING: Omit<Located, 'kind' | 'verdict'> = {
  kindReason: '',
  location: null,
  otherLocations: [],
  occurrences: null,
  diff: null,
  score: 0,
  notes: [],
  elided: [],
};

/** An article a writer puts before a phrase of the book's: "a disagreeable-looking child" for its "the most disagreeable-looking child". */
const LEADING_ARTICLE = new Set(['a', 'an', 'the']);

function locateTerm(pattern: QuotePattern, book: Book, index: BookIndex): Located {
  const words = patternWords(pattern);
  let hits = findPhrase(words, index);
  if (hits.length === 0 && words.length > 2 && LEADING_ARTICLE.has(words[0]!))
    hits = findPhrase(words.slice(1), index);
  if (hits.length === 0) return { ...NOTHING, verdict: 'not_found', kind: 'term', occurrences: 0 };
  const locs = hits
    .slice(0, MAX_OTHER_LOCATIONS + 1)
    .map((h) => locationOf(book, index, h.firstWord, h.endWord));
  return {
    ...NOTHING,
    verdict: 'verbatim',
    kind: 'term',
    location: locs[0]!,
    otherLocations: locs.slice(1),
    occurrences: hits.length,
    score: 1,
  };
}

/**
 * The places where the book has the quotation word for word, best first: those whose edges fit a
 * whole line best (see `edgeFit`), then in book order.
 */
function exactPlaces(pattern: QuotePattern, book: Book, index: BookIndex): Alignment[] {
  const hits = findExact(pattern, index, book.text);
  if (hits.length <= 1) return hits;
  const fit = new Map(hits.map((h) => [h, edgeFit(h, index, book.text)]));
  const best = Math.max(...fit.values());
  const kept = pattern.wordCount <= SHORT_LINE_WORDS ? hits.filter((h) => fit.get(h) === best) : hits;
  const shouted = new Map(kept.map((h) => [h, inCapitalsUnlike(pattern, h, index, book.text)]));
  // (a short line the book prints several times: the place that ends with the writer's "!" or "?"
  // first; probe round AF170, "Ah!" shown at Silver's "Ah," for the captain's "Ah!")
  const ends = new Map(
    kept.map((h) => [h, pattern.wordCount <= SHORT_LINE_WORDS && endsWithMark(pattern, h, index, book.text)]),
  );
  return kept.sort(
    (a, b) =>
      fit.get(b)! - fit.get(a)! ||
      Number(shouted.get(a)) - Number(shouted.get(b)) ||
      Number(ends.get(b)) - Number(ends.get(a)) ||
      a.firstWord - b.firstWord,
  );
}

/** The book's words at this place end with the writer's "!" or "?" (before any closing mark). */
function endsWithMark(pattern: QuotePattern, h: Alignment, index: BookIndex, text: string): boolean {
  if (!pattern.endMark || h.endWord <= 0) return false;
  const end = index.ends[h.endWord - 1]!;
  const after = /^[^\p{L}\p{N}]*?([!?.,;:])/u.exec(text.slice(end, end + 4))?.[1];
  return after === pattern.endMark;
}

/**
 * The book prints the words in capitals and the writer does not: a chapter's motto or a heading
 * ("I SHALL LIVE FOREVER--AND EVER--AND EVER!" under CHAPTER XX of The Secret Garden), not the line
 * of dialogue the writer quotes, which the book has elsewhere. Such places come after the others.
 */
function inCapitalsUnlike(pattern: QuotePattern, h: Alignment, index: BookIndex, text: string): boolean {
  const printed = text.slice(index.starts[h.firstWord]!, index.ends[Math.max(h.firstWord, h.endWord - 1)]!);
  const written = pattern.tokens.map((t) => (t.type === 'word' ? t.raw : '')).join(' ');
  const capitals = (s: string) => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
  return capitals(printed) && !capitals(written);
}

export function locatePassage(pattern: QuotePattern, book: Book, index: BookIndex): Located {
  const exact = exactPlaces(pattern, book, index);
  if (exact.length > 0) {
    const j = judge(pattern, exact[0]!, index, book.text);
    const [first, ...rest] = exact.map((a) => locationOf(book, index, a.firstWord, a.endWord));
    return {
      ...NOTHING,
      verdict: j.verdict,
      kind: 'passage',
      location: first!,
      otherLocations: rest.slice(0, MAX_OTHER_LOCATIONS),
      diff: j.diff,
      score: j.score,
      notes: j.notes,
      elided: elidedSpans(exact[0]!, index),
    };
  }
  const found = findPattern(pattern, index, book.text);
  const best = found[0];
  const none: Located = { ...NOTHING, verdict: 'not_found', kind: 'passage' };
  if (!best) return none;
  const j = judge(pattern, best.alignment, index, book.text);
  if (j.verdict === 'not_found') return { ...none, score: j.score };
  const location = locationOf(book, index, best.alignment.firstWord, best.alignment.endWord);
  // The same words elsewhere (a repeated line): other alignments as good as the best one.
  const others = found
    .slice(1)
    .filter((f) => f.alignment.score >= best.alignment.score)
    .slice(0, MAX_OTHER_LOCATIONS);
  const otherLocations = others.map((f) =>
    locationOf(book, index, f.alignment.firstWord, f.alignment.endWord),
  );
  const shown: PlaceJudgement = {
    verdict: j.verdict,
    diff: j.diff,
    score: j.score,
    notes: j.notes,
    elided: elidedSpans(best.alignment, index),
  };
  // (each place judged, for the place shown may change: equally good is not the same words)
  const judgedAt =
    others.length > 0
      ? new Map<number, PlaceJudgement>([
          [location.start, shown],
          ...others.map((f, k): [number, PlaceJudgement] => {
            const at = judge(pattern, f.alignment, index, book.text);
            return [
              otherLocations[k]!.start,
              {
                verdict: at.verdict,
                diff: at.diff,
                score: at.score,
                notes: at.notes,
                elided: elidedSpans(f.alignment, index),
              },
            ];
          }),
        ])
      : undefined;
  return { ...none, ...shown, location, otherLocations, ...(judgedAt ? { judgedAt } : {}) };
}

export function locateQuotation(
  cls: Classification,
  pattern: QuotePattern,
  book: Book,
  index: BookIndex,
): Located {
  if (cls.kind === 'external' || cls.kind === 'title') {
    return { ...NOTHING, verdict: 'not_checked', kind: cls.kind, kindReason: cls.reason };
  }
  const found = cls.kind === 'term' ? locateTerm(pattern, book, index) : locatePassage(pattern, book, index);
  const located: Located = { ...found, kind: cls.kind, kindReason: cls.reason };
  // A title-like phrase or a line credited to an outsider that the book does not contain.
  if (located.verdict === 'not_found' && cls.ifAbsent) {
    return { ...located, verdict: 'not_checked', kind: cls.ifAbsent.kind, kindReason: cls.ifAbsent.reason };
  }
  return located;
}

export type { BookIndex } from './book-index.js';
export { buildPattern, type QuotePattern } from './pattern.js';
export { type BookLine, dialogueLines, noteSplicedTurns } from './splice.js';
