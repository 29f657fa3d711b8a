/**
 * The JSON the web API returns, shared by the server (which builds it) and the front end (which
 * reads it). Types only: the front end imports this file without pulling in any server code.
 * Every location is a half-open UTF-16 span into the book's text, as everywhere in Verbatim.
 */

export type AnalysisStatus = 'none' | 'running' | 'done' | 'failed';

export interface ApiErrorBody {
  error: { code: string; message: string; hint: string | null };
}

export interface BookListItem {
  id: string;
  title: string;
  author: string | null;
  format: string;
  words: number;
  chapters: number;
  addedAt: string;
  analysisStatus: AnalysisStatus;
  analysisError: string | null;
}

export interface TocEntry {
  index: number;
  title: string;
  start: number;
  end: number;
  /** End of the chapter's heading as printed (the reader shows it as a heading). */
  headingEnd: number;
  part: string | null;
}

export interface BookDetail extends BookListItem {
  length: number;
  toc: TocEntry[];
  warnings: string[];
}

export interface PassageQuote {
  start: number;
  end: number;
  /** The spoken words only (a quotation split by "said he" has two parts), clipped to the passage. */
  parts: { start: number; end: number }[];
  /** The speaker's name, or null when the analysis could not tell. */
  speaker: string | null;
  addressees: string[];
}

/** A stretch of the book for the reader: its text, its paragraphs and the dialogue inside it. */
export interface Passage {
  start: number;
  end: number;
  text: string;
  /** Paragraph spans, absolute offsets, clipped to the passage. */
  paragraphs: { start: number; end: number }[];
  quotes: PassageQuote[];
  chapter: TocEntry | null;
}

export interface SearchHit {
  start: number;
  end: number;
  chapter: string | null;
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  truncated: boolean;
}

export interface WorldCharacter {
  id: string;
  name: string;
  aliases: string[];
  gender: string;
  mentions: number;
  lines: number;
  firstAppearance: number;
  /** End of the first mention (the name or alias the book uses there), for the highlight. */
  firstAppearanceEnd: number;
  firstChapter: string | null;
  /** Mentions in each of `World.bins` equal slices of the book. */
  distribution: number[];
}

export interface WorldEdge {
  from: string;
  to: string;
  weight: number;
}

export interface WorldPlace {
  name: string;
  mentions: number;
  firstMention: number | null;
  firstMentionEnd: number | null;
}

export interface World {
  status: AnalysisStatus;
  error: string | null;
  bins: number;
  length: number;
  characters: WorldCharacter[];
  network: { nodes: { id: string; name: string; lines: number }[]; edges: WorldEdge[]; basis: string };
  places: WorldPlace[];
}

export interface AnalysisState {
  status: AnalysisStatus;
  error: string | null;
}

/** One step of a word diff between a quotation (review) and the book. */
export interface DiffStep {
  type: 'same' | 'variant' | 'changed' | 'added' | 'missing' | 'elided' | 'editorial';
  review: string;
  book: string;
}

/** One quotation of a check report, as the checker's JSON gives it (the fields the page uses). */
export interface CheckedQuote {
  text: string;
  kind: string;
  verdict: 'verbatim' | 'altered' | 'not_found' | 'not_checked';
  location: { start: number; end: number; chapter: string | null } | null;
  claimedSpeaker: string | null;
  attribution: 'supported' | 'contradicted' | 'unknown' | 'none';
  bookSpeaker: string | null;
  diff: DiffStep[] | null;
  notes?: string[];
  reviewLine?: number;
  /** Added by the server: the book's passage at `location`, for side-by-side display. */
  bookText?: string | null;
}

export interface CheckResult {
  quotes: CheckedQuote[];
  summary: {
    quotations: number;
    byVerdict: Record<string, number>;
    byAttribution: Record<string, number>;
    hasProblems: boolean;
  };
  warnings?: { ruleId: string; reason: string; severity?: string; line: number | null }[];
  speakerModel?: boolean;
}
