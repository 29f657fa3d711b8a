import type { Span } from '../book/span.js';
import type { KeyWord } from '../text/keyness.js';

/** Who tells the story. */
export type NarrativePerson = 'first' | 'second' | 'third';

export interface Narration {
  person: NarrativePerson;
  /** The first-person narrator's name where others call them by one; null otherwise. */
  narrator: string | null;
  /** The rule that decided `person` (`narration/…` ids, see narration.ts). */
  rule: string;
  /** Per 1,000 words of narration (outside quotations): "I/me/my…", "you/your…", "he/she/they…". */
  rates: { first: number; second: number; third: number };
  /**
   * For a first-person book, the chapters (`ChapterProfile.index`) told in the third person, when
   * they are a real part of the book (narration.ts: THIRD_PERSON_CHAPTER_MAX, MIXED_SHARE_MIN);
   * empty otherwise. Bleak House: Esther's chapters are first person, the others third.
   */
  thirdPersonChapters: number[];
}

/** A distribution of lengths in words: sentences, paragraphs or chapters. */
export interface LengthStats {
  count: number;
  mean: number;
  median: number;
  /** 10th and 90th percentiles (nearest rank). */
  p10: number;
  p90: number;
  min: number;
  max: number;
  /** Counts in `binEdges` buckets: bins[i] counts lengths in [binEdges[i], binEdges[i+1]); the last is open. */
  bins: number[];
  binEdges: number[];
}

export interface ChapterProfile {
  index: number;
  title: string;
  start: number;
  end: number;
  words: number;
  /** Share of the chapter's non-space characters inside quotations (see dialogue-share.ts). */
  dialogueShare: number;
  /** The chapter's words most overused against the rest of the book (Dunning G², p < 0.001). */
  distinctiveWords: KeyWord[];
}

export interface Vocabulary {
  /** Moving-average type-token ratio over windows of `window` words; null for a text shorter than one window. */
  mattr: number | null;
  window: number;
  /** Distinct words (lower-cased) and all words. */
  types: number;
  tokens: number;
}

/** `verbatim profile`: the book's style and structure. JSON schema `verbatim-profile/1`. */
export interface BookProfile {
  schema: 'verbatim-profile/1';
  title: string;
  words: number;
  narration: Narration;
  /**
   * Share of the book's non-space characters inside spoken quotations (the words inside the marks;
   * letters quoted in full are writing, and verse recited is not talk: neither is dialogue).
   * Definition: src/profile/dialogue-share.ts.
   */
  dialogueShare: number;
  /** Quotations set aside from the dialogue share as writing (letters, notes; src/profile/written.ts). */
  writtenQuotes: number;
  /** Quotations set aside from the dialogue share as verse recited (songs, poems; src/profile/verse.ts). */
  verseQuotes: number;
  sentenceLengths: LengthStats;
  paragraphLengths: LengthStats;
  chapterLengths: LengthStats;
  vocabulary: Vocabulary;
  chapters: ChapterProfile[];
  /** What a reader should know about these figures (no chapters, no dialogue, a short text…). */
  notes: string[];
}

export type { Span };

/**
 * What profile and voices read of an analysis (src/analysis/types.ts `Analysis` is one): narrow, so a
 * stored analysis the web server holds (src/server/deps.ts `AnalysisLike`) serves as well.
 */
export interface QuoteInput extends Span {
  /** The spoken parts; a quotation without them is one part, its own span. */
  parts?: readonly Span[];
  speaker: string | null;
  addressees: readonly string[];
  /** Calibrated 0..1; absent counts as 0 (uncertain). */
  confidence?: number;
}

export interface AnalysisInput {
  characters: readonly { id: string; name: string }[];
  quotes: readonly QuoteInput[];
}

/** A quotation's spoken parts. */
export const partsOf = (q: QuoteInput): readonly Span[] => q.parts ?? [q];
