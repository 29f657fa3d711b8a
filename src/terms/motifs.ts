/**
 * Suggested motifs: words that recur through the book and are distinctive of it, such as "carer",
 * "donation" and "possible" in *Never Let Me Go*, for the reader to look up with `terms`.
 *
 * Three tests, in order, each named by what it rules out:
 * 1. distinctive (rule `motif/keyness`): overused in the book against a reference by Dunning's
 *    log-likelihood (src/text/keyness.ts, p < 0.001). The reference is the other books of the library
 *    (their stored word profiles, src/similar/profile.ts): what this book says more than the others.
 *    With no other book to compare with, this test is skipped and the suggestions are the words that
 *    are frequent and spread (basis `book-only`), which says less.
 * 2. recurring (rule `motif/spread`): used in at least MOTIF_DEFAULTS.minChapterShare of the chapters,
 *    so a word of one episode (a ship in the chapter at sea) is not a motif.
 * 3. not a function word (src/lexicon.ts FUNCTION_WORDS), not one of the five plainest speech-tag
 *    verbs as tags use them ("said", "asked", "replied", "answered", "cried": how dialogue is set
 *    down, not what the book is about), not a form of address ("Mr", "Miss"), nor a word of a character's
 *    or a place's
 *    name from the analysis, in any form ("Anne", "Anne's"): names are key in every novel and are
 *    already on the World page, and left in they crowd out everything else.
 * Words are grouped by stem (src/terms/book-words.ts), so "carer" and "carers" are one motif.
 */
import type { Book } from '../book/types.js';
import {
  ABBREVIATED_TITLES,
  FUNCTION_WORDS,
  HONORIFICS,
  PERSON_ONLY_TITLES,
  PLAIN_TAG_VERBS,
} from '../lexicon.js';
import { keyWords, type WordCounts } from '../text/keyness.js';
import { tokenize } from '../text/tokenize.js';
import { type BookWords, bookWords, stemOf } from './book-words.js';
import { termsChapters } from './chapters.js';
import type { TermsAnalysis } from './types.js';

export interface Motif {
  /** The book's most frequent form of the stem ("carers"). */
  word: string;
  stem: string;
  /** Every form found, most frequent first. */
  forms: string[];
  count: number;
  /** Chapters using it, and their share of all chapters. */
  chapters: number;
  chapterShare: number;
  /** Signed G² against the reference; null with basis `book-only`. */
  g2: number | null;
}

export interface MotifSuggestions {
  /** `library`: distinctive against the library's other books; `book-only`: no other book to compare with. */
  basis: 'library' | 'book-only';
  /** Books in the reference (0 with `book-only`). */
  referenceBooks: number;
  motifs: Motif[];
}

export interface MotifOptions {
  limit: number;
  /**
   * The least share of chapters a motif is used in. 0.25: a word in a quarter of the chapters returns
   * through the book, where a word of one long episode does not. A judgement, not a measurement:
   * there is no annotated set of motifs to tune it on; the README shows what it gives for Persuasion
   * and Pride and Prejudice. Not applied to books of fewer than 4 chapters, where a share says nothing.
   */
  minChapterShare: number;
  /** Uses in the whole book below which a word is not a motif (a motif recurs). */
  minCount: number;
}

export const MOTIF_DEFAULTS: MotifOptions = { limit: 20, minChapterShare: 0.25, minCount: 5 };

/**
 * Words ranked before the spread test is applied: far more than `limit`, since on a long novel most
 * of the strongest key words are words of one episode; 1,000 leaves room for any limit a person asks.
 */
const CANDIDATES = 1000;

export function suggestMotifs(
  book: Book,
  analysis: TermsAnalysis | null,
  reference: { counts: WordCounts; books: number } | null,
  options: Partial<MotifOptions> = {},
): MotifSuggestions {
  const opts = { ...MOTIF_DEFAULTS, ...options };
  const words = bookWords(book);
  const excluded = excludedWords(analysis);
  const target = stemCounts(words, excluded);
  const useReference = reference !== null && reference.books > 0 && reference.counts.total > 0;
  const ranked = useReference
    ? keyWords(target.counts, stemCountsOf(reference.counts, excluded), {
        limit: CANDIDATES,
        minCount: opts.minCount,
      }).map((k) => ({ stem: k.word, count: k.count, g2: Math.round(k.g2 * 10) / 10 }))
    : [...target.counts.counts]
        .filter(([, n]) => n >= opts.minCount)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, CANDIDATES)
        .map(([stem, count]) => ({ stem, count, g2: null }));
  const spread = chapterSpread(book, words, new Set(ranked.map((r) => r.stem)), excluded);
  const chapterCount = spread.chapters;
  const motifs: Motif[] = [];
  for (const r of ranked) {
    const chapters = spread.byStem.get(r.stem) ?? 0;
    const share = chapterCount > 0 ? chapters / chapterCount : 0;
    if (chapterCount >= 4 && share < opts.minChapterShare) continue;
    const forms = [...(target.forms.get(r.stem) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    motifs.push({
      word: forms[0]?.[0] ?? r.stem,
      stem: r.stem,
      forms: forms.map(([f]) => f),
      count: r.count,
      chapters,
      chapterShare: Math.round(share * 100) / 100,
      g2: r.g2,
    });
    if (motifs.length >= opts.limit) break;
  }
  return {
    basis: useReference ? 'library' : 'book-only',
    referenceBooks: useReference ? reference.books : 0,
    motifs,
  };
}

/**
 * Forms never suggested besides the function words: the five plainest speech-tag verbs as tags spell
 * them (PLAIN_TAG_VERBS says why five), and the forms of address that stand before names ("Mr",
 * "Mrs", "Miss", "Dr"), in every book, whether or not its characters' names carry them.
 */
const NEVER_MOTIFS: ReadonlySet<string> = new Set([
  ...PLAIN_TAG_VERBS.slice(0, 5),
  ...ABBREVIATED_TITLES,
  ...[...HONORIFICS].filter(([, h]) => PERSON_ONLY_TITLES.has(h.canonical)).map(([form]) => form),
]);

/**
 * Function words (by form: "will" is one, "willing" is not) and the words of every character's and
 * place's names (by stem, so possessives and plurals go too), as a test on a vocabulary form.
 */
function excludedWords(analysis: TermsAnalysis | null): { has(form: string): boolean } {
  const nameStems = new Set<string>();
  const names = [
    ...(analysis?.characters ?? []).flatMap((c) => c.aliases),
    ...(analysis?.places ?? []).map((p) => p.name),
  ];
  for (const name of names) {
    for (const t of tokenize(name)) {
      // Titles in a name go too ("Captain Wentworth": "captain" is his name 300 times in Persuasion).
      if (t.shape === 'word' && !FUNCTION_WORDS.has(t.norm)) nameStems.add(stemOf(t.norm));
    }
  }
  return {
    has: (form) => FUNCTION_WORDS.has(form) || NEVER_MOTIFS.has(form) || nameStems.has(stemOf(form)),
  };
}

/** The book's word counts grouped by stem, with the forms behind each stem. */
function stemCounts(words: BookWords, excluded: { has(form: string): boolean }) {
  const perId = new Int32Array(words.vocab.length);
  for (const id of words.ids) perId[id]!++;
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  let total = 0;
  words.vocab.forEach((form, id) => {
    const n = perId[id]!;
    total += n;
    if (excluded.has(form)) return;
    const stem = words.stems[id]!;
    counts.set(stem, (counts.get(stem) ?? 0) + n);
    const f = forms.get(stem) ?? new Map<string, number>();
    forms.set(stem, f);
    f.set(form, n);
  });
  return { counts: { counts, total } satisfies WordCounts, forms };
}

/** Reference counts (keyed by form) regrouped by stem; the excluded forms are left out of the counts only. */
function stemCountsOf(reference: WordCounts, excluded: { has(form: string): boolean }): WordCounts {
  const counts = new Map<string, number>();
  for (const [form, n] of reference.counts) {
    if (excluded.has(form)) continue;
    const stem = stemOf(form);
    counts.set(stem, (counts.get(stem) ?? 0) + n);
  }
  return { counts, total: reference.total };
}

/** For each wanted stem, how many chapters use it. */
function chapterSpread(
  book: Book,
  words: BookWords,
  wanted: ReadonlySet<string>,
  excluded: { has(form: string): boolean },
) {
  const skip = words.vocab.map((form) => excluded.has(form));
  const chapters = termsChapters(book, words);
  const seen = new Map<string, Set<number>>();
  let chapter = 0;
  for (let i = 0; i < words.ids.length; i++) {
    const at = words.starts[i]!;
    while (chapter + 1 < chapters.length && chapters[chapter + 1]!.start <= at) chapter++;
    const id = words.ids[i]!;
    const stem = words.stems[id]!;
    if (skip[id] || !wanted.has(stem)) continue;
    const s = seen.get(stem) ?? new Set<number>();
    seen.set(stem, s);
    s.add(chapter);
  }
  return {
    chapters: chapters.length,
    byStem: new Map([...seen].map(([stem, s]) => [stem, s.size])),
  };
}
